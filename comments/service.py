"""What happens to comments: who sees them, how a new one is judged, how moderation acts.

Readers' pages read a cached copy of each article's published comments; every change of
status goes through `moderate()` (or a model save), which drops that copy.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.cache import caches
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from comments import protection, spam
from comments.models import Comment, CommentSettings, ModerationPolicy, Status
from news import page_cache
from news.models import ArticlePage
from operations.client_address import hash_ip

logger = logging.getLogger(__name__)

THREAD_KEY = "comments:thread:{}"
SETTINGS_KEY = "comments:settings"
CACHE_SECONDS = 60 * 60


def _cache():
    return caches[settings.COMMENTS_CACHE]


def _cache_get(key):
    try:
        return _cache().get(key)
    except Exception:
        logger.warning("Comments: cache unavailable, reading the database")
        return None


def _cache_set(key, value):
    try:
        _cache().set(key, value, CACHE_SECONDS)
    except Exception:
        logger.warning("Comments: cache unavailable, not storing %s", key)


def _cache_delete(*keys):
    try:
        _cache().delete_many(keys)
    except Exception:
        # The entry may outlive its data until it expires; say so loudly.
        logger.error("Comments: cache unavailable, could not drop %s", keys)


# ---------- Settings ----------


@dataclass(frozen=True)
class Options:
    close_after_days: int
    moderation: str
    blocklist: tuple
    moderation_keywords: tuple


def options():
    """The newsroom's comment settings, from the cache when possible."""
    cached = _cache_get(SETTINGS_KEY)
    if isinstance(cached, Options):
        return cached
    stored = CommentSettings.objects.first() or CommentSettings()
    value = Options(
        close_after_days=stored.close_after_days,
        moderation=stored.moderation,
        blocklist=tuple(CommentSettings.terms(stored.blocklist)),
        moderation_keywords=tuple(CommentSettings.terms(stored.moderation_keywords)),
    )
    _cache_set(SETTINGS_KEY, value)
    return value


def forget_options():
    _cache_delete(SETTINGS_KEY)


# ---------- Readers ----------


def closes_at(article, opts=None):
    """When comments close by themselves on this article, or None for never."""
    opts = opts or options()
    published = article.display_date
    if not opts.close_after_days or published is None:
        return None
    return published + timedelta(days=opts.close_after_days)


def comments_open(article, now=None, opts=None):
    if not article.comments_open:
        return False
    deadline = closes_at(article, opts)
    return deadline is None or (now or timezone.now()) < deadline


@dataclass(frozen=True)
class ShownComment:
    id: int
    name: str
    url: str
    body: str
    created_at: object
    replies: tuple = ()


@dataclass(frozen=True)
class Thread:
    count: int
    comments: tuple


def published_thread(article_id):
    """The article's published comments, oldest first, replies under their parent: one
    query, or none when cached."""
    key = THREAD_KEY.format(article_id)
    cached = _cache_get(key)
    if isinstance(cached, Thread):
        return cached
    rows = list(
        Comment.objects.filter(article_id=article_id, status=Status.PUBLISHED)
        .order_by("created_at", "pk")
        .values_list("id", "parent_id", "author_name", "author_url", "body", "created_at")
    )
    top_ids = {row[0] for row in rows if row[1] is None}
    replies = {}
    for row in rows:
        if row[1] in top_ids:
            replies.setdefault(row[1], []).append(ShownComment(*row[:1], *row[2:]))
    comments = tuple(
        ShownComment(*row[:1], *row[2:], replies=tuple(replies.get(row[0], ())))
        for row in rows
        if row[1] is None
    )
    # A reply whose parent is not published is not shown, nor counted.
    thread = Thread(count=len(comments) + sum(len(c.replies) for c in comments), comments=comments)
    _cache_set(key, thread)
    return thread


def forget_thread(*article_ids):
    if article_ids:
        _cache_delete(*[THREAD_KEY.format(article_id) for article_id in set(article_ids)])


def forget_everything():
    """After a restore: the settings and every article's thread come from the new database."""
    forget_options()
    forget_thread(*ArticlePage.objects.values_list("pk", flat=True))


# ---------- A new comment ----------


class Refusal(Exception):
    """The comment was not stored; the reader keeps the form and this message."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status


TOO_MANY = _("You are commenting too quickly. Please try again in a few minutes.")
DUPLICATE = _("This comment has already been sent.")
UNAVAILABLE = _(
    "Your comment could not be saved just now. Please try again later: your text is kept below."
)
DUPLICATE_WINDOW_DAYS = 90
# A short « Merci ! » may come from many readers; longer identical texts come from bots.
DUPLICATE_MIN_CHARS = 40


def history_for(email, ip_hash):
    by_status = dict(
        Comment.objects.by_email(email)
        .values_list("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    since = timezone.now() - timedelta(days=settings.COMMENTS_IP_RETENTION_DAYS)
    address_spam = Comment.objects.filter(
        ip_hash=ip_hash, status=Status.SPAM, created_at__gte=since
    ).exists()
    return spam.History(
        approved=by_status.get(Status.PUBLISHED, 0),
        spam=by_status.get(Status.SPAM, 0),
        address_spam=int(address_spam),
    )


def is_duplicate(body, email, ip_hash):
    digest = spam.content_hash(body)
    since = timezone.now() - timedelta(days=DUPLICATE_WINDOW_DAYS)
    same = Comment.objects.filter(content_hash=digest, created_at__gte=since).exclude(
        status=Status.DELETED
    )
    if len(" ".join(body.split())) < DUPLICATE_MIN_CHARS:
        same = same.filter(Q(author_email=email.strip().lower()) | Q(ip_hash=ip_hash))
    return same.exists()


def decide(verdict, history, policy):
    if verdict.is_spam:
        return Status.SPAM
    if verdict.is_doubtful or policy == ModerationPolicy.ALL:
        return Status.PENDING
    if policy == ModerationPolicy.FIRST_TIME and not (history.approved and not history.spam):
        return Status.PENDING
    return Status.PUBLISHED


def submit(article, data, *, ip, elapsed, parent=None):
    """Judge and store a reader's comment; returns it, or raises `Refusal`."""
    opts = options()
    ip_hash = hash_ip(ip)
    if not protection.RateLimit().hit(ip_hash):
        raise Refusal(TOO_MANY, status=429)
    if is_duplicate(data["body"], data["email"], ip_hash):
        raise Refusal(DUPLICATE)
    history = history_for(data["email"], ip_hash)
    verdict = spam.assess(
        spam.Submission(
            name=data["name"],
            email=data["email"],
            url=data.get("url") or "",
            body=data["body"],
            honeypot=data.get("subject") or "",
            elapsed=elapsed,
        ),
        history,
        spam.Rules(
            blocklist=list(opts.blocklist),
            moderation_keywords=list(opts.moderation_keywords),
            max_links=settings.COMMENTS_MAX_LINKS,
            min_seconds=settings.COMMENTS_MIN_SECONDS,
        ),
    )
    status = decide(verdict, history, opts.moderation)
    # Saving also drops the article's cached comments (signals.py).
    return Comment.objects.create(
        article=article,
        parent=parent,
        author_name=data["name"].strip(),
        author_email=data["email"],
        author_url=data.get("url") or "",
        body=data["body"],
        status=status,
        spam_score=verdict.score,
        spam_reasons=",".join(verdict.reasons)[:500],
        ip_hash=ip_hash,
    )


# ---------- Moderation ----------


MODERATION_LOG_ACTIONS = {
    Status.PUBLISHED: "comments.approve",
    Status.PENDING: "comments.hold",
    Status.SPAM: "comments.spam",
    Status.DELETED: "comments.trash",
}


def moderate(comments, status, user=None):
    """Set the status of these comments; returns how many changed. The commenter's
    reputation follows (it is read from the statuses), and readers see it at once."""
    ids = [comment.pk for comment in comments]
    queryset = Comment.objects.filter(pk__in=ids).exclude(status=status)
    changing = list(queryset.values_list("pk", flat=True))
    article_ids = list(queryset.values_list("article_id", flat=True).distinct())
    readers_see_it = status == Status.PUBLISHED or queryset.filter(status=Status.PUBLISHED).exists()
    changed = queryset.update(
        status=status,
        moderated_at=timezone.now(),
        moderated_by=user if user and user.is_authenticated else None,
    )
    forget_thread(*article_ids)
    # Each decision in the comment's history (Wagtail's log), with who took it.
    for comment in Comment.objects.filter(pk__in=changing):
        log(comment, MODERATION_LOG_ACTIONS[status], user=user)
    if changed and readers_see_it:  # an approval takes nothing away; a rejection does
        page_cache.invalidate(
            page_cache.comments_touched(*article_ids), removal=status != Status.PUBLISHED
        )
    return changed


def pending_count():
    return Comment.objects.filter(status=Status.PENDING).count()
