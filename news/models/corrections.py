"""What editors add to an article after publication: corrections, and articles to read next.

Both live in the page row as StreamFields, so they go through revisions and the review
workflow like the rest of the article, and reading them costs no query.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.base import BlockField
from wagtail.fields import StreamField


class TolerantStreamBlock(blocks.StreamBlock):
    """Reads a form posted without this field (an older editor tab, a script) as « not sent »."""

    def value_from_datadict(self, data, files, prefix):
        if self.value_omitted_from_data(data, files, prefix):
            return None
        return super().value_from_datadict(data, files, prefix)


class KeptBlockField(BlockField):
    def clean(self, value):
        # Not sent: None is an empty value, so the model form keeps what is saved.
        return None if value is None else super().clean(value)

    def has_changed(self, initial_value, data_value):
        return data_value is not None and super().has_changed(initial_value, data_value)


class KeptStreamField(StreamField):
    """A StreamField whose saved value survives a form that does not carry it."""

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": KeptBlockField, **kwargs})


class CorrectionBlock(blocks.StructBlock):
    date = blocks.DateBlock(
        label=_("date of the correction"), default=datetime.date.today, format="%d/%m/%Y"
    )
    text = blocks.TextBlock(
        label=_("what was corrected"),
        max_length=600,
        help_text=_(
            "Shown to readers as « Correction, le 26 novembre 2026 : … ». Say what was wrong "
            "and what is right."
        ),
    )

    class Meta:
        icon = "warning"
        template = "blocks/correction_block.html"
        label = _("Correction")
        description = _(
            "A dated note shown at the end of the article; it also changes its update date."
        )
        preview_value = {
            "date": datetime.date(2026, 11, 26),
            "text": "Une version précédente de cet article situait le siège de Meta à Seattle.",
        }


class CorrectionsBlock(TolerantStreamBlock):
    correction = CorrectionBlock()

    class Meta:
        required = False


class RelatedArticlesBlock(TolerantStreamBlock):
    article = blocks.PageChooserBlock(
        label=_("article"),
        page_type="news.ArticlePage",
        help_text=_("Shown first under « Read next », if it is published."),
    )

    class Meta:
        required = False
        max_num = 3


def corrections_of(page):
    """The article's corrections, oldest first, as (date, text) pairs."""
    notes = [(block.value["date"], block.value["text"]) for block in page.corrections]
    return sorted((note for note in notes if note[0]), key=lambda note: note[0])


def latest_correction_moment(page):
    """The start of the day of the latest correction, in the site's time zone, or None."""
    dates = [date for date, _text in corrections_of(page)]
    if not dates:
        return None
    day = max(dates)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def pinned_article_ids(page):
    """The pages an editor pinned, read from the stored JSON without a query."""
    ids = []
    for item in page.related_articles.raw_data:
        value = item.get("value")
        if isinstance(value, int) and value not in ids and value != page.pk:
            ids.append(value)
    return ids
