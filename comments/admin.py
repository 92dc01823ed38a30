"""The moderation queue in Wagtail's admin: a snippet listing with filters, search and bulk
approve / spam / delete, a dashboard panel, and the blocklist suggestions."""

import django_filters
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet

from comments import feedback, service
from comments.models import Comment, Status
from news.models import ArticlePage
from staff.admin_access import restricted_chooser_viewset

MODERATE_PERMISSION = "comments.change_comment"


class CommentPermissionPolicy(ModelPermissionPolicy):
    """Comments come from readers only: nobody adds one in the admin."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class CommentFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Moderation status"), choices=Status.choices, empty_label=_("Any status")
    )
    article = django_filters.ModelChoiceFilter(
        label=_("Commented article"),
        queryset=lambda request: (
            ArticlePage.objects.filter(reader_comments__isnull=False).distinct().order_by("title")
        ),
    )

    class Meta:
        model = Comment
        fields = ["status", "article"]


def status_label(comment):
    return comment.get_status_display()


class CommentIndexView(IndexView):
    @cached_property
    def columns(self):
        # The first list_display column links to the comment, as Wagtail's title columns
        # do; column 0 is Wagtail's bulk-action checkbox and stays.
        columns = super().columns
        title = self._get_title_column("__str__")
        title.label = pgettext_lazy("moderation queue", "Comment")
        title.sort_key = "created_at"
        columns[1] = title
        return columns

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.request.user.has_perm("comments.change_commentsettings"):
            buttons.append(
                HeaderButton(
                    _("Blocklist suggestions"),
                    url=reverse("comments_admin:suggestions"),
                    icon_name="warning",
                )
            )
        return buttons


class CommentEditView(EditView):
    def save_instance(self):
        if "status" in self.form.changed_data:
            self.form.instance.moderated_at = timezone.now()
            self.form.instance.moderated_by = self.request.user
        return super().save_instance()


class CommentViewSet(SnippetViewSet):
    model = Comment
    # Wagtail's snippet chooser opens to any admin user; held and spam comments included,
    # these are for those who may see the moderation queue.
    chooser_viewset_class = restricted_chooser_viewset(
        lambda: CommentPermissionPolicy(Comment), ["change", "view"]
    )
    icon = "comment"
    menu_label = pgettext_lazy("admin menu", "Reader comments")
    menu_name = "reader-comments"
    menu_order = 240
    add_to_admin_menu = True
    index_view_class = CommentIndexView
    edit_view_class = CommentEditView
    list_display = [
        "__str__",
        Column("author_name", label=_("Commenter name")),
        Column("article", label=_("Commented article")),
        StatusTagColumn(
            "status",
            label=_("Moderation status"),
            accessor=status_label,
            primary=lambda comment: comment.status == Status.PUBLISHED,
        ),
        Column("spam_score", label=_("Spam score"), sort_key="spam_score"),
        Column("created_at", label=_("Posted on"), sort_key="created_at"),
    ]
    filterset_class = CommentFilterSet
    search_fields = ["author_name", "author_email", "body"]
    search_backend_name = None  # plain database search: comments stay out of search indexes
    ordering = ["-created_at", "-pk"]
    list_per_page = 50
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "article",
        "parent",
        "author_name",
        "author_email",
        "author_url",
        "body",
        "status",
        "spam_score",
        "spam_reasons",
        "created_at",
        "moderated_at",
        "moderated_by",
    ]
    panels = [
        FieldPanel("status"),
        FieldPanel("article", read_only=True),
        FieldPanel("author_name", read_only=True),
        FieldPanel("author_email", read_only=True),
        FieldPanel("author_url", read_only=True),
        FieldPanel("body", read_only=True),
        FieldPanel("spam_reasons", read_only=True),
    ]

    def get_queryset(self, request):
        return Comment.objects.select_related("article")


# ---------- Bulk actions ----------


class StatusBulkAction(SnippetBulkAction):
    """Moves the selected comments to one status; only moderators may."""

    template_name = "comments/admin/confirm_bulk_action.html"
    target_status = None
    models = [Comment]

    def check_perm(self, obj):
        return self.request.user.has_perm(MODERATE_PERMISSION)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "action": self}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        return service.moderate(objects, cls.target_status, user=user), 0

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}


class ApproveBulkAction(StatusBulkAction):
    display_name = pgettext_lazy("comment moderation", "Approve")
    action_type = "approve_comments"
    aria_label = _("Publish the selected comments")
    action_priority = 10
    target_status = Status.PUBLISHED
    question = _("Publish these comments under their articles?")

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d comment published.", "%(count)d comments published.", num_parent_objects
        ) % {"count": num_parent_objects}


class SpamBulkAction(StatusBulkAction):
    display_name = _("Mark as spam")
    action_type = "spam_comments"
    aria_label = _("Mark the selected comments as spam")
    action_priority = 20
    target_status = Status.SPAM
    question = _(
        "File these comments as spam? They leave the site, and their authors' later "
        "comments will be scored as suspect."
    )

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d comment marked as spam.",
            "%(count)d comments marked as spam.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class TrashBulkAction(StatusBulkAction):
    display_name = _("Move to the bin")
    action_type = "trash_comments"
    aria_label = _("Delete the selected comments")
    action_priority = 25
    target_status = Status.DELETED
    classes = {"serious"}
    question = _(
        "Delete these comments? They leave the site; an administrator can still restore "
        "them until they are purged."
    )

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d comment deleted.", "%(count)d comments deleted.", num_parent_objects
        ) % {"count": num_parent_objects}


BULK_ACTIONS = [ApproveBulkAction, SpamBulkAction, TrashBulkAction]


# ---------- Dashboard ----------


class PendingCommentsPanel(Component):
    name = "pending_reader_comments"
    template_name = "comments/admin/dashboard_panel.html"
    order = 150

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        counts = Comment.objects.aggregate(
            pending=Count("pk", filter=Q(status=Status.PENDING)),
            spam=Count("pk", filter=Q(status=Status.SPAM)),
        )
        queue = reverse(CommentViewSet().get_url_name("list"))
        return {
            **counts,
            "pending_url": f"{queue}?status={Status.PENDING}",
            "spam_url": f"{queue}?status={Status.SPAM}",
        }


# ---------- Blocklist suggestions ----------


class SuggestionsView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = "comments.change_commentsettings"
    template_name = "comments/admin/suggestions.html"
    page_title = _("Blocklist suggestions")
    header_icon = "warning"

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse(CommentViewSet().get_url_name("list")), "label": _("Reader comments")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "suggestions": feedback.blocklist_suggestions(),
            "settings_url": reverse("wagtailsettings:edit", args=["comments", "commentsettings"]),
        }

    def post(self, request):
        term = request.POST.get("term", "").strip()
        if term and feedback.add_to_blocklist(term):
            messages.success(request, _("« %(term)s » is now on the blocklist.") % {"term": term})
        return redirect("comments_admin:suggestions")
