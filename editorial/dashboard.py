"""The newsroom's admin dashboards: the writer's own articles and the chief's review queue.

Panels are Wagtail Components added by the `construct_homepage_panels` hook (in
news/wagtail_hooks.py); they replace Wagtail's two workflow panels, which list the same
pages without the chief's comment or the age of a request.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component
from wagtail.models import Revision, TaskState, WorkflowState

from editorial.roles import CHIEF_EDITORS
from news.models import ArticlePage, NewsIndexPage

# Wagtail's default panels that our own panels replace, or that say nothing to a newsroom.
NOISE = {"user_objects_in_workflow_moderation", "workflow_objects_to_moderate"}
RECENT = 5


def age(moment, now=None):
    """« depuis 3 h », « depuis 12 min », « depuis 2 j »: how long a request has waited."""
    minutes = int(((now or timezone.now()) - moment).total_seconds() // 60)
    if minutes < 60:
        return _("for %(n)d min") % {"n": max(minutes, 1)}
    if minutes < 24 * 60:
        return _("for %(n)d h") % {"n": minutes // 60}
    return _("for %(n)d d") % {"n": minutes // (24 * 60)}


def _name(user):
    return user.get_full_name() or user.get_username()


def _states(pages):
    """{status: {page id: workflow state}} for these pages' open and sent-back workflows, each
    with the task state that holds or closed it."""
    states = (
        WorkflowState.objects.filter(
            status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
            base_content_type__app_label="wagtailcore",
            object_id__in=[str(pk) for pk in pages],
        )
        .select_related("current_task_state__finished_by", "requested_by")
        .order_by("created_at")
    )
    by_status = {WorkflowState.STATUS_IN_PROGRESS: {}, WorkflowState.STATUS_NEEDS_CHANGES: {}}
    for state in states:
        by_status[state.status][int(state.object_id)] = state
    return by_status


@dataclass(frozen=True)
class Entry:
    """One line: the article (a link to its editor), what to say of it, when it goes live."""

    page: object
    note: str = ""
    when: datetime | None = None


@dataclass(frozen=True)
class Section:
    entries: list
    heading: str = ""  # none for the panel's main list, under the panel's own heading
    empty: str = field(default_factory=lambda: _("None"))
    when_format: str = "DATETIME_FORMAT"


@dataclass(frozen=True)
class Action:
    label: str
    url: str
    icon: str = "plus"


class DashboardPanel(Component):
    """A panel of article lists; `contents(request)` gives its sections and, optionally, an
    action button above them (None or an Action), computed only when the panel renders."""

    template_name = "editorial/dashboard/panel.html"
    order = 90

    def __init__(self, request, name, heading, contents):
        self.request = request
        self.name = name
        self.heading = heading
        self.contents = contents

    def get_context_data(self, parent_context):
        sections, action = self.contents(self.request)
        return {
            "panel_id": self.name.replace("_", "-"),
            "heading": self.heading,
            "action": action,
            "sections": sections,
        }


def _changes_note(task_state):
    """« the chief's comment » (who sent it back)."""
    parts = []
    if task_state.comment:
        parts.append(f"« {task_state.comment} »")
    if task_state.finished_by:
        parts.append(f"({_name(task_state.finished_by)})")
    return " ".join(parts)


def writer_contents(request):
    mine = list(
        ArticlePage.objects.filter(owner=request.user)
        .only("id", "title", "live", "has_unpublished_changes", "last_published_at")
        .order_by("-latest_revision_created_at", "-pk")
    )
    ids = [page.pk for page in mine]
    states = _states(ids)
    in_review = states[WorkflowState.STATUS_IN_PROGRESS]
    needs_changes = states[WorkflowState.STATUS_NEEDS_CHANGES]
    scheduled = {
        int(rev.object_id): rev.approved_go_live_at
        for rev in Revision.page_revisions.filter(
            object_id__in=[str(pk) for pk in ids], approved_go_live_at__isnull=False
        )
    }
    busy = in_review.keys() | needs_changes.keys() | scheduled.keys()
    published = sorted(
        (p for p in mine if p.live),
        key=lambda p: p.last_published_at or timezone.now(),
        reverse=True,
    )[:RECENT]
    index = NewsIndexPage.objects.first()
    action = index and Action(
        _("New article"), reverse("wagtailadmin_pages:add", args=("news", "articlepage", index.pk))
    )
    sections = [
        Section(
            [
                Entry(p, _changes_note(needs_changes[p.pk].current_task_state))
                for p in mine
                if p.pk in needs_changes
            ],
            _("Changes requested"),
        ),
        Section([Entry(p) for p in mine if not p.live and p.pk not in busy], _("My drafts")),
        Section([Entry(p) for p in mine if p.pk in in_review], _("In review")),
        Section(
            [Entry(p, when=scheduled[p.pk]) for p in mine if p.pk in scheduled], _("Scheduled")
        ),
        Section([Entry(p) for p in published], _("Recently published")),
    ]
    return sections, action


def chief_contents(request):
    now = timezone.now()
    waiting = list(
        TaskState.objects.reviewable_by(request.user)
        .select_related("workflow_state__requested_by")
        .order_by("started_at", "pk")
    )
    scheduled = list(
        Revision.page_revisions.filter(approved_go_live_at__date=timezone.localdate()).order_by(
            "approved_go_live_at"
        )
    )
    pages = ArticlePage.objects.only("id", "title").in_bulk(
        [int(s.workflow_state.object_id) for s in waiting] + [int(r.object_id) for r in scheduled]
    )
    sections = [
        Section(
            [
                Entry(
                    pages[int(s.workflow_state.object_id)],
                    f"{_name(s.workflow_state.requested_by)}, {age(s.started_at, now)}",
                )
                for s in waiting
                if int(s.workflow_state.object_id) in pages
            ],
            empty=_("Nothing to review."),
        ),
        Section(
            [
                Entry(pages[int(r.object_id)], when=r.approved_go_live_at)
                for r in scheduled
                if int(r.object_id) in pages
            ],
            _("Scheduled today"),
            when_format="H:i",
        ),
    ]
    return sections, None


def construct_panels(request, panels):
    """The chief's group gets the review queue, any other non-superuser their own articles."""
    user = request.user
    if user.is_superuser:
        return
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") not in NOISE]
    if user.groups.filter(name=CHIEF_EDITORS).exists():
        panels.append(
            DashboardPanel(request, "newsroom_chief", _("Waiting for my review"), chief_contents)
        )
    else:
        panels.append(DashboardPanel(request, "newsroom_writer", _("My articles"), writer_contents))


# Reports the project serves to superusers only (newsroom/urls.py): their menu items would
# send anyone else back to the dashboard with a permission message.
SUPERUSER_ONLY_REPORTS = {"page-types-usage"}


def construct_reports_menu(request, items):
    if not request.user.is_superuser:
        items[:] = [item for item in items if item.name not in SUPERUSER_ONLY_REPORTS]
