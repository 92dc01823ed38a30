import re

from django import template
from django.conf import settings
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from comments import service
from comments.forms import CommentForm
from comments.views import RESULT_PARAM

register = template.Library()

URL_RE = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
TRAILING = ".,;:!?»)]"
REL = "nofollow ugc noopener"


def _link(url):
    trimmed = url.rstrip(TRAILING)
    tail = url[len(trimmed) :]
    return format_html('<a href="{}" rel="{}">{}</a>', trimmed, REL, trimmed) + escape(tail)


def _linkify(line):
    parts, position = [], 0
    for match in URL_RE.finditer(line):
        parts.append(escape(line[position : match.start()]))
        parts.append(_link(match.group(0)))
        position = match.end()
    parts.append(escape(line[position:]))
    return "".join(parts)


@register.filter
def comment_text(text):
    """A reader's text as HTML: everything escaped, http(s) addresses made into nofollow
    links, blank lines between paragraphs, single newlines as line breaks."""
    paragraphs = [p for p in re.split(r"\n\s*\n", (text or "").replace("\r\n", "\n")) if p.strip()]
    html = "".join(
        "<p>" + "<br>".join(_linkify(line) for line in paragraph.strip().split("\n")) + "</p>"
        for paragraph in paragraphs
    )
    return mark_safe(html)  # noqa: S308 -- every piece was escaped above


@register.filter
def web_address(url):
    """The commenter's website, only if it is a plain web address."""
    return url if re.match(r"https?://", url or "", re.IGNORECASE) else ""


@register.simple_tag(takes_context=True)
def comment_section(context, page):
    """Everything the comment section shows; the form comes back bound after an error."""
    request = context.get("request")
    opts = service.options()
    form = context.get("comment_form")
    # A page previewed before its first save has no comments yet.
    thread = service.published_thread(page.pk) if page.pk else service.Thread(0, ())
    reply_to = None
    # A reader's own post comes back with its CSRF token in the page; the article as everyone
    # sees it has none (it is cached for all), and comments.js fetches one when needed.
    embed_csrf = form is not None
    if form is not None:
        token = form.fresh_token()
        parent_id = form.data.get("parent")
    else:
        form = CommentForm(article=page)
        token = form.initial["token"]
        parent_id = request.GET.get("repondre") if request else None
    if parent_id and str(parent_id).isdigit():
        reply_to = next((c for c in thread.comments if c.id == int(parent_id)), None)
    return {
        "thread": thread,
        "open": service.comments_open(page, opts=opts),
        "closes_at": service.closes_at(page, opts),
        "form": form,
        "token": token,
        "embed_csrf": embed_csrf,
        "reply_to": reply_to,
        "result": request.GET.get(RESULT_PARAM) if request else None,
        "error": context.get("comment_error", ""),
        "is_preview": bool(getattr(request, "is_preview", False)),
        "moderation": opts.moderation,
        "ip_days": settings.COMMENTS_IP_RETENTION_DAYS,
        "spam_days": settings.COMMENTS_SPAM_RETENTION_DAYS,
    }
