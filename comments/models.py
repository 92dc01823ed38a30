"""Reader comments under articles, and the newsroom's settings for them."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from comments.spam import content_hash

# Length caps, shared by the form, the model and the templates.
NAME_MAX = 80
EMAIL_MAX = 254
URL_MAX = 200
BODY_MAX = 5000


class Status(models.TextChoices):
    PENDING = "pending", _("Awaiting moderation")
    PUBLISHED = "published", pgettext_lazy("comment status", "Published")
    SPAM = "spam", pgettext_lazy("comment status", "Spam")
    DELETED = "deleted", pgettext_lazy("comment status", "Deleted")


class CommentQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Status.PUBLISHED)

    def by_email(self, email):
        return self.filter(author_email=normalise_email(email))


def normalise_email(email):
    return (email or "").strip().lower()


class Comment(models.Model):
    """A reader's comment; only `published` ones ever reach a reader page."""

    article = models.ForeignKey(
        "news.ArticlePage",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="reader_comments",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("in reply to"),
        null=True,
        blank=True,
        # Erasing a commenter's data keeps the other readers' replies.
        on_delete=models.SET_NULL,
        related_name="replies",
    )
    author_name = models.CharField(_("commenter name"), max_length=NAME_MAX)
    author_email = models.EmailField(_("commenter e-mail"), max_length=EMAIL_MAX, db_index=True)
    author_url = models.URLField(_("commenter website"), max_length=URL_MAX, blank=True)
    body = models.TextField(_("comment text"))
    status = models.CharField(
        _("moderation status"),
        max_length=12,
        choices=Status.choices,
        default=Status.PENDING,
        db_index=True,
    )
    spam_score = models.SmallIntegerField(_("spam score"), default=0)
    spam_reasons = models.CharField(_("spam signals"), max_length=500, blank=True)
    content_hash = models.CharField(max_length=64, db_index=True, editable=False)
    # HMAC of the client address with a secret key, blanked after the retention period.
    ip_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    created_at = models.DateTimeField(_("posted on"), default=timezone.now, db_index=True)
    moderated_at = models.DateTimeField(_("moderated on"), null=True, blank=True, editable=False)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # When the held comment went out in a moderators' digest.
    notified_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("reader comment")
        verbose_name_plural = _("reader comments")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["article", "status", "created_at"])]

    def __str__(self):
        excerpt = Truncator(" ".join(self.body.split())).chars(60)
        return f"{self.author_name} : {excerpt}"

    def save(self, *args, **kwargs):
        self.author_email = normalise_email(self.author_email)
        if not self.content_hash:
            self.content_hash = content_hash(self.body)
        super().save(*args, **kwargs)

    @property
    def is_public(self):
        return self.status == Status.PUBLISHED

    @property
    def reasons_list(self):
        return [reason for reason in self.spam_reasons.split(",") if reason]


class ModerationPolicy(models.TextChoices):
    FIRST_TIME = "first-time", _("Hold first-time commenters, publish returning ones")
    ALL = "all", _("Hold every comment")
    SCORE = "score", _("Publish unless the spam filter doubts")


@register_setting(icon="comment")
class CommentSettings(BaseGenericSetting):
    """What the newsroom tunes without a deployment: closing, policy, blocklist, keywords."""

    close_after_days = models.PositiveSmallIntegerField(
        _("close comments after (days)"),
        default=30,
        help_text=_(
            "Comments close by themselves this many days after an article's publication. "
            "0 keeps them open until an editor closes them on the article."
        ),
    )
    moderation = models.CharField(
        _("moderation policy"),
        max_length=12,
        choices=ModerationPolicy.choices,
        default=ModerationPolicy.FIRST_TIME,
        help_text=_(
            "A commenter whose earlier comments were approved is published directly "
            "under the first policy. Suspect comments are held or filed as spam under all three."
        ),
    )
    blocklist = models.TextField(
        _("blocklist"),
        blank=True,
        help_text=_(
            "One word, phrase or domain a line. A comment containing one (in its text, name, "
            "e-mail or website) is filed as spam: moderators can still recover it."
        ),
    )
    moderation_keywords = models.TextField(
        _("words that hold a comment"),
        blank=True,
        help_text=_(
            "One word, phrase or domain a line. A comment containing one waits for a moderator."
        ),
    )

    panels = [
        FieldPanel("close_after_days"),
        FieldPanel("moderation"),
        MultiFieldPanel(
            [FieldPanel("blocklist"), FieldPanel("moderation_keywords")],
            heading=_("Spam filter"),
        ),
    ]

    class Meta:
        verbose_name = _("reader comment settings")
        verbose_name_plural = _("reader comment settings")

    def __str__(self):
        return str(self._meta.verbose_name)

    @staticmethod
    def terms(text):
        return [line.strip() for line in (text or "").splitlines() if line.strip()]
