from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register

from news.models import ArticleSource, Category
from news.share_links.admin import ShareLinkViewSet
from staff.admin_access import readable_pages


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
register_snippet(ShareLinkViewSet)
