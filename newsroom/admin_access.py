"""Where stock Wagtail 8 shows a staff member more than their rights allow, the narrower view.

Each case is in tests/test_access_sweep.py: a moving page's title on the move confirmation
(checked on POST only), drafts and private pages in the page chooser, snippet choosers open to
any admin user, and the latest page's title in the page types report."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.functional import cached_property
from wagtail.admin.views.chooser import ChosenMultipleView
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


class ReadableChosenMultipleView(ChosenMultipleView):
    def get(self, request):
        pages = readable_pages(Page.objects.filter(pk__in=request.GET.getlist("id")), request.user)
        allowed = [str(pk) for pk in pages.values_list("pk", flat=True)]
        request.GET = request.GET.copy()
        request.GET.setlist("id", allowed)
        return super().get(request)


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
