import logging
import re
import sys
from datetime import UTC, timedelta

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpResponse, HttpResponseServerError
from django.template import loader
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe
from django.views.static import serve as static_serve
from wagtail.rich_text import expand_db_html

from notice.footer import footer_links
from notice.models import DEFAULT_AI_NOTICE, AINotice
from operations.health import is_admin, staff_error_response, unavailable_response

logger = logging.getLogger(__name__)


def server_error(request):
    """The 500 page, with the AI notice and footer links as edited if the database can still
    give them, else the default text and the pages' usual addresses."""
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        return unavailable_response(request)  # the database is away: a 503 says "come back soon"
    if is_admin(request):
        return staff_error_response(request, 500)
    try:
        notice = AINotice.load(request_or_site=request)
        notice_html = expand_db_html(notice.text)
        links = footer_links(notice, request)
    except Exception:  # the error may be the database itself
        logger.warning("AI notice unavailable on the error page", exc_info=True)
        notice_html = format_html("<p>{}</p>", DEFAULT_AI_NOTICE)
        links = footer_links()
    html = loader.get_template("500.html").render(
        {
            "ai_notice_html": notice_html,
            "footer_links": links,
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
    )
    return HttpResponseServerError(html)


def security_txt(request):
    """/.well-known/security.txt (RFC 9116): where to report a vulnerability."""
    expires = (timezone.now() + timedelta(days=365)).replace(microsecond=0)
    lines = [
        f"Contact: {settings.SECURITY_CONTACT}",
        f"Expires: {expires.astimezone(UTC).isoformat().replace('+00:00', 'Z')}",
        "Preferred-Languages: fr, en",
        # From the configuration: a copy of this file may be cached and served to everyone.
        f"Canonical: {settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{reverse('security_txt')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# Renditions only: originals keep their full size and metadata, and documents go through
# Wagtail's view, which checks the collection's privacy (WAGTAILDOCS_SERVE_METHOD); no hidden
# file either (a rendition still being written is `.partial-…`, operations/storage.py).
PUBLIC_MEDIA = re.compile(r"images/[\w-][\w.-]*\.(?:avif|gif|heic|ico|jpe?g|png|webp)")


@csrf_exempt  # nothing here changes anything: a PUT or DELETE gets a 405, not a CSRF 403
@require_safe
def media(request, path):
    """Image renditions when no web server or S3 serves them (SERVE_MEDIA): never a directory
    listing; names change when a file does, so browsers and CDNs may keep them a day."""
    if not (settings.DEBUG or settings.SERVE_MEDIA) or not PUBLIC_MEDIA.fullmatch(path):
        raise Http404
    response = static_serve(request, path, document_root=settings.MEDIA_ROOT, show_indexes=False)
    response["Cache-Control"] = "public, max-age=86400"
    return response


@csrf_exempt
@require_safe
def static_missing(request):
    raise Http404
