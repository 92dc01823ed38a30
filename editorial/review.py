"""What the « Relecture » workflow tells the person acting on it.

- An action after the review ended (two tabs, a stale editor): Wagtail answers a late approval
  in the edit view by saving a plain draft (« mise à jour »), and in the workflow action view
  with a generic « not awaiting moderation ». Both say here, in French, that the review is
  over, and change nothing.
- An action that happened: Wagtail ends approve and request-changes alike with « La page … a
  été mise à jour » in the edit view, and with nothing in the action dialog. Both routes say
  here what happened: published, scheduled for when, or sent back to whom, with the comment.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail.admin.utils import get_latest_str
from wagtail.admin.views.generic.workflow import WorkflowAction
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.views.pages.workflow import WorkflowPageViewMixin
from wagtail.models import Page

from editorial import autosave  # noqa: F401 (loaded with the review: its autosave rules for EditView)


def add_review_over_message(request, page):
    messages.error(
        request,
        _("This review is already over: « %(title)s » is no longer awaiting review.")
        % {"title": get_latest_str(page)},
    )


def refuse_late_workflow_action(request, page):
    """before_edit_page: a workflow action posted once the workflow has ended changes nothing."""
    if request.method != "POST" or not request.POST.get("action-workflow-action"):
        return None
    if page.current_workflow_task is not None:
        return None
    add_review_over_message(request, page)
    return redirect("wagtailadmin_pages:edit", page.pk)


def _not_in_moderation_error(view):
    """Wagtail's WorkflowPageViewMixin.add_not_in_moderation_error, replaced in French.

    Re-check on Wagtail upgrade: the workflow action views call this method when the page's
    workflow is no longer in progress (wagtail/admin/views/generic/workflow.py, dispatch).
    """
    add_review_over_message(view.request, view.object)


WorkflowPageViewMixin.add_not_in_moderation_error = _not_in_moderation_error


def outcome(page_pk, action_name):
    """The sentence saying what a workflow action did to the page, read back from the database."""
    page = Page.objects.get(pk=page_pk).specific
    title = get_latest_str(page)
    if action_name == "reject":
        state = page.workflow_states.order_by("-created_at", "-pk").first()
        writer = state.requested_by if state else None
        name = (writer.get_full_name() or writer.get_username()) if writer else _("the writer")
        task_state = state.current_task_state if state else None
        if task_state is not None and task_state.specific.get_comment():
            text = _("« %(title)s » was sent back to %(writer)s with your comment.")
        else:
            text = _("« %(title)s » was sent back to %(writer)s, without a comment.")
        return text % {"title": title, "writer": name}
    scheduled = page.scheduled_revision
    if scheduled is not None:
        when = formats.date_format(timezone.localtime(scheduled.approved_go_live_at), "j F Y à H:i")
        return _("« %(title)s » is approved: it will be published on %(date)s.") % {
            "title": title,
            "date": when,
        }
    if page.workflow_in_progress:
        return _("« %(title)s » is approved and goes on to the next step: %(task)s.") % {
            "title": title,
            "task": page.current_workflow_task.name,
        }
    if page.live and not page.has_unpublished_changes:
        return _("« %(title)s » is approved and published.") % {"title": title}
    return _("« %(title)s » is approved.") % {"title": title}


def _edit_view_confirmation(view, _wagtail=EditView.add_save_confirmation_message):
    """EditView.add_save_confirmation_message, saying what a workflow action did.

    Re-check on Wagtail upgrade: perform_workflow_action calls this method after on_action.
    """
    if view.request.POST.get("action-workflow-action") and getattr(view, "workflow_action", ""):
        messages.success(view.request, outcome(view.page.pk, view.workflow_action))
    else:
        _wagtail(view)


def _action_view_post(view, request, *args, _wagtail=WorkflowAction.post, **kwargs):
    """WorkflowAction.post (the dialog's route), followed by the same sentence once it acted.

    Re-check on Wagtail upgrade: the view sets task_state in setup() and acts in post().
    """
    response = _wagtail(view, request, *args, **kwargs)
    view.task_state.refresh_from_db()
    if view.task_state.status != view.task_state.STATUS_IN_PROGRESS:
        messages.success(request, outcome(view.object.pk, view.action_name))
    return response


EditView.add_save_confirmation_message = _edit_view_confirmation
WorkflowAction.post = _action_view_post
