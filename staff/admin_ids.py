"""Ids a staff member's browser sends: a value that is not one is a form error or a 400, never
a 500 (tests/security/test_bad_ids.py).

Wagtail 8's chooser widgets, chooser blocks and the "chosen" step of the image, document and
snippet choosers look an id up catching only DoesNotExist, so `hero_image=abc`, a page chooser
block holding `abc` or `…/chooser/chosen/abc/` raised a ValueError. Widgets and blocks now
read such a value as no choice, which the field then refuses (« Sélectionnez un choix
valide »), and the chosen step answers 404.

Numbers and addresses in a query string are the same: the workflow editor read `?p=abc` (its
list of pages) with int() and the workflow action view redirected to `?next=abc` as if it were
a view name. The list now shows its first or last page, and the action returns to the edit
view."""

from django.contrib.admin.utils import quote
from django.core.exceptions import BadRequest, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.urls import reverse
from wagtail.admin.views.generic.chooser import ChosenViewMixin
from wagtail.admin.views.generic.workflow import BaseWorkflowFormView
from wagtail.admin.views.workflows import Edit as WorkflowEdit
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.blocks.field_block import ChooserBlock
from wagtail.models import Page


def is_id_of(model, value):
    try:
        model._meta.pk.to_python(value)
    except ValidationError:
        return False
    return True


def only_ids(method):
    def checked(self, value):
        chosen = value is None or isinstance(value, self.model_class)
        if not chosen and not is_id_of(self.model_class, value):
            return None
        return method(self, value)

    checked.__wrapped__ = method
    return checked


def chosen_only_by_id(method):
    def checked(self, pk):
        if not is_id_of(self.model_class, pk):
            raise Http404
        return method(self, pk)

    checked.__wrapped__ = method
    return checked


def any_page_number(method):
    """Edit.get_paginated_pages, with Django's forgiving Paginator.get_page for `?p=`."""

    def paginated(self):
        pages = Page.objects.filter(workflowpage__workflow=self.get_object()).order_by("path")
        pages.paginator = Paginator(pages, self.MAX_PAGES)
        return pages.paginator.get_page(self.request.GET.get("p"))

    paginated.__wrapped__ = method
    return paginated


def next_only_as_a_path(method):
    """BaseWorkflowFormView.get_redirect_url: a `next` that is not a path is not followed."""

    def redirect_url(self):
        url = method(self)
        if url.startswith("/"):
            return url
        return reverse(self.redirect_url_name, args=(quote(self.object.pk),))

    redirect_url.__wrapped__ = method
    return redirect_url


def accept_only_ids_in_choosers():
    """Called once, when the app is ready. Re-check each patched method on Wagtail upgrade."""
    if not hasattr(BaseChooser.get_instance, "__wrapped__"):
        BaseChooser.get_instance = only_ids(BaseChooser.get_instance)
        ChooserBlock.value_from_form = only_ids(ChooserBlock.value_from_form)
        ChosenViewMixin.get_object = chosen_only_by_id(ChosenViewMixin.get_object)
        WorkflowEdit.get_paginated_pages = any_page_number(WorkflowEdit.get_paginated_pages)
        BaseWorkflowFormView.get_redirect_url = next_only_as_a_path(
            BaseWorkflowFormView.get_redirect_url
        )


def refuse_copy_to_an_unknown_parent(request, page):
    """Wagtail's copy view reads the new parent's id before its form checks it."""
    if request.method == "POST":
        parent = request.POST.get("new_parent_page", "")
        if not parent.isdigit():
            raise BadRequest("new_parent_page must be a page id.")
        if not Page.objects.filter(pk=parent).exists():
            raise Http404
