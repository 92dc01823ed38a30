"""Import one article written by the AI pipeline: a draft, submitted to the news workflow.

Used by ``manage.py import_article PATH [--submit-as USERNAME] [--no-submit]``. The whole
file is checked before anything is written; the image, the page, its revision and the
workflow submission are then created in one transaction, so a refused or failed import
leaves nothing behind, stored image file included. The first problem found stops the
import (the body's are reported together), with its field named, in French:
``body[2].value.quote: ce champ est obligatoire``.

The file is UTF-8 JSON (the comments here are not JSON). Required: title, standfirst, body
and provenance.ai_model; unknown keys are refused at every level::

    {
      "title": "…",                         // 255 characters at most
      "slug": "optional-slug",              // a-z 0-9 -; default slugify(title); unique
      "standfirst": "…",                    // 400 characters at most
      "body": [                             // ArticleBodyBlock, without image and embed
        {"type": "paragraph", "value": "<p>…</p>"},
        {"type": "heading", "value": {"text": "…", "level": "h2"}},
        {"type": "pull_quote", "value": {"quote": "…", "attribution": ""}},
        {"type": "block_quote", "value": {"text": "<p>…</p>", "source": "…"}},
        {"type": "fact_box", "value": {"title": "En bref", "text": "<ul><li>…</li></ul>"}}
      ],
      "categories": ["technologie"],        // slugs of existing categories
      "tags": ["OpenAI", "Meta"],
      "sources": [{"name": "Techcrunch", "url": "https://techcrunch.com/…"}],
      "hero_image": {                       // optional; if present, file and alt_text required
        "file": "hero.jpg",                 // relative to the JSON file, inside its folder
        "title": "…", "alt_text": "…", "photographer": "…", "credit_source": "Unsplash",
        "source_url": "https://…", "licence": "Licence Unsplash", "caption": "optional"
      },                                    // Pillow-readable, WAGTAILIMAGES_* limits
      "provenance": {"ai_model": "…", "ai_model_version": "…",
                     "generated_at": "2026-11-20T10:00:00+01:00",  // ISO 8601
                     "prompt_reference": "brief-2026-11-20-03"}
    }

Rich text goes through the editor's own conversion, as if typed in the admin: only the
block's features survive (other tags are dropped, their text kept). A complete example:
tests/data/import/article.json.
"""

import json
import re
from pathlib import Path
from typing import NamedTuple

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.validators import URLValidator, validate_slug
from django.db import models, transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.html import strip_tags
from django.utils.text import slugify
from PIL import Image
from taggit.models import Tag
from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import WorkflowState

from news.models import ArticlePage, ArticleSource, Category, CreditedImage, NewsIndexPage
from newsroom.roles import EDITORS
from newsroom.text import clean_data, single_line
from newsroom.upload_forms import decode_every_frame

KEYS = {"title", "slug", "standfirst", "body", "categories", "tags", "sources", "hero_image"}
KEYS.add("provenance")
# JSON key → CreditedImage field: the alternative text is the image's default one.
HERO = {"title": "title", "alt_text": "description", "photographer": "photographer"}
HERO |= {"credit_source": "credit_source", "source_url": "source_url", "licence": "licence"}
PROVENANCE = ["ai_model", "ai_model_version", "prompt_reference"]
# Image and embed blocks need objects the pipeline does not have.
BLOCK_TYPES = {"paragraph", "heading", "pull_quote", "block_quote", "fact_box"}
REQUIRED = "ce champ est obligatoire"
SCRIPTS = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


class ArticleImportError(Exception):
    """A refused import: ``errors`` holds « field: message » lines, in French."""

    def __init__(self, errors):
        self.errors = [errors] if isinstance(errors, str) else list(errors)
        super().__init__("\n".join(self.errors))


class ImportResult(NamedTuple):
    page: ArticlePage
    workflow_state: WorkflowState | None  # None: the article stays a plain draft
    status: str


def _refuse(path, message):
    raise ArticleImportError(f"{path}: {message}")


def _object(value, path, allowed):
    if not isinstance(value, dict):
        _refuse(path or "document", "objet JSON attendu")
    if unknown := sorted(set(value) - set(allowed)):
        raise ArticleImportError([f"{path}.{key}: clé inconnue".lstrip(".") for key in unknown])
    return value


def _list(value, path):
    if value is not None and not isinstance(value, list):
        _refuse(path, "liste attendue")
    return value or []


def _text(value, path, limit=None, required=False):
    if not isinstance(value or "", str):
        _refuse(path, "texte attendu")
    value = (value or "").strip()
    if required and not value:
        _refuse(path, REQUIRED)
    if limit and len(value) > limit:
        _refuse(path, f"{len(value)} caractères, {limit} au maximum")
    return value


def _strings(value, path, limit=None):
    """Names on one line (tags, slugs): looked up as they will be stored."""
    items = enumerate(_list(value, path))
    return [single_line(_text(item, f"{path}[{i}]", limit, True)) for i, item in items]


def _fields(data, prefix, model, keys, required=()):
    """{model field: text} for the JSON keys (a list, or a dict of JSON key → field name)."""
    values = {}
    for key, name in (keys if isinstance(keys, dict) else {key: key for key in keys}).items():
        field = model._meta.get_field(name)  # a TextField's max_length binds only forms: check it
        value = _text(data.get(key), prefix + key, field.max_length, key in required)
        try:
            if value and isinstance(field, models.URLField):
                URLValidator(schemes=["http", "https"])(value)
        except ValidationError:
            _refuse(prefix + key, "adresse invalide")
        values[name] = value
    return values


def _slug(raw, title, index):
    slug = slugify(title) if raw is None else raw
    try:
        validate_slug(slug)
    except ValidationError:
        _refuse("slug", "lettres sans accents, chiffres et tirets uniquement")
    if index.get_children().filter(slug=slug).exists():
        _refuse("slug", f"« {slug} » est déjà pris dans les actualités")
    return slug


def _flatten(error, path):
    """(path, message) for each leaf of a StreamBlock or StructBlock validation error."""
    if isinstance(error, StreamBlockValidationError | StructBlockValidationError):
        for child in error.non_block_errors.as_data():
            yield from _flatten(child, path)
        in_stream = isinstance(error, StreamBlockValidationError)
        for key, child in error.block_errors.items():
            yield from _flatten(child, f"{path}[{key}].value" if in_stream else f"{path}.{key}")
    else:
        for leaf in error.error_list:  # Django and Wagtail word « required » differently
            text = leaf.messages[0][:1].lower() + leaf.messages[0][1:].rstrip(".")  # after « : »
            yield path, REQUIRED if leaf.code == "required" else text


def _block_value(block, value, path):
    """Checks a block value's shape; rich text goes through the editor's own conversion."""
    if isinstance(block, blocks.StructBlock):
        value = _object(value, path, block.child_blocks)
        children = block.child_blocks.items()
        return {k: _block_value(b, value[k], f"{path}.{k}") for k, b in children if k in value}
    if not isinstance(block, blocks.RichTextBlock):
        return value
    if not isinstance(value, str):
        _refuse(path, "texte HTML attendu")
    converter = block.field.widget.converter  # keeps the block's features, drops the rest
    try:
        contentstate = converter.from_database_format(SCRIPTS.sub("", value))
    except AssertionError:  # the HTML parser's reaction to badly nested tags
        _refuse(path, "HTML mal formé (balises mal fermées ?)")
    html = converter.to_database_format(contentstate)
    return html if strip_tags(html).strip() else ""  # empty: the block says it is required


def _body(raw):
    stream_block = ArticlePage._meta.get_field("body").stream_block
    items = []
    for position, item in enumerate(_list(raw, "body")):
        path = f"body[{position}]"
        item = _object(item, path, {"type", "value"})
        if item.get("type") not in BLOCK_TYPES:  # to_python would silently drop it
            _refuse(f"{path}.type", f"type de bloc inconnu « {item.get('type')} »")
        block = stream_block.child_blocks[item["type"]]
        value = _block_value(block, item.get("value"), f"{path}.value")
        items.append({"type": item["type"], "value": value})
    if not items:
        _refuse("body", REQUIRED)
    try:
        return stream_block.clean(stream_block.to_python(items))
    except ValidationError as error:  # every error of the body at once
        raise ArticleImportError([f"{p}: {m}" for p, m in _flatten(error, "body")]) from error


def _image_file(folder, name):
    path, limit = "hero_image.file", settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    file = (folder / _text(name, path, required=True)).resolve()
    if not file.is_relative_to(folder):
        _refuse(path, "le fichier doit être dans le dossier du JSON")
    if not file.is_file():
        _refuse(path, "fichier introuvable")
    if (size := file.stat().st_size) > limit:
        _refuse(path, f"fichier trop lourd ({size} octets, {limit} au maximum)")
    try:
        with file.open("rb") as handle:
            decode_every_frame(handle)  # a truncated picture too, as the upload forms refuse it
            with Image.open(handle) as picture:
                kind, (width, height) = (picture.format or "").lower(), picture.size
    except Exception:  # Pillow raises all kinds of errors on what is not an image
        _refuse(path, "ce fichier n'est pas une image")
    allowed = settings.WAGTAILIMAGES_EXTENSIONS
    if kind not in allowed or file.suffix.lower().lstrip(".") not in allowed:
        _refuse(path, f"format refusé (acceptés : {', '.join(allowed)})")
    if width * height > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
        _refuse(path, f"image trop grande ({width} × {height} pixels)")
    return file


def _date(raw, path):
    try:
        moment = parse_datetime(raw) if isinstance(raw, str) else None
    except ValueError:  # well formed but impossible, such as a 13th month
        moment = None
    if moment is None:
        _refuse(path, f"date invalide « {raw} » (attendu : 2026-11-20T10:00:00+01:00)")
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment


def read_article(path, index):
    """The checked content of the JSON file at path; raises ArticleImportError."""
    path = Path(path)
    try:
        # Control characters and lone surrogates out before anything is checked or looked up.
        data = _object(clean_data(json.loads(path.read_text(encoding="utf-8"))), "", KEYS)
    except FileNotFoundError as error:
        raise ArticleImportError(f"{path}: fichier introuvable") from error
    except json.JSONDecodeError as error:
        message = f"{path}: JSON invalide ligne {error.lineno} ({error.msg})"
        raise ArticleImportError(message) from error
    except (OSError, UnicodeError) as error:
        raise ArticleImportError(f"{path}: lecture impossible ({error})") from error
    page = _fields(data, "", ArticlePage, ["title", "standfirst"], {"title", "standfirst"})
    page["slug"] = _slug(data.get("slug"), page["title"], index)
    page["body"] = _body(data.get("body"))
    article = {"page": page, "image": None, "file": None}

    slugs = _strings(data.get("categories"), "categories")
    article["categories"] = list(Category.objects.filter(slug__in=slugs))
    for slug in set(slugs) - {category.slug for category in article["categories"]}:
        _refuse("categories", f"rubrique inconnue « {slug} »")
    tag_limit = Tag._meta.get_field("name").max_length
    article["tags"] = _strings(data.get("tags"), "tags", tag_limit)
    article["sources"] = []
    for i, item in enumerate(_list(data.get("sources"), "sources")):
        item = _object(item, f"sources[{i}]", {"name", "url"})
        fields = _fields(item, f"sources[{i}].", ArticleSource, ["name", "url"], {"name"})
        article["sources"].append(ArticleSource(sort_order=i, **fields))

    if data.get("hero_image") is not None:
        hero = _object(data["hero_image"], "hero_image", {*HERO, "file", "caption"})
        image = _fields(hero, "hero_image.", CreditedImage, HERO, {"alt_text"})
        article["image"] = {**image, "title": image["title"] or page["title"]}
        page |= _fields(hero, "hero_image.", ArticlePage, {"caption": "hero_caption"})
        article["file"] = _image_file(path.parent.resolve(), hero.get("file"))

    allowed = [*PROVENANCE, "generated_at"]
    provenance = _object(data.get("provenance") or {}, "provenance", allowed)
    page |= _fields(provenance, "provenance.", ArticlePage, PROVENANCE, {"ai_model"})
    if provenance.get("generated_at") is not None:
        page["generated_at"] = _date(provenance["generated_at"], "provenance.generated_at")
    return article


def find_submitter(username=None):
    """The named active user, or else the first active member of the editors' group."""
    users = get_user_model().objects.filter(is_active=True).order_by("pk")
    if username:
        user = users.filter(**{get_user_model().USERNAME_FIELD: username}).first()
        if user is None:
            _refuse("--submit-as", f"utilisateur inconnu ou inactif « {username} »")
        return user
    if (user := users.filter(groups__name=EDITORS).first()) is None:
        _refuse("--submit-as", f"aucun membre actif du groupe « {EDITORS} »")
    return user


def import_article(path, submitter, submit=True):
    """Creates the draft and submits it, all or nothing; returns an ImportResult."""
    index = NewsIndexPage.objects.first()  # there is only one (max_count = 1)
    if index is None:
        _refuse("actualités", "la page d'index n'existe pas encore")
    if not index.permissions_for_user(submitter).can_add_subpage():
        _refuse("--submit-as", f"« {submitter} » n'a pas le droit de créer un article")
    article = read_article(path, index)
    stored = []  # files written to storage: a rollback does not remove them
    try:
        with transaction.atomic():
            return _create(article, index, submitter, submit, stored)
    except BaseException as error:
        for file in stored:
            file.storage.delete(file.name)
        if isinstance(error, ValidationError):  # the models' own checks, as a last resort
            fields = error.message_dict if hasattr(error, "error_dict") else {"": error.messages}
            raise ArticleImportError(
                f"{field.replace('__all__', '') or 'article'}: {message}"
                for field, messages in fields.items()
                for message in messages
            ) from error
        raise


def _create(article, index, user, submit, stored):
    page = ArticlePage(owner=user, live=False, **article["page"])
    if article["file"]:
        image = CreditedImage(uploaded_by_user=user, **article["image"])
        with article["file"].open("rb") as handle:
            image.file.save(article["file"].name, File(handle), save=False)
        stored.append(image.file)
        image._set_image_file_metadata()  # size and hash, as Wagtail's upload form sets them
        image.file.close()
        image.save()
        page.hero_image = image
    page.categories.set(article["categories"])
    page.tags.set(article["tags"])
    page.sources.set(article["sources"])
    index.add_child(instance=page)
    page.save_revision(user=user, log_action=True)

    if not submit:
        return ImportResult(page, None, "non soumis (--no-submit), l'article reste en brouillon")
    workflow = page.get_workflow()
    # Without an active task, a workflow would approve, and so publish, the article at once.
    if workflow is None or not workflow.tasks.filter(active=True).exists():
        return ImportResult(page, None, "aucun processus de validation actif, reste en brouillon")
    state = workflow.start(page, user)
    step = state.current_task_state.task.name
    return ImportResult(page, state, f"soumis au processus « {workflow.name} », étape « {step} »")
