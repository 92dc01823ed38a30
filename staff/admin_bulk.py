"""Bulk actions (`/admin/bulk/<app>/<model>/<action>/?id=…`), narrowed for every model at once.

Stock Wagtail 8 shows the confirmation page to anyone with admin access, naming the items the
user may not act on among the others, and answers 500 to a non-numeric id or an unknown
`childOf`. Here: ids are checked, a user with nothing to act on is refused, the items
they may not act on are named only if they may read them (pages: see `readable_pages`), and
`id=all` on a snippet listing takes what the listing shows, filtered and searched."""

from django.apps import apps
from django.core.exceptions import BadRequest, PermissionDenied
from django.http import Http404
from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import Page

from staff.admin_access import readable_pages


def checked_ids(request, model):
    ids = request.GET.getlist("id")
    if ids == ["all"]:
        parent = request.GET.get("childOf")
        if parent is not None:
            if not parent.isdigit():
                raise BadRequest("childOf must be a page id.")
            if issubclass(model, Page) and not Page.objects.filter(pk=parent).exists():
                raise Http404
        return
    if not ids or not all(value.isdigit() for value in ids):
        raise BadRequest("Not an id.")


def named_if_readable(items, user):
    pages = [item for item in items if isinstance(item, Page)]
    if not pages:
        return []
    readable = set(
        readable_pages(Page.objects.filter(pk__in=[page.pk for page in pages]), user).values_list(
            "pk", flat=True
        )
    )
    return [page for page in pages if page.pk in readable]


def listed(model, request):
    """The pks a snippet's admin listing shows for the filters and search in the request (its
    « select all in listing » sends them with `id=all`), or None for a model without one.
    Wagtail would take every row of the table: spam and the bin with the pending comments."""
    viewset = getattr(model, "snippet_viewset", None)
    if viewset is None:
        return None
    index = viewset.index_view  # the listing's view function, as its URL serves it
    view = index.view_class(**index.view_initkwargs)
    view.setup(request)
    return view.get_queryset().values_list("pk", flat=True)


def narrowed(action_class):
    class Narrowed(action_class):
        def get_all_objects_in_listing_query(self, parent_id):
            pks = listed(self.model, self.request)
            return super().get_all_objects_in_listing_query(parent_id) if pks is None else pks

        def get_actionable_objects(self):
            objects, extra = super().get_actionable_objects()
            # Besides the refused items, every list holds items the user may act on.
            others = [items for key, items in extra.items() if key != "items_with_no_access"]
            if not objects and not any(others):
                raise PermissionDenied
            no_access = extra["items_with_no_access"]
            extra["items_with_no_access"] = named_if_readable(no_access, self.request.user)
            return objects, extra

    Narrowed.__name__ = action_class.__name__
    return Narrowed


def bulk_action(request, app_label, model_name, action):
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error
    action_class = bulk_action_registry.get_bulk_action_class(app_label, model_name, action)
    if action_class is None:
        raise Http404
    checked_ids(request, model)
    return narrowed(action_class)(request, model).dispatch(request)


urlpatterns = [
    path("bulk/<str:app_label>/<str:model_name>/<str:action>/", require_admin_access(bulk_action))
]
