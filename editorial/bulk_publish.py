"""Bulk « Publier »: each page through the publication rule, the refused ones named, not a 500."""

from django.contrib import messages
from django.utils.translation import gettext as _
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction

from news.publication import PublicationRefused


class CheckedPublishBulkAction(PublishBulkAction):
    """Wagtail's bulk publish, where a page the rule refuses stays as it is and is reported."""

    def get_execution_context(self):
        self.refused = []
        return {**super().get_execution_context(), "refused": self.refused}

    @classmethod
    def execute_action(cls, objects, include_descendants=False, user=None, refused=None, **kwargs):
        refused = [] if refused is None else refused
        num_parent_objects, num_child_objects = 0, 0
        for page in objects:
            if cls.publish_latest(page.specific, user, refused):
                num_parent_objects += 1
            if not include_descendants:
                continue
            for descendant in page.get_descendants().not_live().defer_streamfields().specific():
                if user is None or descendant.permissions_for_user(user).can_publish():
                    num_child_objects += cls.publish_latest(descendant, user, refused)
        return num_parent_objects, num_child_objects

    @staticmethod
    def publish_latest(page, user, refused):
        revision = page.get_latest_revision() or page.save_revision(user=user)
        try:
            revision.publish(user=user)
        except PublicationRefused as refusal:
            refused.append(refusal)
            return False
        return True

    def get_success_message(self, num_parent_objects, num_child_objects):
        for refusal in self.refused:
            messages.error(
                self.request,
                _("« %(title)s » was not published: %(reasons)s")
                % {"title": refusal.page.get_admin_display_title(), "reasons": refusal},
            )
        if not (num_parent_objects or num_child_objects):
            return None
        return super().get_success_message(num_parent_objects, num_child_objects)
