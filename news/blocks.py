"""The article body: one named StreamBlock and the blocks it is made of."""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock

# Rich text keeps a deliberate feature list: no raw HTML, no headings (they are blocks).
PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul", "superscript", "subscript"]
FACT_BOX_FEATURES = ["bold", "italic", "link", "ol", "ul"]
# The only sites whose embed code (an iframe, at times their script) an article may carry:
# the players the Content-Security-Policy lets play (CSP_EMBED_FRAME_SOURCES).
EMBED_PROVIDERS = {
    "YouTube": ("youtube.com", "youtu.be"),
    "Vimeo": ("vimeo.com",),
    "Dailymotion": ("dailymotion.com", "dai.ly"),
    "SoundCloud": ("soundcloud.com",),
    "Spotify": ("spotify.com",),
    "TED": ("ted.com",),
}


def embed_allowed(url):
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return False
    domains = [domain for names in EMBED_PROVIDERS.values() for domain in names]
    return parts.scheme in {"http", "https"} and any(
        host == domain or host.endswith("." + domain) for domain in domains
    )


def _first_image():
    return get_image_model().objects.order_by("pk").first()


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Section title (h2)")), ("h3", _("Sub-section title (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A section title that structures the article (h2) or a section (h3).")
        preview_value = {"text": "Une guerre des talents à coups de millions", "level": "h2"}
        form_classname = "struct-block heading-block"


class PullQuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(
        label=_("quote"),
        max_length=400,
        help_text=_("Without guillemets: the site adds « » around the quote."),
    )
    attribution = blocks.CharBlock(
        label=_("attribution"),
        required=False,
        max_length=200,
        help_text=_("Optional: who said it."),
    )

    class Meta:
        icon = "openquote"
        template = "blocks/pull_quote_block.html"
        label = _("Pull quote")
        description = _(
            "A striking line of the article, set apart from the running text in large type."
        )
        preview_value = {
            "quote": "Là où il y a du gâchis, il y a souvent un gros chèque derrière.",
            "attribution": "",
        }


class BlockQuoteBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(label=_("quotation"), features=["bold", "italic", "link"])
    source = blocks.CharBlock(
        label=_("source"),
        required=False,
        max_length=255,
        help_text=_("Who or what is quoted: a person, a report, a post."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/block_quote_block.html"
        label = _("Block quote")
        description = _("A longer quotation from a document or a person, with its source.")
        preview_value = {
            "text": "<p>Restons attentifs à la façon dont les données sont utilisées.</p>",
            "source": "Un rapport parlementaire",
        }


class ArticleImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=300)
    credit = blocks.CharBlock(
        label=_("credit"),
        required=False,
        max_length=255,
        help_text=_("Leave empty to use the credit recorded with the image."),
    )

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("An image in the body of the article, with its caption and credit.")
        preview_value = staticmethod(lambda: {"image": _first_image(), "caption": "", "credit": ""})


class EmbedWithCaptionBlock(blocks.StructBlock):
    embed = EmbedBlock(
        label=_("address"),
        help_text=_(
            "Address of a video or a sound (YouTube, Vimeo, Dailymotion, SoundCloud, Spotify, TED)."
        ),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=300)

    class Meta:
        icon = "media"
        template = "blocks/embed_block.html"
        label = _("Embed")
        description = _("A video, a post or a map from another site, shown in the article.")
        # Embeds are fetched from their provider: the preview shows a stand-in frame.
        preview_template = "blocks/embed_block_preview.html"
        preview_value = {"embed": None, "caption": ""}

    def clean(self, value):
        # Checked before the embed is fetched: nothing is asked of a site not on the list.
        url = getattr(value.get("embed"), "url", "")
        if url and not embed_allowed(url):
            message = _("Only addresses from %(providers)s can be embedded.") % {
                "providers": ", ".join(EMBED_PROVIDERS)
            }
            raise blocks.StructBlockValidationError(
                block_errors={"embed": ValidationError(message)}
            )
        return super().clean(value)


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), default="En bref", max_length=120)
    text = blocks.RichTextBlock(label=_("text"), features=FACT_BOX_FEATURES)

    class Meta:
        icon = "list-ul"
        template = "blocks/fact_box_block.html"
        label = _("Fact box")
        description = _("Key facts or figures in a box beside the running text.")
        preview_value = {
            "title": "En bref",
            "text": "<ul><li>Huit chercheurs partis en une semaine</li>"
            "<li>Des bonus de signature très élevés</li></ul>",
        }


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES,
        label=_("Paragraph"),
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        description=_("Running text: bold, italic, links and lists."),
        preview_value=(
            "<p>Face à cette hémorragie de cerveaux, la direction a activé le mode "
            "« garde rapprochée ».</p>"
        ),
    )
    heading = HeadingBlock()
    pull_quote = PullQuoteBlock()
    block_quote = BlockQuoteBlock()
    image = ArticleImageBlock()
    embed = EmbedWithCaptionBlock()
    fact_box = FactBoxBlock()
