"""What an article offers at its end, stored: pinned and related articles, previous and next.

Computed when articles change (news.related), so that a reader's page reads it in one indexed
query whatever the size of the archive. Each kind keeps a few spare rows: the page filters
them with what readers may see, so an article that expires before it is recomputed leaves its
place to the next one.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReadingOnLink(models.Model):
    class Kind(models.TextChoices):
        PINNED = "pinned", _("pinned by an editor")
        RELATED = "related", _("related")
        PREVIOUS = "previous", _("previous in the category")
        NEXT = "next", _("next in the category")

    article = models.ForeignKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="reading_on_links"
    )
    target = models.ForeignKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="offered_in"
    )
    kind = models.CharField(max_length=8, choices=Kind.choices)
    position = models.PositiveSmallIntegerField()
    # Shared categories + 2 × shared tags, for related rows: tells which articles a newly
    # published one may enter.
    score = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("reading-on link")
        constraints = [
            models.UniqueConstraint(
                fields=["article", "kind", "position"], name="news_readingon_unique_place"
            )
        ]

    def __str__(self):
        return f"{self.article_id} → {self.target_id} ({self.kind} {self.position})"
