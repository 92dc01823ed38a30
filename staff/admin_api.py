"""The admin's JSON API, narrowed as the admin's own views are
(tests/staff/test_admin_api_access.py).

Stock Wagtail 8 lists every image and document outside collections with a view restriction
the request fails (a members-only collection is open to any staff member, whatever their
rights), and names each page by its next, unpublished title. Here: images and documents only
where the user has a right on them, and a page's unpublished title only to its editors."""

from django.core.exceptions import PermissionDenied
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.api.v2.utils import BadRequestError
from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

# What lets a user see an image or a document in the admin: its chooser, or its listing.
SEEING = ["choose", "change", "delete"]


class NumericFindMixin:
    def find_object(self, queryset, request):
        if not request.GET.get("id", "0").isdigit():
            raise BadRequestError("id must be a number")
        return super().find_object(queryset, request)


class PermittedCollectionsMixin(NumericFindMixin):
    get_model = None

    @property
    def policy(self):
        return policy_registry.get_by_type(type(self).get_model())

    def get_queryset(self):
        user = self.request.user
        if not self.policy.user_has_any_permission(user, SEEING):
            raise PermissionDenied
        seen = self.policy.instances_user_has_any_permission_for(user, SEEING)
        return super().get_queryset().filter(pk__in=seen.values("pk"))


class ImagesAPIViewSet(PermittedCollectionsMixin, ImagesAdminAPIViewSet):
    get_model = staticmethod(get_image_model)


class DocumentsAPIViewSet(PermittedCollectionsMixin, DocumentsAdminAPIViewSet):
    get_model = staticmethod(get_document_model)


def page_entries(data):
    """Every serialised page in a response: listed, detailed, nested (parent, ancestors)."""
    if isinstance(data, dict):
        if "id" in data and "admin_display_title" in data:
            yield data
        for value in data.values():
            yield from page_entries(value)
    elif isinstance(data, list):
        for value in data:
            yield from page_entries(value)


def published_titles_unless_editable(data, user):
    entries = list(page_entries(data))
    if user.is_superuser or not entries:
        return
    ids = {entry["id"] for entry in entries}
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    editable_ids = set(editable.filter(pk__in=ids).values_list("pk", flat=True))
    titles = dict(Page.objects.filter(pk__in=ids - editable_ids).values_list("pk", "title"))
    for entry in entries:
        if entry["id"] in titles:
            entry["admin_display_title"] = titles[entry["id"]]


class PagesAPIViewSet(NumericFindMixin, PagesAdminAPIViewSet):
    def finalize_response(self, request, response, *args, **kwargs):
        if getattr(response, "data", None) is not None:
            published_titles_unless_editable(response.data, request.user)
        return super().finalize_response(request, response, *args, **kwargs)


def register(router):
    router.register_endpoint("pages", PagesAPIViewSet)
    router.register_endpoint("images", ImagesAPIViewSet)
    router.register_endpoint("documents", DocumentsAPIViewSet)
