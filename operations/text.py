"""Which characters the site stores and writes: one rule for every text, in and out.

XML 1.0 forbids the C0 control characters but tab, newline and carriage return, lone
surrogates, U+FFFE and U+FFFF; DEL and the C1 range are allowed but mean nothing in a text.
An AI pipeline or a paste from a word processor brings them (Word writes a line break as a
vertical tab): they never reach the database, and never a feed, sitemap or JSON-LD even
when a row holds them (written by a route that skips the models, or before this rule).

In: every save (`pre_save`) of a model of TEXT_APPS cleans its text fields, StreamField
blocks and rich text included, whoever saves it: the admin, the importer, the comment
service, a shell. Wagtail's model forms (pages, snippets, settings, tags) and the comment
form apply the same rule before they validate, so a name that differs from an existing one
only by an invisible character is a duplicate, not a database error. Where Django's own
form field reads first (StreamField blocks, the image form), NUL is refused with a form
error and the rest dropped on save. A single-line field (a CharField) also folds its line
breaks into a space: names and titles make e-mail subjects and the moderators' digest.

Out: `xml_safe()` over what each feed, sitemap, JSON-LD or plain-text export writes.
"""

import re
from functools import wraps

from django import forms
from django.db import models
from django.db.models.signals import pre_save
from django.utils.functional import Promise
from django.utils.safestring import SafeData, mark_safe
from taggit.managers import TaggableManager
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.forms.tags import TagField
from wagtail.admin.widgets import AdminAutoHeightTextInput
from wagtail.fields import StreamField

# The apps whose texts are published or mailed. Not the search log, the login records or
# the task queue: they look rows up by the raw value, and a cleaned copy would not match.
TEXT_APPS = {
    "auth",
    "comments",
    "home",
    "news",
    "notice",
    "taggit",
    "wagtailcore",
    "wagtaildocs",
    "wagtailimages",
}

# Line breaks in other software: a line break in a text, a space in a line.
_OTHER_BREAKS = re.compile("[\x0b\x0c\x85]")
_FORBIDDEN = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile("[\t ]*[\t\n\r\u2028\u2029]+[\t ]*")
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(value):
    """A text as it may be stored: forbidden characters out, other line breaks as "\\n"."""
    if not isinstance(value, str) or not _UNSAFE.search(value):
        return value
    return _FORBIDDEN.sub("", _OTHER_BREAKS.sub("\n", value))


def single_line(value):
    """A one-line text: its line breaks and tabs folded into one space, then cleaned."""
    if not isinstance(value, str):
        return value
    value = clean_text(value)
    if _LINE_BREAKS.search(value):
        value = _LINE_BREAKS.sub(" ", value).strip()
    return value


def xml_safe(value):
    """What may be written in XML, JSON or plain text: strings cleaned, through lists, tuples
    and dicts; markup already escaped stays so (removing a character adds no markup)."""
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, str):
        if not _UNSAFE.search(value):
            return value
        cleaned = _FORBIDDEN.sub("", _OTHER_BREAKS.sub(" ", value))
        return mark_safe(cleaned) if isinstance(value, SafeData) else cleaned  # noqa: S308
    if isinstance(value, dict):
        return {key: xml_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(xml_safe(item) for item in value)
    return value


def clean_output(view):
    """A view whose XML or plain-text body is written through xml_safe(): the characters only
    ever stand in text or attribute values, never in markup, so removing them is safe."""

    def clean(response):
        charset = response.charset
        response.content = xml_safe(response.content.decode(charset)).encode(charset)

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if getattr(response, "is_rendered", True):
            clean(response)
        else:  # a TemplateResponse: once rendered
            response.add_post_render_callback(clean)
        return response

    return wrapped


def clean_data(value):
    """clean_text() through lists and dicts: decoded JSON, a StreamField's stored form."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {key: clean_data(item) for key, item in value.items()}
    if isinstance(value, list):
        return [clean_data(item) for item in value]
    return value


def clean_streamfield(field, value):
    """The StreamField value cleaned, or the same object when nothing needed it."""
    if value is None:
        return value
    stored = field.get_prep_value(value)
    cleaned = clean_data(stored)
    return value if cleaned == stored else field.to_python(cleaned)


_FIELDS = {}


def _text_fields(model):
    """(attribute name, cleaner) for each text column of the model."""
    if model not in _FIELDS:
        fields = []
        for field in model._meta.concrete_fields:
            if isinstance(field, models.TextField):
                fields.append((field.attname, clean_text))
            elif isinstance(field, models.CharField):
                fields.append((field.attname, single_line))
            elif isinstance(field, StreamField):
                fields.append((field.attname, lambda value, f=field: clean_streamfield(f, value)))
        _FIELDS[model] = fields
    return _FIELDS[model]


def clean_instance(sender, instance, update_fields=None, **kwargs):
    if sender._meta.app_label not in TEXT_APPS:
        return
    for name, cleaner in _text_fields(sender):
        if update_fields is not None and name not in update_fields:
            continue
        value = getattr(instance, name)
        cleaned = cleaner(value)
        if cleaned is not value:
            setattr(instance, name, cleaned)


# ---------- Forms: the same rule before validation ----------


class CleanLineField(forms.CharField):
    """A one-line text field: line breaks folded, forbidden characters dropped."""

    def to_python(self, value):
        return single_line(super().to_python(value))


class CleanTextField(forms.CharField):
    """A multi-line text field: its lines kept, forbidden characters dropped."""

    def to_python(self, value):
        return clean_text(super().to_python(value))


class CleanTagField(TagField):
    """Tags as the admin reads them, each name cleaned before it is looked up: « IA » and
    « IA » with a control character are one tag."""

    def clean(self, value):
        names = super().clean(clean_text(value) if isinstance(value, str) else value)
        return list(dict.fromkeys(name for name in map(single_line, names) if name))


def connect():
    pre_save.connect(clean_instance, dispatch_uid="text-clean-instance")
    # Every model form of Wagtail's admin (pages, snippets, images, settings); exact classes
    # only, so e-mail, URL, slug and rich text fields keep their own form fields.
    register_form_field_override(
        models.CharField, override={"form_class": CleanLineField}, exact_class=True
    )
    register_form_field_override(
        models.TextField,
        override={"form_class": CleanTextField, "widget": AdminAutoHeightTextInput},
        exact_class=True,
    )
    register_form_field_override(TaggableManager, override=_tag_field)


def _tag_field(db_field):
    return {"form_class": CleanTagField, "tag_model": db_field.related_model}
