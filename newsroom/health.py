"""The load balancer's health check, and the reader's page while the database is away."""

import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils.html import format_html
from django.views.decorators.cache import never_cache

from newsroom.models import DEFAULT_AI_NOTICE

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
        return unavailable_response()


def unavailable_response():
    html = loader.get_template("503.html").render(
        {
            "ai_notice_html": format_html("<p>{}</p>", DEFAULT_AI_NOTICE),
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
    )
    response = HttpResponse(html, status=503)
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response
