"""The request-side defences: the form's signed timestamp and the rate limit per client address
(the address and its keyed hash come from operations.client_address, shared with staff logins)."""

import logging
import time
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.cache import caches
from django.utils import timezone

from comments.models import Comment

logger = logging.getLogger(__name__)

TOKEN_SALT = "comments.form"


# ---------- Signed timestamp ----------


def issue_token(article_id, issued_at=None):
    """The form's hidden token: the article and the moment the form was served, signed."""
    issued_at = int(time.time() if issued_at is None else issued_at)
    return signing.dumps([article_id, issued_at], salt=TOKEN_SALT)


def read_token(token, article_id):
    """Seconds since the form was served, or None when the token is forged, stale or
    belongs to another article."""
    try:
        value = signing.loads(token, salt=TOKEN_SALT, max_age=settings.COMMENTS_FORM_MAX_AGE)
        token_article, issued_at = value
        issued_at = int(issued_at)
    except (signing.BadSignature, TypeError, ValueError):
        return None
    elapsed = time.time() - issued_at
    if token_article != article_id or elapsed > settings.COMMENTS_FORM_MAX_AGE:
        return None
    return max(0.0, elapsed)


# ---------- Rate limit ----------


class RateLimit:
    """At most `limit` comments per `window` seconds from one client address.

    The counter lives in Django's cache. When the cache cannot be reached (or ignores
    errors and answers nothing) the count comes from the comments already stored.
    """

    def __init__(self, limit=None, window=None, cache_alias=None):
        self.limit = limit or settings.COMMENTS_RATE_LIMIT[0]
        self.window = window or settings.COMMENTS_RATE_LIMIT[1]
        self.cache_alias = cache_alias or settings.COMMENTS_CACHE

    def _key(self, ip_hash, now):
        return f"comments:rate:{ip_hash}:{int(now // self.window)}"

    def hit(self, ip_hash):
        """Count one attempt; True if it is allowed."""
        count = self._cache_count(ip_hash)
        if count is None:
            count = self._stored_count(ip_hash) + 1
        return count <= self.limit

    def _cache_count(self, ip_hash):
        key = self._key(ip_hash, time.time())
        try:
            cache = caches[self.cache_alias]
            cache.add(key, 0, timeout=self.window + 1)
            count = cache.incr(key)
        except Exception:  # any cache failure: fall back, never fail the request
            logger.warning("Comment rate limit: cache unavailable, counting stored comments")
            return None
        if not isinstance(count, int):  # a cache that ignores its errors answers None
            return None
        return count

    def _stored_count(self, ip_hash):
        since = timezone.now() - timedelta(seconds=self.window)
        return Comment.objects.filter(ip_hash=ip_hash, created_at__gte=since).count()
