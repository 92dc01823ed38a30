from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from comments import admin
from comments.models import Comment

register_permission_policy(Comment, admin.CommentPermissionPolicy(Comment))
register_snippet(admin.CommentViewSet)

for action_class in admin.BULK_ACTIONS:
    hooks.register("register_bulk_action", action_class)


@hooks.register("construct_homepage_panels")
def add_pending_comments_panel(request, panels):
    if request.user.has_perm(admin.MODERATE_PERMISSION):
        panels.append(admin.PendingCommentsPanel(request))


@hooks.register("register_admin_urls")
def register_comment_admin_urls():
    urls = [path("suggestions/", admin.SuggestionsView.as_view(), name="suggestions")]
    return [path("commentaires/", include((urls, "comments_admin"), namespace="comments_admin"))]


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions):
    for action, label, message in [
        ("comments.approve", _("Approve comment"), _("Comment approved: readers see it")),
        ("comments.hold", _("Hold comment"), _("Comment back in the moderation queue")),
        ("comments.spam", _("Mark comment as spam"), _("Comment marked as spam")),
        ("comments.trash", _("Bin comment"), _("Comment moved to the bin")),
    ]:
        actions.register_action(action, label, message)
