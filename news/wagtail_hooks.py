from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register

from news import dashboard, review, share_links
from news.bulk_publish import CheckedPublishBulkAction
from news.models import ArticleSource, Category
from news.publication import REFUSED_LOG_ACTION
from newsroom.admin_access import readable_pages


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class TagViewSet(SnippetViewSet):
    model = Tag
    icon = "tag"
    menu_label = _("Tags")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["name"]


class ReadOnlyPermissionHelper(PermissionHelper):
    """Sources are edited within their article, under its revisions and workflow."""

    def user_can_list(self, user):
        return user.has_perm("wagtailadmin.access_admin")

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class ArticleSourceAdmin(ModelAdmin):
    """Every source cited by an article: which outlets the newsroom relies on."""

    model = ArticleSource
    menu_label = _("Sources")
    menu_icon = "link"
    menu_order = 230
    add_to_settings_menu = False
    list_display = ["name", "url", "page"]
    list_filter = ["name"]
    search_fields = ["name", "url"]
    inspect_view_enabled = False
    list_select_related = ["page"]

    permission_helper_class = ReadOnlyPermissionHelper

    def get_queryset(self, request):
        """Sources of readable articles only: a source names its article."""
        articles = readable_pages(Page.objects.all(), request.user)
        return super().get_queryset(request).filter(page__in=articles.values("pk"))


register_snippet(CategoryViewSet)
register_snippet(TagViewSet)
modeladmin_register(ArticleSourceAdmin)
register_snippet(share_links.ShareLinkViewSet)


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
