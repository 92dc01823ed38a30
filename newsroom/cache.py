"""Full-page cache for anonymous readers, emptied whenever published content changes.

A reader without a session or a CSRF cookie gets the page as it was rendered for the first
such reader, straight from Django's cache (Redis in production, local memory by default),
before sessions, CSRF, authentication or any database query. Everyone else (staff, readers
who posted a form, previews under /admin/) goes through Django as usual and is never stored.

Invalidation is by generation: every key carries a number kept in the database, and any change
that can show on a reader page (publish, unpublish, move or delete a page; edit a category,
an image, the AI notice; approve a comment) replaces it, in the change's own transaction. The
next request renders afresh. That is coarser than tracking which page shows what, and always
correct: whatever Redis does meanwhile (hung, restarted, a write lost), a change reaches every
reader once committed. Each process reads the number at most once every
PAGE_CACHE_RECHECK_SECONDS (one primary-key query), so a warm page costs no query at all; the
process that made the change reads it at once. A CDN in front is purged by Wagtail's frontend
cache.
"""

import hashlib
import logging
import math
import secrets
import time
from datetime import datetime
from typing import NamedTuple

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connection
from django.db.models import Subquery
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import http_date

from newsroom import expiry

logger = logging.getLogger(__name__)

# Every header the view and the middleware after this one set is stored (X-Frame-Options,
# Vary, Content-Language...), so a hit carries what a miss carries; except these, which belong
# to one response or which the cache sets itself.
UNSTORED_HEADERS = {"content-length", "date", "last-modified", "set-cookie"}


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


class _Known(NamedTuple):
    value: int
    next_expiry: datetime | None  # the next moment a live page expires
    checked_at: float  # time.monotonic()

    @property
    def key(self):
        expiry = int(self.next_expiry.timestamp() * 1000) if self.next_expiry else 0
        return f"{self.value}-{expiry}"

    def holds(self, now):
        return self.next_expiry is None or now < self.next_expiry


_known = None  # this process's last reading of the generation


def _read(now):
    from newsroom.models import PageCacheGeneration

    row = (
        PageCacheGeneration.objects.filter(pk=1)
        .annotate(next_expiry=Subquery(expiry.next_expiry(now)))
        .values_list("value", "next_expiry")
        .first()
    )
    if row is None:  # the row is made again by the next invalidation
        row = (0, expiry.next_expiry(now).values_list("expire_at", flat=True).first())
    return row


def _current():
    """What this process knows of the generation, or None when it cannot be known."""
    global _known
    known, now = _known, timezone.now()
    if (
        known
        and known.holds(now)
        and time.monotonic() - known.checked_at < settings.PAGE_CACHE_RECHECK_SECONDS
    ):
        return known
    try:
        value, next_expiry = _read(now)
    except DatabaseError:  # nothing can be published meanwhile: the last reading holds
        logger.warning("page cache generation unreadable", exc_info=True)
        if not connection.in_atomic_block:
            connection.close_if_unusable_or_obsolete()
        if known is None or not known.holds(now):
            return None
        value, next_expiry = known.value, known.next_expiry
    _known = _Known(value, next_expiry, time.monotonic())
    return _known


def generation():
    """The current generation, or None when it cannot be known (then nothing is cached).

    It changes with every invalidation and whenever a live page reaches its expiry date:
    a page or a listing cached before that moment is never served after it.
    """
    known = _current()
    return known.key if known else None


def _timeout():
    """Seconds an entry may live: never past the next expiry, which makes it unreachable."""
    known = _known
    if known is None or known.next_expiry is None:
        return settings.PAGE_CACHE_SECONDS
    left = math.ceil((known.next_expiry - timezone.now()).total_seconds())
    return max(1, min(settings.PAGE_CACHE_SECONDS, left))


def invalidate(**kwargs):
    """Empties the page cache for every reader once the current transaction commits.

    A random value, never an increment: a rolled-back change must not leave a number that a
    later change would reuse for different content. A database error propagates, so the change
    fails with its invalidation.
    """
    global _known
    from newsroom.models import PageCacheGeneration

    value = secrets.randbits(62)
    if not PageCacheGeneration.objects.filter(pk=1).update(value=value):
        PageCacheGeneration.objects.update_or_create(pk=1, defaults={"value": value})
    _known = None


def _key(request, gen):
    url = f"{request.get_host()}{request.get_full_path()}"
    return f"pagecache:{gen}:{hashlib.sha256(url.encode()).hexdigest()}"


def _request_is_cacheable(request):
    if not settings.PAGE_CACHE_SECONDS or request.method not in ("GET", "HEAD"):
        return False
    if any(name in request.COOKIES for name in settings.PAGE_CACHE_BYPASS_COOKIES):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    path = request.path_info
    return not any(path.startswith(prefix) for prefix in settings.PAGE_CACHE_EXCLUDED_PATHS)


def _response_is_cacheable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_USED"):  # a CSRF token is in the page: it is personal
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


class PageCacheMiddleware:
    """Serves and stores anonymous readers' pages; goes right after WhiteNoise."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _request_is_cacheable(request):
            return self.get_response(request)
        gen = generation()
        if gen is None:
            return self.get_response(request)
        key = _key(request, gen)
        try:
            stored = _cache().get(key)
        except Exception:
            logger.warning("page cache unreadable", exc_info=True)
            return self.get_response(request)
        if stored is not None:
            return self._replay(stored)

        response = self.get_response(request)
        if _response_is_cacheable(request, response):
            self._shared_headers(response)
            stored = {
                "content": response.content,
                "headers": {
                    header: value
                    for header, value in response.items()
                    if header.lower() not in UNSTORED_HEADERS
                },
                "last_modified": response.get("Last-Modified") or http_date(),
            }
            response["Last-Modified"] = stored["last_modified"]
            try:
                _cache().set(key, stored, timeout=_timeout())
            except Exception:
                logger.warning("page cache unwritable", exc_info=True)
            response["X-Page-Cache"] = "miss"
        return response

    def _replay(self, stored):
        response = HttpResponse(stored["content"])
        for header, value in stored["headers"].items():
            response[header] = value
        response["Last-Modified"] = stored["last_modified"]
        self._shared_headers(response)
        response["X-Page-Cache"] = "hit"
        return response

    @staticmethod
    def _shared_headers(response):
        # Browsers revalidate every time (a cheap 304); a purged CDN may keep the page longer.
        patch_cache_control(
            response,
            public=True,
            max_age=0,
            must_revalidate=True,
            s_maxage=settings.PAGE_CACHE_SHARED_MAX_AGE,
        )


def fragment(name, compute):
    """A value computed from published content, kept in the cache until content changes.

    For pieces every page repeats (the category menu, the AI notice, related articles): the
    key carries the page cache's generation, so the same changes that empty the page cache
    make these stale values unreachable. Off when the page cache is off.
    """
    if not settings.PAGE_CACHE_SECONDS:
        return compute()
    gen = generation()
    if gen is None:
        return compute()
    key = f"fragment:{gen}:{name}"
    try:
        value = _cache().get(key)
    except Exception:
        logger.warning("fragment cache unreadable", exc_info=True)
        return compute()
    if value is None:
        value = compute()
        try:
            _cache().set(key, value, timeout=_timeout())
        except Exception:
            logger.warning("fragment cache unwritable", exc_info=True)
    return value
