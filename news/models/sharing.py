import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_token():
    return secrets.token_urlsafe(24)


def default_expiry():
    return timezone.now() + timedelta(days=settings.NEWS_SHARE_LINK_DAYS)


class ShareLink(models.Model):
    """A signed, expiring, revocable link to read an article's draft without an account."""

    page = models.ForeignKey(
        "news.ArticlePage",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="share_links",
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    note = models.CharField(
        _("for whom"),
        max_length=200,
        blank=True,
        help_text=_("Who the link is for, as a reminder: « relecture juridique »…"),
    )
    expires_at = models.DateTimeField(_("expires on"), default=default_expiry)
    revoked_at = models.DateTimeField(_("revoked on"), null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("draft share link")
        verbose_name_plural = _("draft share links")

    def __str__(self):
        return f"{self.page.title} — {self.note or format(self.expires_at, '%Y-%m-%d')}"

    @property
    def is_active(self):
        return self.revoked_at is None and self.expires_at > timezone.now()
