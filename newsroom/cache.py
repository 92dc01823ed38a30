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

No thundering herd: each stored page is also kept under a key without the generation (its
« last good copy », tagged with the generation it was rendered under). On a miss, the request
that takes the page's render lock (`cache.add`, atomic on Redis and in local memory) renders
it; the others, for PAGE_CACHE_STALE_SECONDS after the change, get the last good copy
(`X-Page-Cache: stale`) instead of rendering too. Without a usable copy they render as before;
nobody waits for the lock, which a failed render releases (or its timeout does).

A stale copy must never show what was taken away, so `invalidate(removal=...)` says what kind
of change it is. A removal (unpublish, delete or move a page, a view restriction, a site, a
comment rejected, any deletion, and every caller that does not say) also replaces
`hard_value` in the same row: a copy rendered before it is never served stale. Only
publications, approved comments and saved categories, tags, images and AI notice allow it.
Expiry changes no row, so a copy is served stale only if no page's expiry date fell between
its render and now. Before serving a stale copy the request reads the row afresh (one query,
plus one for the expiry dates): a removal made in another process is never missed.
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
from wagtail.models import Page

from operations import expiry

logger = logging.getLogger(__name__)

# Every header the view and the middleware after this one set is stored (X-Frame-Options,
# Vary, Content-Language...), so a hit carries what a miss carries; except these, which belong
# to one response or which the cache sets itself.
UNSTORED_HEADERS = {"content-length", "date", "last-modified", "set-cookie"}


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


class _Known(NamedTuple):
    value: int
    hard_value: int | None  # None: no row, then no copy is served stale
    changed_at: datetime | None
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
        .values_list("value", "hard_value", "changed_at", "next_expiry")
        .first()
    )
    if row is None:  # the row is made again by the next invalidation
        row = (0, None, None, expiry.next_expiry(now).values_list("expire_at", flat=True).first())
    return row


def _current(fresh=False):
    """What this process knows of the generation, or None when it cannot be known.

    `fresh`: read from the database now, and None if it cannot be read.
    """
    global _known
    known, now = _known, timezone.now()
    if (
        not fresh
        and known
        and known.holds(now)
        and time.monotonic() - known.checked_at < settings.PAGE_CACHE_RECHECK_SECONDS
    ):
        return known
    try:
        row = _read(now)
    except DatabaseError:  # nothing can be published meanwhile: the last reading holds
        logger.warning("page cache generation unreadable", exc_info=True)
        if not connection.in_atomic_block:
            connection.close_if_unusable_or_obsolete()
        if fresh or known is None or not known.holds(now):
            return None
        row = known[:4]
    _known = _Known(*row, time.monotonic())
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


def invalidate(removal=True, **kwargs):
    """Empties the page cache for every reader once the current transaction commits.

    `removal=False` only for a change that can take nothing away from readers (a publication,
    an approved comment, a saved category...): their previous copy may then be served for
    PAGE_CACHE_STALE_SECONDS while one request renders the new one. Any other change, or a
    caller that does not say, forbids every copy rendered before it.

    A random value, never an increment: a rolled-back change must not leave a number that a
    later change would reuse for different content. A database error propagates, so the change
    fails with its invalidation.
    """
    global _known
    from newsroom.models import PageCacheGeneration

    value = secrets.randbits(62)
    fields = {"value": value, "changed_at": timezone.now()}
    if removal:
        fields["hard_value"] = value
    if not PageCacheGeneration.objects.filter(pk=1).update(**fields):
        fields["hard_value"] = value  # a new row: nothing before it is known
        PageCacheGeneration.objects.update_or_create(pk=1, defaults=fields)
    _known = None


def _digest(request):
    url = f"{request.get_host()}{request.get_full_path()}"
    return hashlib.sha256(url.encode()).hexdigest()


def _stale_allowed():
    return settings.PAGE_CACHE_STALE_SECONDS > 0


def _lock(digest):
    """This request's token if it takes the page's render lock, else None."""
    token = secrets.token_hex(8)
    timeout = max(1, math.ceil(settings.PAGE_CACHE_STALE_SECONDS))
    try:
        return token if _cache().add(f"pagecache-lock:{digest}", token, timeout=timeout) else None
    except Exception:
        logger.warning("page cache lock unavailable", exc_info=True)
        return None


def _unlock(digest, token):
    key = f"pagecache-lock:{digest}"
    try:
        if _cache().get(key) == token:  # not another request's, taken after ours timed out
            _cache().delete(key)
    except Exception:
        logger.warning("page cache lock not released (its timeout will)", exc_info=True)


def _usable_copy(digest):
    """The page's last good copy if it may be served now, else None."""
    try:
        copy = _cache().get(f"pagecache-last:{digest}")
    except Exception:
        logger.warning("page cache unreadable", exc_info=True)
        return None
    if copy is None:
        return None
    known = _current(fresh=True)  # a removal made in another process counts at once
    if known is None or known.hard_value is None or copy["hard_value"] != known.hard_value:
        return None  # something may have been taken away since the copy was rendered
    now = timezone.now()
    if copy["value"] != known.value and (
        known.changed_at is None
        or (now - known.changed_at).total_seconds() >= settings.PAGE_CACHE_STALE_SECONDS
    ):
        return None  # too old
    try:
        expired = Page.objects.filter(
            expire_at__gt=copy["rendered_at"], expire_at__lte=now
        ).exists()
    except DatabaseError:
        logger.warning("page expiry dates unreadable", exc_info=True)
        return None
    return None if expired else copy


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
        known = _current()
        if known is None:
            return self.get_response(request)
        digest = _digest(request)
        key = f"pagecache:{known.key}:{digest}"
        try:
            stored = _cache().get(key)
        except Exception:
            logger.warning("page cache unreadable", exc_info=True)
            return self.get_response(request)
        if stored is not None:
            return self._replay(stored)

        rendered_at = timezone.now()
        token = None
        if _stale_allowed():
            token = _lock(digest)
            if token is None:  # another request is rendering this page
                copy = _usable_copy(digest)
                if copy is not None:
                    return self._replay(copy, "stale")
        try:  # the lock is released once the page is stored: nobody renders it twice
            response = self.get_response(request)
            if _response_is_cacheable(request, response):
                self._store(response, key, digest, known, rendered_at)
        finally:
            if token is not None:
                _unlock(digest, token)
        return response

    def _store(self, response, key, digest, known, rendered_at):
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
            if _stale_allowed():
                last = {
                    **stored,
                    "value": known.value,
                    "hard_value": known.hard_value,
                    "rendered_at": rendered_at,
                }
                # One round trip; the copy outlives the entry by the stale window.
                _cache().set_many(
                    {key: stored, f"pagecache-last:{digest}": last},
                    timeout=_timeout() + math.ceil(settings.PAGE_CACHE_STALE_SECONDS),
                )
            else:
                _cache().set(key, stored, timeout=_timeout())
        except Exception:
            logger.warning("page cache unwritable", exc_info=True)
        response["X-Page-Cache"] = "miss"

    def _replay(self, stored, how="hit"):
        response = HttpResponse(stored["content"])
        for header, value in stored["headers"].items():
            response[header] = value
        response["Last-Modified"] = stored["last_modified"]
        self._shared_headers(response)
        response["X-Page-Cache"] = how
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
