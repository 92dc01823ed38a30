"""For machine readers: /llms.txt and a Markdown version of every article (<address>.md).

Both carry the AI notice and each article's provenance, as the HTML pages do.
"""

import re
from html.parser import HTMLParser
from urllib.parse import quote

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_safe
from wagtail.models import Site
from wagtail.rich_text import expand_db_html

from distribution.formats import absolute, image_renditions, learn_more_url, notice_text
from news.models import ArticlePage
from news.models.taxonomy import categories_for
from news.renditions import SOCIAL_IMAGE
from notice.models import AINotice
from operations.text import clean_output

LLMS_ARTICLES = 50
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]<>#|])")
_SPACES = re.compile(r"[ \t\r\n]+")
_URL_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")
# What could end a link target or an <autolink> and start markup.
_URL_UNSAFE = re.compile(r"[\s<>()\[\]\\\"'`]")


def escape_markdown(text):
    """Plain text safe in Markdown, on one line; non-breaking spaces stay."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", _SPACES.sub(" ", text or "").strip())


def markdown_url(url):
    """An address safe as a Markdown link target: nothing in it can end the link and start
    markup, and only web, mail and relative addresses are kept."""
    url = (url or "").strip()
    scheme = _URL_SCHEME.match(re.sub(r"[\x00-\x20\x7f]+", "", url).lower())
    if scheme and scheme.group(1) not in {"http", "https", "mailto", "tel"}:
        return ""
    return _URL_UNSAFE.sub(lambda match: quote(match.group(), safe=""), url)


class _MarkdownWriter(HTMLParser):
    """Rich text as Markdown: paragraphs, bold, italic, links, lists. Anything else is text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.lists = []
        self.href = []

    def handle_starttag(self, tag, attrs):
        if tag in {"b", "strong"}:
            self.out.append("**")
        elif tag in {"i", "em"}:
            self.out.append("*")
        elif tag == "a":
            self.href.append(dict(attrs).get("href") or "")
            self.out.append("[")
        elif tag in {"ul", "ol"}:
            self.lists.append([tag, 0])
            self.out.append("\n")
        elif tag == "li" and self.lists:
            self.lists[-1][1] += 1
            kind, number = self.lists[-1]
            indent = "  " * (len(self.lists) - 1)
            self.out.append(f"\n{indent}{number}. " if kind == "ol" else f"\n{indent}- ")
        elif tag == "br":
            self.out.append("  \n")

    def handle_endtag(self, tag):
        if tag in {"b", "strong"}:
            self.out.append("**")
        elif tag in {"i", "em"}:
            self.out.append("*")
        elif tag == "a":
            href = self.href.pop() if self.href else ""
            href = markdown_url(href)
            self.out.append(f"]({href})" if href else "]")
        elif tag in {"ul", "ol"}:
            if self.lists:
                self.lists.pop()
            self.out.append("\n\n")
        elif tag == "p":
            self.out.append("\n\n")

    def handle_data(self, data):
        text = _SPACES.sub(" ", data)
        self.out.append(_MARKDOWN_SPECIALS.sub(r"\\\1", text))

    def markdown(self):
        text = "".join(self.out)
        return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in text.split("\n")))


def rich_text_markdown(html):
    writer = _MarkdownWriter()
    writer.feed(expand_db_html(html))
    writer.close()
    return writer.markdown().strip()


def _quote(text):
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def block_markdown(request, block):
    value = block.value
    kind = block.block_type
    if kind == "paragraph":
        return rich_text_markdown(value.source)
    if kind == "heading":
        return ("## " if value["level"] == "h2" else "### ") + escape_markdown(value["text"])
    if kind == "pull_quote":
        text = f"« {escape_markdown(value['quote'])} »"
        if value.get("attribution"):
            text += f"\n— {escape_markdown(value['attribution'])}"
        return _quote(text)
    if kind == "block_quote":
        text = rich_text_markdown(value["text"].source)
        if value.get("source"):
            text += f"\n\n— {escape_markdown(str(value['source']))}"
        return _quote(text)
    if kind == "fact_box":
        return _quote(
            f"**{escape_markdown(value['title'])}**\n\n{rich_text_markdown(value['text'].source)}"
        )
    if kind == "embed":
        url = getattr(value, "url", "") or ""
        url = markdown_url(url)
        return f"<{url}>" if url else ""
    if kind == "image":
        return _image_block_markdown(request, value)
    return escape_markdown(strip_tags(str(block)))


def _image_block_markdown(request, value):
    image = value.get("image") if hasattr(value, "get") else None
    if image is None:
        return ""
    try:
        rendition = image.get_rendition("width-1200|format-jpeg")
    except Exception:  # noqa: BLE001 - a missing picture is left out, the text still reads
        return ""
    alt = getattr(image, "contextual_alt_text", "") or image.default_alt_text
    lines = [f"![{escape_markdown(alt)}]({absolute(request, rendition.url)})"]
    caption = value.get("caption") or ""
    credit = image.credit
    if caption or credit:
        note = escape_markdown(caption)
        if credit:
            note = (note + " — " if note else "") + escape_markdown(
                _("Image credit:") + " " + credit
            )
        lines.append(f"*{note}*")
    return "\n".join(lines)


def _date(moment):
    return date_format(timezone.localtime(moment), "j F Y") if moment else ""


def article_markdown(request, page, categories, tags, sources, notice):
    """The whole article as Markdown, its provenance and the AI notice at the end."""
    lines = [f"# {escape_markdown(page.title)}", "", _quote(escape_markdown(page.standfirst)), ""]
    facts = []
    if page.display_date:
        facts.append(_("Published on") + " " + _date(page.display_date))
    if page.was_updated:
        facts.append(_("Updated on") + " " + _date(page.modified_at))
    facts.append(_("Address:") + f" <{page.get_full_url(request)}>")
    lines += [f"- {fact}" for fact in facts]
    if categories:
        links = ", ".join(
            f"[{escape_markdown(c.name)}]({absolute(request, c.url)})" for c in categories
        )
        lines.append("- " + _("Categories:") + " " + links)
    if tags:
        lines.append("- " + _("Tags:") + " " + ", ".join(escape_markdown(t.name) for t in tags))
    lines.append("")
    if page.hero_image:
        rendition = image_renditions(page.hero_image, SOCIAL_IMAGE).get(SOCIAL_IMAGE)
        if rendition is not None:
            alt = escape_markdown(page.hero_alt)
            lines.append(f"![{alt}]({absolute(request, rendition.url)})")
            if page.hero_image.credit:
                credit = _("Image credit:") + " " + page.hero_image.credit
                lines.append(f"*{escape_markdown(credit)}*")
            lines.append("")
    for block in page.body:
        text = block_markdown(request, block)
        if text:
            lines += [text, ""]
    if sources:
        label = ngettext("Source:", "Sources:", len(sources))
        cited = ", ".join(
            f"[{escape_markdown(s.name)}]({markdown_url(s.url)})"
            if markdown_url(s.url)
            else escape_markdown(s.name)
            for s in sources
        )
        lines += [f"{label} {cited}", ""]
    for date, text in page.correction_notes:
        label = _("Correction, on %(date)s:") % {"date": _date_only(date)}
        lines += [f"**{label}** {escape_markdown(text)}", ""]
    lines.append("---")
    lines.append("")
    provenance = page.provenance
    if provenance:
        lines += [f"*{escape_markdown(provenance)}.*", ""]
    if notice is not None:
        lines.append(f"*{escape_markdown(notice_text(notice))}*")
        more = learn_more_url(request, notice)
        if more:
            lines.append(f"[{escape_markdown(notice.learn_more_label)}]({more})")
    return "\n".join(lines).strip() + "\n"


def _date_only(day):
    return date_format(day, "j F Y")


def _markdown_response(text, canonical):
    response = HttpResponse(text, content_type="text/markdown; charset=utf-8")
    response["Link"] = f'<{canonical}>; rel="canonical"'
    # The HTML page is the one to index; this copy is for machine readers.
    response["X-Robots-Tag"] = "noindex"
    return response


@require_safe
@clean_output
def article_markdown_view(request, path):
    """<article address>.md: a published article as Markdown, else a 404."""
    site = Site.find_for_request(request)
    if site is None or "\x00" in path:
        raise Http404(_("No such article."))
    url_path = f"{site.root_page.url_path}{path.strip('/')}/"
    page = (
        ArticlePage.objects.published()
        .filter(url_path=url_path)
        .select_related("hero_image", "approved_by")
        .first()
    )
    if page is None:
        raise Http404(_("No such article."))
    text = article_markdown(
        request,
        page,
        list(page.categories.all()),
        list(page.tags.all()),
        list(page.sources.all()),
        AINotice.load(request_or_site=request),
    )
    return _markdown_response(text, page.get_full_url(request))


@require_safe
@clean_output
def llms_txt(request):
    """/llms.txt: what the site is, how its texts are made, and where to read them."""
    notice = AINotice.load(request_or_site=request)
    articles = [
        (article, absolute(request, article.get_url(request)))
        for article in ArticlePage.objects.listing()
        .only("title", "slug", "url_path", "standfirst", "path", "depth")
        .select_related(None)
        .prefetch_related(None)[:LLMS_ARTICLES]
    ]
    response = TemplateResponse(
        request,
        "llms.txt",
        {
            "notice_text": escape_markdown(notice_text(notice)),
            "learn_more_url": learn_more_url(request, notice),
            "learn_more_label": escape_markdown(notice.learn_more_label),
            "categories": [
                (escape_markdown(c.name), absolute(request, c.url), escape_markdown(c.description))
                for c in categories_for(request)
            ],
            "articles": [
                (
                    escape_markdown(article.title),
                    url.rstrip("/") + ".md",
                    escape_markdown(article.standfirst),
                )
                for article, url in articles
            ],
            "feed_rss": absolute(request, reverse("news:feed_rss")),
            "feed_atom": absolute(request, reverse("news:feed_atom")),
            "sitemap": absolute(request, reverse("news:sitemap")),
        },
        content_type="text/plain; charset=utf-8",
    )
    return response
