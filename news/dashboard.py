"""The newsroom's admin dashboards: the writer's own articles and the chief's review queue.

Panels are Wagtail Components added by the `construct_homepage_panels` hook (in
news/wagtail_hooks.py); they replace Wagtail's two workflow panels, which list the same
pages without the chief's comment or the age of a request.
"""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component
from wagtail.models import Revision, TaskState, WorkflowState

from news.models import ArticlePage, NewsIndexPage
from newsroom.roles import CHIEF_EDITORS

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


def _states(status, pages):
    """{page id: workflow state} for these pages, with the task state that closed or holds it."""
    states = (
        WorkflowState.objects.filter(
            status=status,
            base_content_type__app_label="wagtailcore",
            object_id__in=[str(pk) for pk in pages],
        )
        .select_related("current_task_state__finished_by", "requested_by")
        .order_by("created_at")
    )
    return {int(state.object_id): state for state in states}


class WriterPanel(Component):
    name = "newsroom_writer"
    template_name = "news/dashboard/writer.html"
    order = 90

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        user = self.request.user
        mine = list(
            ArticlePage.objects.filter(owner=user)
            .only("id", "title", "live", "has_unpublished_changes", "last_published_at")
            .order_by("-latest_revision_created_at", "-pk")
        )
        ids = [page.pk for page in mine]
        in_review = _states(WorkflowState.STATUS_IN_PROGRESS, ids)
        needs_changes = _states(WorkflowState.STATUS_NEEDS_CHANGES, ids)
        scheduled = {
            int(rev.object_id): rev.approved_go_live_at
            for rev in Revision.page_revisions.filter(
                object_id__in=[str(pk) for pk in ids], approved_go_live_at__isnull=False
            )
        }
        index = NewsIndexPage.objects.first()
        return {
            "new_article_url": index
            and reverse("wagtailadmin_pages:add", args=("news", "articlepage", index.pk)),
            "drafts": [
                p
                for p in mine
                if not p.live
                and p.pk not in in_review
                and p.pk not in needs_changes
                and p.pk not in scheduled
            ],
            "in_review": [p for p in mine if p.pk in in_review],
            "changes_requested": [
                (p, needs_changes[p.pk].current_task_state) for p in mine if p.pk in needs_changes
            ],
            "scheduled": [(p, scheduled[p.pk]) for p in mine if p.pk in scheduled],
            "published": sorted(
                (p for p in mine if p.live),
                key=lambda p: p.last_published_at or timezone.now(),
                reverse=True,
            )[:RECENT],
        }


class ChiefPanel(Component):
    name = "newsroom_chief"
    template_name = "news/dashboard/chief.html"
    order = 90

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        user = self.request.user
        now = timezone.now()
        waiting = (
            TaskState.objects.reviewable_by(user)
            .select_related("workflow_state__requested_by")
            .order_by("started_at", "pk")
        )
        pages = ArticlePage.objects.in_bulk(
            [int(state.workflow_state.object_id) for state in waiting]
        )
        today = timezone.localdate()
        scheduled = Revision.page_revisions.filter(approved_go_live_at__date=today).order_by(
            "approved_go_live_at"
        )
        scheduled_pages = ArticlePage.objects.in_bulk([int(r.object_id) for r in scheduled])
        return {
            "waiting": [
                (pages[int(s.workflow_state.object_id)], s, age(s.started_at, now))
                for s in waiting
                if int(s.workflow_state.object_id) in pages
            ],
            "scheduled_today": [
                (scheduled_pages[int(r.object_id)], r.approved_go_live_at)
                for r in scheduled
                if int(r.object_id) in scheduled_pages
            ],
        }


def construct_panels(request, panels):
    """The chief's group gets the review queue, any other non-superuser their own articles."""
    user = request.user
    if user.is_superuser:
        return
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") not in NOISE]
    if user.groups.filter(name=CHIEF_EDITORS).exists():
        panels.append(ChiefPanel(request))
    else:
        panels.append(WriterPanel(request))


# Reports the project serves to superusers only (newsroom/urls.py): their menu items would
# send anyone else back to the dashboard with a permission message.
SUPERUSER_ONLY_REPORTS = {"page-types-usage"}


def construct_reports_menu(request, items):
    if not request.user.is_superuser:
        items[:] = [item for item in items if item.name not in SUPERUSER_ONLY_REPORTS]
