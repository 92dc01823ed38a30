"""Full-page cache for anonymous readers, emptied page by page as published content changes.

A reader without a session or a CSRF cookie gets the page as it was rendered for the first
such reader, straight from Django's cache (Redis in production, local memory by default),
before sessions, CSRF, authentication or any database query. Everyone else (staff, readers
who posted a form, previews under /admin/) goes through Django as usual and is never stored.

Invalidation is by scope. A scope names what a change can touch (`article:12`, `category:3`,
`home`, `site`...) and has a version kept in the database (pagecache.models.ScopeVersion). A
page says, while it renders, which scopes it shows (`depends_on()`); it is stored with their
versions, and served while they all hold. A change replaces the versions of the scopes it
touches (pagecache/invalidation.py says which), in its own transaction: whatever Redis does
meanwhile (hung, restarted, a write lost), a change reaches every reader once committed. A page
that declares nothing depends on `any`, which every change replaces; every page depends on
`site`, replaced by the changes every page shows (the AI notice, the categories of the header).
Each process reads a version at most once every PAGE_CACHE_RECHECK_SECONDS (one primary-key
query for all the scopes of a page), so a warm page costs no query at all; the process that
made the change reads it at once.

A page is stored only with versions read before it was rendered, else a change committed
during the render would be hidden under its new version. The scopes of a page are known from
its previous copy; for scopes seen for the first time, the versions are read after the render
together with `any`: unchanged, no change at all was committed meanwhile. Otherwise only the
list of scopes is stored, and the next request renders with their versions read first.

No thundering herd: on a miss, the request that takes the page's render lock (`cache.add`,
atomic on Redis and in local memory) renders it; the others, for PAGE_CACHE_STALE_SECONDS after
the change, get its previous copy (`X-Page-Cache: stale`) instead of rendering too. Without a
usable copy they render as before; nobody waits for the lock, which a failed render releases
(or its timeout does).

A stale copy must never show what was taken away, so `invalidate(removal=...)` says what kind
of change it is. A removal (unpublish, delete or move a page, a view restriction, a site, a
comment rejected, any deletion, and every caller that does not say) also replaces the scopes'
`hard_value`: a copy rendered before it is never served stale. Expiry changes no row: every
key carries the next moment a live page expires, and a copy is served stale only if no page's
expiry date fell between its render and now. Before serving a stale copy the request reads
the versions afresh (one query, plus one for the expiry dates): a removal made in another
process is never missed.
"""

import contextvars
import hashlib
import logging
import math
import secrets

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import http_date
from wagtail.models import Page

from pagecache.versions import ANY, SITE, Known, versions

logger = logging.getLogger(__name__)

# Every header the view and the middleware after this one set is stored (X-Frame-Options,
# Vary, Content-Language...), so a hit carries what a miss carries; except these, which belong
# to one response or which the cache sets itself.
UNSTORED_HEADERS = {"content-length", "date", "last-modified", "set-cookie"}


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


# What the page (or the fragment) being rendered shows

_collecting = contextvars.ContextVar("pagecache_collecting", default=None)


class _Scopes:
    def __init__(self):
        self.names = set()
        self.declared = False

    def complete(self):
        """Every scope the rendered thing depends on: `any` if it said nothing itself."""
        return {*self.names, SITE} if self.declared else {*self.names, SITE, ANY}


def depends_on(*scopes):
    """Says that the page being rendered shows these scopes. A page that calls it says every
    scope it shows (the fragments it uses add theirs)."""
    collecting = _collecting.get()
    if collecting is not None:
        collecting.names.update(scopes)
        collecting.declared = True


def _shown(scopes):
    """A fragment's scopes, shown by the page that uses it."""
    collecting = _collecting.get()
    if collecting is not None:
        collecting.names.update(scopes)


def _verified(scopes, known):
    """`known` with the versions of `scopes` it lacks, read after the render, or None if a
    change was committed since `known` was read (the render may have seen it or not)."""
    missing = scopes - known.versions.keys()
    if not missing:
        return known
    after = versions({*missing, ANY}, fresh=True)
    if after is None or after.versions[ANY] != known.versions[ANY]:
        return None
    return Known({**known.versions, **after.versions}, known.next_expiry)


def _versions_entry(scopes, known):
    return {
        "scopes": sorted(scopes),
        "versions": {name: known.versions[name].value for name in scopes},
        "hard": {name: known.versions[name].hard_value for name in scopes},
        "expiry": known.expiry_key,
    }


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


def _may_serve_stale(copy, known):
    """Whether the page's previous copy may be served now; `known` read afresh."""
    now = timezone.now()
    for name, value in copy["versions"].items():
        version = known.versions[name]
        if version.hard_value != copy["hard"][name]:
            return False  # something may have been taken away since the copy was rendered
        if version.value != value and (
            version.changed_at is None
            or (now - version.changed_at).total_seconds() >= settings.PAGE_CACHE_STALE_SECONDS
        ):
            return False  # too old
    try:
        return not Page.objects.filter(
            expire_at__gt=copy["rendered_at"], expire_at__lte=now
        ).exists()
    except DatabaseError:
        logger.warning("page expiry dates unreadable", exc_info=True)
        return False


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
        digest = _digest(request)
        key = f"pagecache:{digest}"
        try:
            stored = _cache().get(key)
        except Exception:
            logger.warning("page cache unreadable", exc_info=True)
            return self.get_response(request)
        scopes = {*(stored["scopes"] if stored else ()), ANY}
        known = versions(scopes)
        if known is not None and stored is not None and "content" in stored:
            if known.matches(stored):
                return self._replay(stored)
            # Either it changed, or another process rendered it under versions this one has
            # not read yet. Read afresh: a hit then, or what a stale copy is judged by.
            known = versions(scopes, fresh=True)
            if known is not None and known.matches(stored):
                return self._replay(stored)
        if known is None:
            return self.get_response(request)

        rendered_at = timezone.now()
        token = None
        if _stale_allowed():
            token = _lock(digest)
            # Another request is rendering it: its previous copy, if it may be served.
            copy = stored if token is None and stored is not None and "content" in stored else None
            if copy is not None and _may_serve_stale(copy, known):
                return self._replay(copy, "stale")
        rendering = _Scopes()
        context = _collecting.set(rendering)
        try:  # the lock is released once the page is stored: nobody renders it twice
            try:
                response = self.get_response(request)
            finally:
                _collecting.reset(context)
            if _response_is_cacheable(request, response):
                self._store(response, key, rendering.complete(), known, rendered_at)
        finally:
            if token is not None:
                _unlock(digest, token)
        return response

    def _store(self, response, key, scopes, known, rendered_at):
        self._shared_headers(response)
        response["X-Page-Cache"] = "miss"
        verified = _verified(scopes, known)
        if verified is None:  # the next request renders it, its versions read first
            entry = {"scopes": sorted(scopes)}
            timeout = known.timeout()
        else:
            entry = {
                **_versions_entry(scopes, verified),
                "content": response.content,
                "headers": {
                    header: value
                    for header, value in response.items()
                    if header.lower() not in UNSTORED_HEADERS
                },
                "last_modified": response.get("Last-Modified") or http_date(),
                "rendered_at": rendered_at,
            }
            response["Last-Modified"] = entry["last_modified"]
            # The entry is also the previous copy of the page: it outlives its versions by the
            # stale window.
            timeout = verified.timeout() + math.ceil(settings.PAGE_CACHE_STALE_SECONDS)
        try:
            _cache().set(key, entry, timeout=timeout)
        except Exception:
            logger.warning("page cache unwritable", exc_info=True)

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
    """A value computed from published content, kept in the cache until what it shows changes.

    For pieces every page repeats (the category menu, the AI notice) or costly ones (related
    articles): `compute` says with `depends_on()` which scopes the value shows (`any` if it
    says nothing), and the page using the value shows them too. Off when the page cache is off.
    """
    if not settings.PAGE_CACHE_SECONDS:
        return compute()
    key = f"fragment:{name}"
    try:
        stored = _cache().get(key)
    except Exception:
        logger.warning("fragment cache unreadable", exc_info=True)
        return compute()
    scopes = {*(stored["scopes"] if stored else ()), ANY}
    known = versions(scopes)
    if known is None:
        return compute()
    if stored is not None and "value" in stored and known.matches(stored):
        _shown(stored["scopes"])
        return stored["value"]

    computing = _Scopes()
    context = _collecting.set(computing)
    try:
        value = compute()
    finally:
        _collecting.reset(context)
    scopes = computing.complete()
    _shown(scopes)
    verified = _verified(scopes, known)
    if verified is None:
        entry = {"scopes": sorted(scopes)}
    else:
        entry = {**_versions_entry(scopes, verified), "value": value}
    try:
        _cache().set(key, entry, timeout=known.timeout())
    except Exception:
        logger.warning("fragment cache unwritable", exc_info=True)
    return value
