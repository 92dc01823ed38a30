"""Where stock Wagtail 8 shows a staff member more than their rights allow, the narrower view.

Each case is in tests/security/test_access_sweep.py and tests/staff/test_page_chooser_access.py:
a moving page's title on the move confirmation (checked on POST only), drafts, private pages and
unpublished titles in every page chooser view, snippet choosers open to any admin user, and the
latest page's title in the page types report."""

from django.core.exceptions import BadRequest, PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.urls import path
from django.utils.functional import cached_property
from wagtail.admin.views import chooser as page_chooser
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.views import chooser


def readable_pages(pages, user):
    """Live public pages, and the pages this user may edit."""
    if user.is_superuser:
        return pages
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return pages.filter(
        Q(pk__in=Page.objects.live().public().values("pk")) | Q(pk__in=editable.values("pk"))
    )


def refuse_move_without_the_right(request, page, destination):
    """The confirmation shows the page's title: only to whoever may make that move."""
    if request.user.is_superuser:
        return  # Wagtail's own checks on POST still apply
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied


def page_ids(values):
    """Page ids from a request, or a 400: Wagtail would answer 500 to `id=abc`."""
    if not all(value.isdigit() for value in values):
        raise BadRequest("Not a page id.")
    return [int(value) for value in values]


def published_title_unless_editable(page, user):
    """The admin shows a page's next, unpublished title: only to whoever may edit it."""
    if page.live and not user.is_superuser and not page.permissions_for_user(user).can_edit():
        page.draft_title = page.title
    return page


class ReadableColumn:
    """A chooser column that shows each page as `published_title_unless_editable` does."""

    def render_cell_html(self, instance, parent_context):
        user = parent_context["request"].user
        return super().render_cell_html(
            published_title_unless_editable(instance, user), parent_context
        )


class ReadableParentColumn(ReadableColumn, page_chooser.ParentPageColumn):
    """A search result's parent, named only if the user may read it."""

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        parent, user = context["raw_value"], parent_context["request"].user
        if parent is None or not readable_pages(Page.objects.filter(pk=parent.pk), user):
            context["value"] = None
        else:
            context["value"] = published_title_unless_editable(parent.specific_deferred, user)
        return context


def readable_column(column):
    if isinstance(column, page_chooser.ParentPageColumn):
        column.__class__ = ReadableParentColumn
    else:
        column.__class__ = type(type(column).__name__, (ReadableColumn, type(column)), {})
    return column


class ReadableChooserMixin:
    """Every page chooser view: ids checked, and each page shown only as the user may see it."""

    def dispatch(self, request, *args, **kwargs):
        for name in ("id", "target_pages[]", "parent_page_id"):
            page_ids([value for value in request.GET.getlist(name) if value])
        return super().dispatch(request, *args, **kwargs)

    @property
    def columns(self):
        return [readable_column(column) for column in super().columns]


class ReadableBrowseView(ReadableChooserMixin, page_chooser.BrowseView):
    def get(self, request, parent_page_id=None):
        readable = readable_pages(Page.objects.all(), request.user)
        if parent_page_id is not None:
            if not readable.filter(pk=parent_page_id).exists():
                raise Http404
        elif request.GET.get("page_type"):
            parent_page_id = self.readable_common_ancestor(request, readable).pk
        return super().get(request, parent_page_id)

    def readable_common_ancestor(self, request, readable):
        """Wagtail opens at the ancestor of every page of the type; here, of the readable ones."""
        try:
            models = page_chooser.page_models_from_string(request.GET["page_type"])
        except (ValueError, LookupError) as error:
            raise Http404 from error
        pages = readable.type(*models)
        if not pages.exists():
            return Page.get_first_root_node()
        ancestors = pages.first_common_ancestor().get_ancestors(inclusive=True)
        return readable.filter(pk__in=ancestors.values("pk")).order_by("-depth").first()


class ReadableSearchView(ReadableChooserMixin, page_chooser.SearchView):
    pass


class ReadableChosenMultipleView(ReadableChooserMixin, page_chooser.ChosenMultipleView):
    def get(self, request):
        wanted = Page.objects.filter(pk__in=page_ids(request.GET.getlist("id")))
        allowed = [
            str(pk) for pk in readable_pages(wanted, request.user).values_list("pk", flat=True)
        ]
        request.GET = request.GET.copy()
        request.GET.setlist("id", allowed)
        return super().get(request)

    def render_chosen_response(self, result):
        pages = Page.objects.filter(pk__in=[item["id"] for item in result]).specific()
        for page in pages:
            shown = published_title_unless_editable(page, self.request.user)
            for item in result:
                if item["id"] == page.pk:
                    item["adminTitle"] = shown.get_admin_display_title()
        return super().render_chosen_response(result)


def link_view(view_class):
    return type(view_class.__name__, (ReadableChooserMixin, view_class), {})


# Mounted over Wagtail's own chooser addresses (newsroom/urls.py), in front of them.
chooser_urlpatterns = [
    path("choose-page/", ReadableBrowseView.as_view()),
    path("choose-page/<int:parent_page_id>/", ReadableBrowseView.as_view()),
    path("choose-page/search/", ReadableSearchView.as_view()),
    path("choose-page/chosen-multiple/", ReadableChosenMultipleView.as_view()),
    path("choose-external-link/", link_view(page_chooser.ExternalLinkView).as_view()),
    path("choose-email-link/", link_view(page_chooser.EmailLinkView).as_view()),
    path("choose-phone-link/", link_view(page_chooser.PhoneLinkView).as_view()),
    path("choose-anchor-link/", link_view(page_chooser.AnchorLinkView).as_view()),
]


def superusers_only(view):
    def wrapped(request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def restricted_chooser_viewset(policy_factory, permissions):
    """A snippet chooser that opens only for users with one of these rights on the model."""

    class Restricted(PermissionCheckedMixin):
        any_permission_required = permissions

        @cached_property
        def permission_policy(self):
            return policy_factory()

    def restrict(view_class):
        return type(view_class.__name__, (Restricted, view_class), {})

    return type(
        "RestrictedChooserViewSet",
        (chooser.SnippetChooserViewSet,),
        {
            "choose_view_class": restrict(chooser.ChooseView),
            "choose_results_view_class": restrict(chooser.ChooseResultsView),
            "chosen_view_class": restrict(chooser.SnippetChosenView),
            "chosen_multiple_view_class": restrict(chooser.SnippetChosenMultipleView),
        },
    )
