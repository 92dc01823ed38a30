from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from editorial import dashboard, review
from editorial.bulk_publish import CheckedPublishBulkAction
from news.publication import REFUSED_LOG_ACTION

# After Wagtail's own « publish » bulk action, which it replaces.
hooks.register("register_bulk_action", CheckedPublishBulkAction, order=100)


@hooks.register("register_log_actions")
def register_publication_log_actions(actions):
    @actions.register_action(REFUSED_LOG_ACTION)
    class PublicationRefusedFormatter(LogFormatter):
        label = _("Publication refused")

        def format_message(self, log_entry):
            reasons = " ".join(log_entry.data.get("reasons", []))
            return _("Publication refused: %(reasons)s") % {"reasons": reasons}


@hooks.register("before_edit_page")
def refuse_late_workflow_action(request, page):
    return review.refuse_late_workflow_action(request, page)


hooks.register("construct_homepage_panels", dashboard.construct_panels)
hooks.register("construct_reports_menu", dashboard.construct_reports_menu)
