from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask

from news.checklist import missing_for_publication


class EditorialReviewTask(AbstractGroupApprovalTask):
    """Review by the editor-in-chief's group: approval waits until the checklist holds."""

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
        return super().on_action(task_state, user, action_name, **kwargs)

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
