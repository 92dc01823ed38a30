"""Ids a staff member's browser sends: a value that is not one is a form error or a 400, never
a 500 (tests/test_bad_ids.py).

Wagtail 8's chooser widgets, chooser blocks and the "chosen" step of the image, document and
snippet choosers look an id up catching only DoesNotExist, so `hero_image=abc`, a page chooser
block holding `abc` or `…/chooser/chosen/abc/` raised a ValueError. Widgets and blocks now
read such a value as no choice, which the field then refuses (« Sélectionnez un choix
valide »), and the chosen step answers 404."""

from django.core.exceptions import BadRequest, ValidationError
from django.http import Http404
from wagtail.admin.views.generic.chooser import ChosenViewMixin
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


def accept_only_ids_in_choosers():
    """Called once, when the app is ready."""
    if not hasattr(BaseChooser.get_instance, "__wrapped__"):
        BaseChooser.get_instance = only_ids(BaseChooser.get_instance)
        ChooserBlock.value_from_form = only_ids(ChooserBlock.value_from_form)
        ChosenViewMixin.get_object = chosen_only_by_id(ChosenViewMixin.get_object)


def refuse_copy_to_an_unknown_parent(request, page):
    """Wagtail's copy view reads the new parent's id before its form checks it."""
    if request.method == "POST":
        parent = request.POST.get("new_parent_page", "")
        if not parent.isdigit():
            raise BadRequest("new_parent_page must be a page id.")
        if not Page.objects.filter(pk=parent).exists():
            raise Http404
