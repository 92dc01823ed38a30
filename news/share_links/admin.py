"""Share links in the admin: creating, listing, editing and revoking them."""

from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, StatusTagColumn, UserColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets import AdminPageChooser, Button
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import CreateView, EditView, IndexView, SnippetViewSet

from news.models import ArticlePage, ShareLink
from news.share_links.signing import link_status, public_url
from staff.admin_access import restricted_chooser_viewset

REVOKE_LOG_ACTION = "news.share_link.revoke"


@hooks.register("register_log_actions")
def register_share_link_log_actions(actions):
    actions.register_action(
        REVOKE_LOG_ACTION,
        gettext_lazy("Revoke review link"),
        gettext_lazy("Review link revoked"),
    )


class ShareLinkForm(WagtailAdminModelForm):
    def clean_expires_at(self):
        expires_at = self.cleaned_data.get("expires_at")
        if expires_at and "expires_at" in self.changed_data and expires_at <= timezone.now():
            raise ValidationError(_("Choose a moment in the future. To end a link now, revoke it."))
        return expires_at


def share_link_edit_handler(*, for_update):
    # Once created, a link stays on its article: its address must never open another page.
    if for_update:
        page_panel = FieldPanel("page", read_only=True)
    else:
        page_panel = FieldPanel("page", widget=AdminPageChooser(target_models=[ArticlePage]))
    return ObjectList(
        [page_panel, FieldPanel("note"), FieldPanel("expires_at")],
        base_form_class=ShareLinkForm,
    )


class PublicURLColumn(Column):
    """The address to copy, for active links only."""

    cell_template_name = "news/share_links/url_cell.html"

    def get_value(self, instance):
        return public_url(instance) if instance.is_active else None


class RevokeButtonMixin:
    revoke_url_name = None

    def get_revoke_url(self, link):
        if (
            self.revoke_url_name
            and link.is_active
            and self.user_has_permission_for_instance("change", link)
        ):
            return reverse(self.revoke_url_name, args=[quote(link.pk)])


class ShareLinkIndexView(RevokeButtonMixin, IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if revoke_url := self.get_revoke_url(instance):
            buttons.append(
                MenuItem(_("Revoke link"), url=revoke_url, icon_name="cross", priority=25)
            )
        return buttons


class ShareLinkCreateView(CreateView):
    def save_instance(self):
        self.form.instance.created_by = self.request.user
        return super().save_instance()

    def get_success_message(self, instance):
        return _("Review link to « %(article)s » created. Its address: %(url)s") % {
            "article": instance.page.title,
            "url": public_url(instance),
        }


class ShareLinkEditView(RevokeButtonMixin, EditView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if revoke_url := self.get_revoke_url(self.object):
            buttons.append(Button(_("Revoke link"), url=revoke_url, icon_name="cross", priority=15))
        return buttons


class RevokeShareLinkView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """GET: a confirmation page; POST (with its CSRF token): the link stops working."""

    model = ShareLink
    permission_required = "change"
    template_name = "news/share_links/confirm_revoke.html"
    page_title = gettext_lazy("Revoke link")
    header_icon = "link"
    index_url_name = None
    revoke_url_name = None
    http_method_names = ["get", "post", "head", "options"]

    @cached_property
    def object(self):
        link = get_object_or_404(
            ShareLink.objects.select_related("page"), pk=unquote(str(self.kwargs["pk"]))
        )
        if not self.user_has_permission_for_instance("change", link):
            raise PermissionDenied
        return link

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return []

    def get_index_url(self):
        return reverse(self.index_url_name)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["object"] = self.object
        context["revoke_url"] = reverse(self.revoke_url_name, args=[quote(self.object.pk)])
        context["index_url"] = self.get_index_url()
        return context

    def post(self, request, *args, **kwargs):
        link = self.object
        revoked = ShareLink.objects.filter(pk=link.pk, revoked_at__isnull=True).update(
            revoked_at=timezone.now()
        )
        if revoked:
            link.refresh_from_db(fields=["revoked_at"])
            log(link, REVOKE_LOG_ACTION, user=request.user)
            messages.success(
                request,
                _("Review link to « %(article)s » revoked: it no longer opens the draft.")
                % {"article": link.page.title},
            )
        else:
            messages.warning(request, _("This review link was already revoked."))
        return redirect(self.get_index_url())


class ShareLinkViewSet(SnippetViewSet):
    model = ShareLink
    # Links name their draft: the chooser is for those who manage them.
    chooser_viewset_class = restricted_chooser_viewset(
        lambda: ModelPermissionPolicy(ShareLink), ["add", "change", "delete"]
    )
    icon = "link"
    menu_label = gettext_lazy("Review links")
    menu_order = 240
    add_to_admin_menu = True
    copy_view_enabled = False
    index_view_class = ShareLinkIndexView
    add_view_class = ShareLinkCreateView
    edit_view_class = ShareLinkEditView
    revoke_view_class = RevokeShareLinkView
    list_display = [
        "page",
        "note",
        "expires_at",
        StatusTagColumn(
            "status",
            label=gettext_lazy("Link status"),
            accessor=link_status,
            primary=lambda link: link.is_active,
        ),
        UserColumn(
            "created_by", label=capfirst(ShareLink._meta.get_field("created_by").verbose_name)
        ),
        PublicURLColumn("public_url", label=gettext_lazy("Public address")),
    ]
    ordering = ["-created_at"]
    edit_handler = share_link_edit_handler(for_update=False)

    def get_queryset(self, request):
        return ShareLink.objects.select_related("page", "created_by")

    @cached_property
    def update_edit_handler(self):
        return share_link_edit_handler(for_update=True).bind_to_model(self.model)

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(revoke_url_name=self.get_url_name("revoke"), **kwargs)

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(
            panel=self.update_edit_handler,
            form_class=self.update_edit_handler.get_form_class(),
            revoke_url_name=self.get_url_name("revoke"),
            **kwargs,
        )

    @property
    def revoke_view(self):
        return self.construct_view(
            self.revoke_view_class,
            index_url_name=self.get_url_name("list"),
            revoke_url_name=self.get_url_name("revoke"),
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(f"revoke/<{self.pk_path_converter}:pk>/", self.revoke_view, name="revoke"),
        ]
