"""Periodic work: one digest of held comments for the moderators, and the purges that keep
only what the privacy note promises. `run_scheduler` runs both every minute."""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Max
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from comments.models import Comment, Status
from editorial.roles import CHIEF_EDITORS
from operations.text import single_line

logger = logging.getLogger(__name__)


def moderators():
    """Active members of the editor-in-chief's group who can receive mail."""
    return list(
        get_user_model()
        .objects.filter(groups__name=CHIEF_EDITORS, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
        .order_by("email")
    )


def send_digest(now=None, force=False):
    """One e-mail listing the comments held since the last digest; at most one every
    COMMENTS_DIGEST_MINUTES unless forced. Spam is never mailed. Returns the number listed."""
    now = now or timezone.now()
    waiting = Comment.objects.filter(status=Status.PENDING, notified_at__isnull=True)
    if not waiting.exists():
        return 0
    last = Comment.objects.aggregate(last=Max("notified_at"))["last"]
    if not force and last and now - last < timedelta(minutes=settings.COMMENTS_DIGEST_MINUTES):
        return 0
    recipients = moderators()
    if not recipients:
        return 0
    ids = list(waiting.order_by("created_at").values_list("pk", flat=True)[:200])
    # Claim them first: a second scheduler finds nothing left to send.
    claimed = Comment.objects.filter(pk__in=ids, notified_at__isnull=True).update(notified_at=now)
    if not claimed:
        return 0
    comments = list(
        Comment.objects.filter(pk__in=ids, notified_at=now)
        .select_related("article")
        .order_by("created_at")
    )
    queue = reverse("wagtailsnippets_comments_comment:list")
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    # One line per comment whatever is stored: no name, title or text can forge an entry.
    entries = [
        {
            "name": single_line(comment.author_name),
            "title": single_line(comment.article.title),
            "created_at": comment.created_at,
            "body": single_line(comment.body),
        }
        for comment in comments
    ]
    context = {
        "comments": entries,
        "queue_url": f"{base}{queue}?status={Status.PENDING}",
        "total_pending": Comment.objects.filter(status=Status.PENDING).count(),
    }
    subject = ngettext(
        "%(count)d reader comment awaiting moderation",
        "%(count)d reader comments awaiting moderation",
        len(comments),
    ) % {"count": len(comments)}
    try:
        send_mail(
            f"[{settings.WAGTAIL_SITE_NAME}] {subject}",
            render_to_string("comments/email/digest.txt", context),
            None,
            recipients,
        )
    except Exception:
        # Not sent: they go in the next digest.
        Comment.objects.filter(pk__in=ids, notified_at=now).update(notified_at=None)
        raise
    return len(comments)


def purge(now=None):
    """Blank the IP hashes past their retention; erase spam and deleted comments past theirs.
    Returns (hashes blanked, comments erased)."""
    now = now or timezone.now()
    ip_limit = now - timedelta(days=settings.COMMENTS_IP_RETENTION_DAYS)
    blanked = Comment.objects.filter(created_at__lt=ip_limit).exclude(ip_hash="").update(ip_hash="")
    spam_limit = now - timedelta(days=settings.COMMENTS_SPAM_RETENTION_DAYS)
    erased, _by_model = (
        Comment.objects.filter(status__in=[Status.SPAM, Status.DELETED], created_at__lt=spam_limit)
        .filter(replies__isnull=True)
        .delete()
    )
    return blanked, erased


def run_periodic(stdout=None):
    """Never raises: a mail server down must not stop the scheduler (the digest retries)."""
    try:
        sent = send_digest()
    except Exception:
        logger.exception("Comments: the moderators' digest could not be sent")
        sent = 0
    blanked, erased = purge()
    if stdout is not None and (sent or blanked or erased):
        stdout.write(
            _("Comments: %(sent)d in the digest, %(blanked)d IP hashes blanked, %(erased)d erased.")
            % {"sent": sent, "blanked": blanked, "erased": erased}
        )
