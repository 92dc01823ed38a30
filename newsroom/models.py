from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField

DEFAULT_AI_NOTICE = (
    "Les articles de ce site sont tous écrits par des intelligences artificielles, "
    "dans un but pédagogique et de démonstration technologique."
)


@register_setting(icon="info-circle")
class AINotice(BaseGenericSetting):
    """The AI-authorship notice shown at the foot of every reader page."""

    text = RichTextField(
        _("text"),
        features=["bold", "italic", "link"],
        default=f"<p>{DEFAULT_AI_NOTICE}</p>",
        help_text=_("Shown on every page of the site. Keep it short: one or two sentences."),
    )
    learn_more_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("« learn more » page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page that explains how the site uses artificial intelligence."),
    )
    learn_more_label = models.CharField(_("link text"), max_length=60, default="En savoir plus")

    panels = [
        FieldPanel("text"),
        PageChooserPanel("learn_more_page"),
        FieldPanel("learn_more_label"),
    ]

    select_related = ["learn_more_page"]

    class Meta:
        verbose_name = _("AI notice")
        verbose_name_plural = _("AI notice")

    def __str__(self):
        return str(self._meta.verbose_name)


class PageCacheGeneration(models.Model):
    """One row: the page cache's generation (newsroom/cache.py).

    In the database, a change and the invalidation it needs commit together: a hung or lost
    Redis cannot drop an unpublication.
    """

    value = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = _("page cache generation")

    def __str__(self):
        return str(self.value)
