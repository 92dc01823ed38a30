"""What the pipeline API remembers: which draft each brief became, and each Idempotency-Key."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import APIToken


class PipelineDraft(models.Model):
    """An article the AI pipeline delivered through the API, by its brief reference."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="pipeline_draft"
    )
    brief_reference = models.CharField(_("brief reference"), max_length=255, unique=True)
    token = models.ForeignKey(
        APIToken, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("token")
    )
    token_name = models.CharField(_("token name"), max_length=255)  # kept if the row goes
    # SHA-256 of the last body accepted: the same body again changes nothing.
    body_hash = models.CharField(max_length=64)
    received_at = models.DateTimeField(_("received on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated on"), auto_now=True)

    class Meta:
        verbose_name = _("pipeline draft")
        verbose_name_plural = _("pipeline drafts")

    def __str__(self):
        return self.brief_reference


class IdempotencyKey(models.Model):
    """The answer given to the first request with this key: a retry gets it again."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=255)
    body_hash = models.CharField(max_length=64)
    status = models.PositiveSmallIntegerField()
    response = models.JSONField()
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="api_idempotency_key_unique")
        ]

    def __str__(self):
        return self.key
