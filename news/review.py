"""The « Relecture » workflow when an action comes after the review ended (two tabs, stale editor).

Wagtail answers a late approval in the edit view by saving a plain draft (« mise à jour »), and
in the workflow action view with a generic « not awaiting moderation ». Both say here, in
French, that the review is over, and change nothing.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.admin.utils import get_latest_str
from wagtail.admin.views.pages.workflow import WorkflowPageViewMixin


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
