from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query


class UnansweredSearch(models.Model):
    """Searches that found nothing, per query and day: what readers look for in vain.

    Like Wagtail's own query log, it keeps the words and a count, nothing about the reader.
    """

    query = models.ForeignKey(Query, on_delete=models.CASCADE, related_name="unanswered")
    date = models.DateField(_("date"))
    count = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["query", "date"], name="unique_unanswered_per_day")
        ]
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")

    def __str__(self):
        return f"{self.query} ({self.date}: {self.count})"

    @classmethod
    def record(cls, query):
        day = timezone.localdate()
        entry, created = cls.objects.get_or_create(query=query, date=day, defaults={"count": 1})
        if not created:
            cls.objects.filter(pk=entry.pk).update(count=F("count") + 1)
