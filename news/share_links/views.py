"""The reviewer's page: the draft under a « do not share » banner, private to one reader."""

from django.core.exceptions import ImproperlyConfigured
from django.http import Http404
from django.template.loader import select_template
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from news.models import ArticlePage, ShareLink
from news.share_links.signing import unsign

# A draft is for one reviewer: not for search engines, shared caches or other sites'
# logs (the article's source links would otherwise receive the address as Referer).
PRIVATE_HEADERS = {
    "X-Robots-Tag": "noindex, nofollow",
    "Cache-Control": "private, no-store",
    "Referrer-Policy": "no-referrer",
}
DRAFT_TEMPLATE = "news/share_links/draft.html"
GONE_TEMPLATE = "news/share_link_gone.html"


def _private(response):
    for header, value in PRIVATE_HEADERS.items():
        response[header] = value
    return response


@require_safe
def shared_draft(request, signed_token):
    """The article's latest revision as readers will see it, under a draft banner."""
    token = unsign(signed_token)
    link = token and ShareLink.objects.select_related("page").filter(token=token).first()
    if not link:
        raise Http404(_("No such preview link."))
    if not link.is_active:
        return _private(TemplateResponse(request, GONE_TEMPLATE, {}, status=410))

    draft = link.page.get_latest_revision_as_object()
    # The link's own article, never another page, and only an article.
    if not (isinstance(draft, ArticlePage) and draft.pk == link.page_id and draft.is_previewable()):
        raise Http404(_("No such preview link."))

    mode = draft.default_preview_mode
    request.is_preview = True
    request.preview_mode = mode
    response = draft.serve_preview(request, mode)
    if not isinstance(response, TemplateResponse):
        raise ImproperlyConfigured(
            f"{type(draft).__name__}.serve_preview must return a TemplateResponse "
            "for the draft banner to be added."
        )
    # Wrap the article's own template: same page, banner on top.
    template = response.template_name
    if not isinstance(template, str):
        template = select_template(template)
    response.context_data = {
        **(response.context_data or {}),
        "shared_draft_template": template,
        "share_link": link,
    }
    response.template_name = DRAFT_TEMPLATE
    return _private(response)
