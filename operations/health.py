"""The load balancer's health check, and the reader's page while the database is away."""

import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from notice.footer import footer_links
from notice.models import DEFAULT_AI_NOTICE
from operations.transactions import SAFE_METHODS

logger = logging.getLogger(__name__)


def _database_state():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        return "ok"
    except DatabaseError:
        logger.warning("health check: database unavailable", exc_info=True)
        connection.close_if_unusable_or_obsolete()
        return "indisponible"


def _cache_state():
    key = f"health:{time.time_ns()}"
    try:
        cache.set(key, "1", timeout=5)
        return "ok" if cache.get(key) == "1" else "indisponible"
    except Exception:
        return "indisponible"


@never_cache
def health(request):
    """200 when the database answers, 503 otherwise; the cache's state is in the body."""
    database = _database_state()
    body = {"statut": "ok" if database == "ok" else "indisponible", "base": database}
    body["cache"] = _cache_state()
    return JsonResponse(body, status=200 if database == "ok" else 503)


class DatabaseUnavailableMiddleware:
    """A friendly 503 page (with the AI notice) instead of a 500 when the database is away."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error("database unavailable", exc_info=exception)
        connection.close_if_unusable_or_obsolete()
        return unavailable_response(request)


def unavailable_response(request=None):
    if is_admin(request):
        response = staff_error_response(request, 503)
        response["Retry-After"] = "5"
        return response
    html = loader.get_template("503.html").render(
        {
            "ai_notice_html": format_html("<p>{}</p>", DEFAULT_AI_NOTICE),
            "footer_links": footer_links(),  # the usual addresses: no query while it is away
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
    )
    response = HttpResponse(html, status=503)
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response


def is_admin(request):
    return request is not None and request.path.startswith(reverse("wagtailadmin_home"))


def staff_error_response(request, status):
    """Staff get the admin's look and what happened to their action: never the readers' page.
    Nothing of a failed change was saved (operations.transactions), so they can simply retry;
    Wagtail's autosave, which asks for JSON, shows the message beside the editor's buttons."""
    if request.method in SAFE_METHODS:
        heading = _("This administration page is unavailable")
        message = _("The page could not be shown. Reload it in a few seconds.")
    elif status == 503:
        heading = _("Your change was not saved")
        message = _(
            "The database was busy or unavailable for a moment: nothing of this action was "
            "saved. Go back to the previous page (your browser's Back button), where what you "
            "typed is still there, and save again in a few seconds."
        )
    else:
        heading = _("Your change was not saved")
        message = _(
            "An error interrupted this action: nothing of it was saved. Go back to the "
            "previous page (your browser's Back button), where what you typed is still there, "
            "and try again. If it happens again, tell the site's administrator."
        )
    if not request.accepts("text/html"):
        body = {"success": False, "error_code": "server_error", "error_message": message}
        return JsonResponse(body, status=status)
    html = loader.get_template("newsroom/admin_error.html").render(
        {"heading": heading, "message": message}  # no request: nothing that reads the database
    )
    response = HttpResponse(html, status=status)
    response["Cache-Control"] = "no-store"
    return response
