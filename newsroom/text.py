"""Which characters the site stores and writes: one rule for every text, in and out.

XML 1.0 forbids the C0 control characters but tab, newline and carriage return, lone
surrogates, U+FFFE and U+FFFF; DEL and the C1 range are allowed but mean nothing in a text.
An AI pipeline or a paste from a word processor brings them (Word writes a line break as a
vertical tab): they never reach the database, and never a feed, sitemap or JSON-LD even
when a row holds them (written by a route that skips the models, or before this rule).

In: every save of every model (`pre_save`) cleans its text fields, StreamField blocks and
rich text included, whoever saves it: the admin, the importer, the comment service, a
shell. The admin's forms apply the same rule before they validate, so a name that differs
from an existing one only by an invisible character is a duplicate, not a database error.
A single-line field (a CharField) also folds its line breaks into a space: a name or a
title is one line, and e-mail subjects and the moderators' digest are built from them.

Out: `xml_safe()` over what each feed, sitemap, JSON-LD or plain-text export writes.
"""

import re
from functools import wraps

from django.db import models
from django.db.models.signals import pre_save
from django.utils.functional import Promise
from django.utils.safestring import SafeData, mark_safe
from wagtail.fields import StreamField

# Line breaks in other software: a line break in a text, a space in a line.
_OTHER_BREAKS = re.compile("[\x0b\x0c\x85]")
_FORBIDDEN = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile("[\t\n\r\x0b\x0c\x85\u2028\u2029]+")
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
    if _LINE_BREAKS.search(value):
        value = _LINE_BREAKS.sub(" ", value).strip()
    return clean_text(value)


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


def _clean_data(value):
    """clean_text() through the lists and dicts of a StreamField's stored form."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {key: _clean_data(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_clean_data(item) for item in value]
    return value


def clean_streamfield(field, value):
    """The StreamField value cleaned, or the same object when nothing needed it."""
    if value is None:
        return value
    stored = field.get_prep_value(value)
    cleaned = _clean_data(stored)
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
    for name, cleaner in _text_fields(sender):
        if update_fields is not None and name not in update_fields:
            continue
        value = getattr(instance, name)
        cleaned = cleaner(value)
        if cleaned is not value:
            setattr(instance, name, cleaned)


def connect():
    pre_save.connect(clean_instance, dispatch_uid="text-clean-instance")
