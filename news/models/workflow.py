from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.locks import WorkflowLock
from wagtail.models import AbstractGroupApprovalTask

from news.checklist import missing_for_publication


class ReviewLock(WorkflowLock):
    """Wagtail's lock during a review, for a review that ends while a page is being drawn.

    Wagtail reads the review once to lock the editor and again for the lock's message; an
    approval committed between the two reads left the message without a workflow (a 500 on
    the writer's editor). Re-check on Wagtail upgrade: wagtail/locks.py, WorkflowLock.
    """

    def get_message(self, user):
        if not self.for_user(user):
            return None
        state = self.object.current_workflow_state
        if state is None:
            return gettext(
                "The review of this article has just ended: reload the editor to see where it is."
            )
        # Wagtail's message reads the state again: it gets the one just read.
        pinned = self.object.__dict__.pop("_current_workflow_states", None)
        self.object._current_workflow_states = [state]
        try:
            return super().get_message(user)
        finally:
            del self.object._current_workflow_states
            if pinned is not None:
                self.object._current_workflow_states = pinned


class EditorialReviewTask(AbstractGroupApprovalTask):
    """Review by the editor-in-chief's group: approval waits until the checklist holds."""

    lock_class = ReviewLock

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and missing_for_publication(self._reviewed(obj)):
            return [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve" and missing_for_publication(
            self._reviewed(task_state.revision.content_object)
        ):
            return None  # refused: get_actions does not offer it either
        if action_name == "approve":
            self._approve_own_changes(task_state, user)
        return super().on_action(task_state, user, action_name, **kwargs)

    @staticmethod
    def _approve_own_changes(task_state, user):
        """Her own saves since the task began (schedule, autosave) are part of what she approves.

        With WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT, Wagtail counts an approval only for
        the latest revision and otherwise restarts the task. When every revision after the
        task's revision is the approver's, the task moves to the latest one; a writer's change
        still needs a fresh review. Re-check on upgrade: WorkflowState.successful_task_states.
        """
        page = task_state.revision.content_object
        newer = page.revisions.filter(pk__gt=task_state.revision_id)
        latest = newer.order_by("-pk").first()
        if latest and not newer.exclude(user=user).exists():
            task_state.revision = latest
            task_state.save(update_fields=["revision"])

    @staticmethod
    def _reviewed(obj):
        """The version under review: the latest revision, not the live page."""
        obj = obj.specific
        return obj.get_latest_revision_as_object() if obj.latest_revision_id else obj

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve; approval waits for the publication checklist."
        )

    class Meta:
        verbose_name = _("editorial review")
        verbose_name_plural = _("editorial reviews")
