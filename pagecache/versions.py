"""The versions of the page cache's scopes (pagecache/cache.py explains them): read by each
process at most once every PAGE_CACHE_RECHECK_SECONDS, replaced by `invalidate()` in the
transaction of the change."""

import logging
import math
import secrets
import time
from datetime import datetime
from typing import NamedTuple

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.db.models import Subquery
from django.utils import timezone
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Page

from pagecache.models import ScopeVersion

logger = logging.getLogger(__name__)

SITE = "site"  # shown on every page
ANY = "any"  # replaced by every change: the scope of the pages that declare nothing

# Versions this process remembers, at most: past it, it forgets them all and reads again.
KNOWN_LIMIT = 100_000


class Version(NamedTuple):
    value: int
    hard_value: int
    changed_at: datetime | None


NEVER_CHANGED = Version(0, 0, None)


class Known(NamedTuple):
    """What this process knows of some scopes' versions and of the next expiry."""

    versions: dict
    next_expiry: datetime | None

    @property
    def expiry_key(self):
        return int(self.next_expiry.timestamp() * 1000) if self.next_expiry else 0

    def timeout(self):
        """Seconds an entry may live: never past the next expiry, which makes it unreachable."""
        if self.next_expiry is None:
            return settings.PAGE_CACHE_SECONDS
        left = math.ceil((self.next_expiry - timezone.now()).total_seconds())
        return max(1, min(settings.PAGE_CACHE_SECONDS, left))

    def matches(self, entry):
        return entry.get("expiry") == self.expiry_key and all(
            self.versions[name].value == value for name, value in entry["versions"].items()
        )


# This process's readings: scope -> (Version, the value of `any` read with it); and `_head`:
# (the Version of `any`, the next expiry, time.monotonic() of that reading).
_known = {}
_head = None


def _next_expiry(now):
    """A queryset of the earliest expiry date still to come among live pages, for a Subquery."""
    return (
        Page.objects.filter(live=True, expire_at__gt=now).order_by("expire_at").values("expire_at")
    )[:1]


def _recent(checked_at):
    return time.monotonic() - checked_at < settings.PAGE_CACHE_RECHECK_SECONDS


def _read(names, now):
    """One query: these scopes, `any` and the next expiry, all as of one moment."""
    rows = list(
        ScopeVersion.objects.filter(name__in={*names, ANY})
        .annotate(next_expiry=Subquery(_next_expiry(now)))
        .values_list("name", "value", "hard_value", "changed_at", "next_expiry")
    )
    if rows:
        next_expiry = rows[0][4]
    else:  # no row: the next change makes them
        next_expiry = _next_expiry(now).values_list("expire_at", flat=True).first()
    found = {row[0]: Version(*row[1:4]) for row in rows}
    return {name: found.get(name, NEVER_CHANGED) for name in {*names, ANY}}, next_expiry


def versions(names, fresh=False):
    """The versions of these scopes (and of `site` and `any`), or None when they cannot be known.

    A version read earlier still holds while `any` has the value it had then: every change
    replaces `any`. So without a change, a process reads only `any`, once every
    PAGE_CACHE_RECHECK_SECONDS, however many scopes its pages show. `fresh`: read from the
    database now, and None if they cannot be read.
    """
    global _head
    names = {*names, SITE, ANY}
    now = timezone.now()
    # Snapshots: another thread may replace or forget them meanwhile.
    head = _head
    seen = {name: _known.get(name) for name in names}
    holds = head is not None and (head[1] is None or now < head[1])
    any_value = head[0].value if head else None

    def invalid():
        return {name for name, known in seen.items() if known is None or known[1] != any_value}

    if not fresh and holds and _recent(head[2]) and not invalid():
        return Known({name: known[0] for name, known in seen.items()}, head[1])
    try:
        found, next_expiry = _read(names if fresh or not holds else invalid(), now)
        if not fresh and found[ANY].value != any_value:  # a change since: read them all
            found, next_expiry = _read(names, now)
    except DatabaseError:  # nothing can be published meanwhile: the last reading holds
        logger.warning("page cache versions unreadable", exc_info=True)
        if not connection.in_atomic_block:
            connection.close_if_unusable_or_obsolete()
        if fresh or not holds or invalid():
            return None
        return Known({name: known[0] for name, known in seen.items()}, head[1])
    if len(_known) > KNOWN_LIMIT:
        _known.clear()
    value = found[ANY].value
    for name, version in found.items():
        seen[name] = _known[name] = (version, value)
    _head = (found[ANY], next_expiry, time.monotonic())
    return Known({name: known[0] for name, known in seen.items()}, next_expiry)


def generation():
    """The version of what every page shows, or None when it cannot be known."""
    known = versions(())
    return f"{known.versions[SITE].value}-{known.expiry_key}" if known else None


def invalidate(scopes=(SITE,), removal=True, urls=()):
    """Replaces the versions of these scopes (and of `any`) once the current transaction
    commits; with a CDN in front, purges these URLs from it then.

    `removal=False` only for a change that can take nothing away from readers (a publication,
    an approved comment, a saved category...): their previous copy may then be served for
    PAGE_CACHE_STALE_SECONDS while one request renders the new one. Any other change, or a
    caller that does not say, forbids every copy rendered before it. With no scope, every page
    of the site is concerned.

    A random value, never an increment: a rolled-back change must not leave a number that a
    later change would reuse for different content. A database error propagates, so the change
    fails with its invalidation.
    """
    global _head
    names = {*scopes, ANY}
    value = secrets.randbits(62)
    fields = {"value": value, "changed_at": timezone.now()}
    if removal:
        fields["hard_value"] = value
    rows = ScopeVersion.objects.filter(name__in=names)
    if rows.update(**fields) < len(names):
        missing = names - set(rows.values_list("name", flat=True))
        # A scope without a row never changed: its first change removes only if it says so.
        ScopeVersion.objects.bulk_create(
            [ScopeVersion(name=name, **fields) for name in missing], ignore_conflicts=True
        )
        rows.update(**fields)  # a row another change made meanwhile
    for name in names:
        _known.pop(name, None)
    _head = None  # read again at once; a publication may bring a nearer expiry date
    if urls and getattr(settings, "WAGTAILFRONTENDCACHE", None):
        urls = sorted(set(urls))
        transaction.on_commit(lambda: purge_urls_from_cache(urls))
