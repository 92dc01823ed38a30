"""The publication rule: a version reaches readers only complete, and approved by someone named.

Every route to readers runs Wagtail's ``PublishPageRevisionAction`` (the editor, bulk
actions, the admin API, the workflow's approval, the scheduler), or, for a copy kept live,
sends ``page_published``. Wagtail offers no hook before a publication on every route, so
``install()`` has that action ask ``approve_publication()`` first for an article, before
anything is written; the rule is then the same whatever the route:

- the version passes the publication checklist (news.checklist);
- someone allowed to publish the page approved this very version: the reviewer who approved
  it in the workflow, or the person who publishes it (or scheduled it) herself. The revision's
  author is never taken for its reviewer.

There is no publication without review: without an approver, publishing is refused.
"""

import contextlib
import contextvars
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.log_actions import log
from wagtail.models import PageLogEntry, TaskState

from news.checklist import missing_for_publication

REFUSED_LOG_ACTION = "news.publish.refused"

_seeding = contextvars.ContextVar("news_publication_seeding", default=False)


@contextlib.contextmanager
def seeding():
    """Content put in place by code, not by anyone through a route: the test factories.

    No user reaches this: it is not a view, a command option or a setting.
    """
    token = _seeding.set(True)
    try:
        yield
    finally:
        _seeding.reset(token)


@dataclass(frozen=True)
class Approval:
    user: AbstractBaseUser
    at: datetime


class PublicationRefused(ValidationError):
    """Raised before anything is written; its message says why, in the reader's terms."""

    def __init__(self, page, reasons):
        self.page = page
        self.reasons = list(reasons)
        super().__init__({NON_FIELD_ERRORS: self.reasons})

    def __str__(self):
        return " ".join(str(reason) for reason in self.reasons)


def can_publish(user, page):
    return bool(user and user.is_active and page.permissions_for_user(user).can_publish())


def approval_of(page, revision, user=None):
    """Who approved this version, from the record: never a guess, None when nobody did."""
    task = (
        TaskState.objects.filter(revision=revision, status=TaskState.STATUS_APPROVED)
        .select_related("finished_by")
        .order_by("-finished_at")
        .first()
    )
    if task is not None and can_publish(task.finished_by, page):
        return Approval(task.finished_by, task.finished_at)
    if user is not None:
        # Publishing it oneself (or keeping a copy live) is approving it.
        return Approval(user, timezone.now()) if can_publish(user, page) else None
    # The scheduler publishes as nobody: the approval is whoever scheduled this version.
    scheduled = (
        PageLogEntry.objects.filter(
            revision=revision, action="wagtail.publish.schedule", user__isnull=False
        )
        .select_related("user")
        .order_by("-timestamp")
        .first()
    )
    if scheduled is not None and can_publish(scheduled.user, page):
        return Approval(scheduled.user, scheduled.timestamp)
    return None


def approve_publication(page, revision, user=None):
    """The approval of this version (`page` is the revision as a page), or PublicationRefused."""
    reasons = [
        _("Needed before publication: %(item)s.") % {"item": item}
        for item in missing_for_publication(page)
    ]
    approval = approval_of(page, revision, user)
    if approval is None:
        reasons.append(
            _(
                "Nobody allowed to publish approved this version: it must be approved in "
                "review, or published by the editor-in-chief."
            )
        )
    if not reasons:
        return approval
    if user is None and revision.approved_go_live_at is not None:
        # A refused scheduled version must not block the scheduler's queue every minute.
        revision.approved_go_live_at = None
        revision.save(update_fields=["approved_go_live_at"])
    log(
        instance=page,
        action=REFUSED_LOG_ACTION,
        user=user,
        revision=revision,
        data={"reasons": [str(reason) for reason in reasons]},
    )
    raise PublicationRefused(page, reasons)


def record(page, approval):
    """Readers are told who approved the live version: kept on the page itself."""
    type(page).objects.filter(pk=page.pk).update(approved_by=approval.user, approved_at=approval.at)
    page.approved_by, page.approved_at = approval.user, approval.at


def install():
    """Have every publication of an article pass approve_publication() first."""
    wagtail_execute = PublishPageRevisionAction.execute
    if getattr(wagtail_execute, "newsroom_rule", False):
        return

    def execute(action, skip_permission_checks=False):
        action.check(skip_permission_checks=skip_permission_checks)  # Wagtail's rights first
        if getattr(action.object, "publication_needs_approval", False) and not _seeding.get():
            approval = approve_publication(action.object, action.revision, action.user)
            action.revision.newsroom_approval = approval
        return wagtail_execute(action, skip_permission_checks=skip_permission_checks)

    execute.newsroom_rule = True
    PublishPageRevisionAction.execute = execute


def seeding_active():
    return _seeding.get()
