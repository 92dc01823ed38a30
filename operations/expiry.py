"""When a page stops being shown: its expiry date, applied the moment it passes.

Wagtail's scheduler unpublishes an expired page on its next run; until then the page is still
live in the database. Readers must not see it in between, anywhere: its own URL (the
`before_serve_page` hook in staff/wagtail_hooks.py), the listings, feeds, search and
comments (ArticlePage.objects.published() filters with `unexpired()`), and the page cache
(its key changes at the next expiry, pagecache/cache.py).
"""

from django.db.models import Q
from django.utils import timezone


def unexpired(now=None):
    """A filter for pages not past their expiry date."""
    return Q(expire_at__isnull=True) | Q(expire_at__gt=now or timezone.now())


def is_expired(page, now=None):
    return page.expire_at is not None and page.expire_at <= (now or timezone.now())
