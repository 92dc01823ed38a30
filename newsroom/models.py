from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField

DEFAULT_AI_NOTICE = (
    "Les articles de ce site sont tous écrits par des intelligences artificielles, "
    "dans un but pédagogique et de démonstration technologique."
)


def _footer_page(name, help_text, page_type="wagtailcore.Page"):
    return models.ForeignKey(
        page_type,
        verbose_name=name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


@register_setting(icon="info-circle")
class AINotice(BaseGenericSetting):
    """The AI-authorship notice and the links shown at the foot of every reader page."""

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
    legal_notice_page = _footer_page(
        _("legal notice page"),
        _("The publisher, the director of publication and the host, as the law requires."),
    )
    contact_page = _footer_page(
        _("contact page"), _("How to reach the newsroom and report an error in an article.")
    )
    privacy_page = _footer_page(
        _("personal data page"),
        _("What the site keeps about its readers, for how long, and how to have it erased."),
    )
    news_index_page = _footer_page(
        _("news archive"),
        _("Every article, newest first: linked from the menu, the home page and the footer."),
        page_type="news.NewsIndexPage",
    )

    panels = [
        FieldPanel("text"),
        PageChooserPanel("learn_more_page"),
        FieldPanel("learn_more_label"),
        MultiFieldPanel(
            [
                PageChooserPanel("legal_notice_page"),
                PageChooserPanel("contact_page"),
                PageChooserPanel("privacy_page"),
                PageChooserPanel("news_index_page"),
            ],
            heading=_("Footer links"),
            help_text=_(
                "The footer also links to the « learn more » page above and to the RSS feed. "
                "A page left empty, or not published, is not shown."
            ),
        ),
    ]

    # One query for the notice and every page it links to (the footer is on every page).
    select_related = [
        "learn_more_page",
        "legal_notice_page",
        "contact_page",
        "privacy_page",
        "news_index_page",
    ]

    class Meta:
        verbose_name = _("AI notice and footer")
        verbose_name_plural = _("AI notice and footer")

    def __str__(self):
        return str(self._meta.verbose_name)

    @property
    def live_news_index(self):
        page = self.news_index_page
        return page if page is not None and page.live else None
