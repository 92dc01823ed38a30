from django.urls import include, path
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from news.comments import admin
from news.comments.models import Comment

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
