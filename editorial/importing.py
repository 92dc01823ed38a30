"""Import one article written by the AI pipeline: a draft, submitted to the news workflow.

Used by ``manage.py import_article PATH [--submit-as USERNAME] [--no-submit]``. The whole
file is checked before anything is written; the image, the page, its revision and the
workflow submission are then created in one transaction, so a refused or failed import
leaves nothing behind, stored image file included. Every problem of the file is reported
in one run, each with its field named, in French, in the order of the file:
``body[2].value.quote: ce champ est obligatoire``. A file that is not readable UTF-8 JSON
gets one sentence instead (editorial/import_json.py), with line and column for a syntax error.

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

import errno
import re
from functools import partial
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

from editorial.import_json import (
    REQUIRED,
    ArticleImportError,
    Problems,
    json_list,
    json_object,
    json_text,
    kind,
    read_json,
    refuse,
    shown,
)
from editorial.roles import EDITORS
from news.models import ArticlePage, ArticleSource, Category, CreditedImage, NewsIndexPage
from operations.text import single_line
from operations.upload_forms import decode_every_frame

KEYS = {"title", "slug", "standfirst", "body", "categories", "tags", "sources", "hero_image"}
KEYS.add("provenance")
# JSON key → CreditedImage field: the alternative text is the image's default one.
HERO = {"title": "title", "alt_text": "description", "photographer": "photographer"}
HERO |= {"credit_source": "credit_source", "source_url": "source_url", "licence": "licence"}
PROVENANCE = ["ai_model", "ai_model_version", "prompt_reference"]
# Image and embed blocks need objects the pipeline does not have.
BLOCK_TYPES = {"paragraph", "heading", "pull_quote", "block_quote", "fact_box"}
SCRIPTS = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


class ImportResult(NamedTuple):
    page: ArticlePage
    workflow_state: WorkflowState | None  # None: the article stays a plain draft
    status: str


def _line(value, path, limit):
    return single_line(json_text(value, path, limit, True))


def _strings(value, path, problems, limit=None):
    """Names on one line (tags, slugs), as they will be stored; None where one is refused."""
    items = enumerate(json_list(value, path))
    return [problems.check(_line, item, f"{path}[{i}]", limit) for i, item in items]


def _field(value, path, field, required):
    value = json_text(value, path, field.max_length, required)  # a TextField's binds only forms
    try:
        if value and isinstance(field, models.URLField):
            URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        refuse(path, "adresse invalide")
    return value


def _fields(data, prefix, model, keys, problems, required=()):
    """{model field: text} for the JSON keys (a list, or a dict of JSON key → field name)."""
    values = {}
    for key, name in (keys if isinstance(keys, dict) else {key: key for key in keys}).items():
        field = model._meta.get_field(name)
        values[name] = problems.check(_field, data.get(key), prefix + key, field, key in required)
    return values


def _slug(raw, title, index, page=None):
    limit = ArticlePage._meta.get_field("slug").max_length
    if raw is None:
        slug = slugify(title)[:limit].strip("-")
        if not slug:
            refuse("slug", "le titre n'en donne aucun : indiquez-en un")
    else:
        slug = json_text(raw, "slug", limit, required=True)
    try:
        validate_slug(slug)
    except ValidationError:
        refuse("slug", "lettres sans accents, chiffres et tirets uniquement")
    siblings = index.get_children().exclude(pk=page.pk if page else None) if index else None
    if siblings is not None and siblings.filter(slug=slug).exists():
        refuse("slug", f"« {slug} » est déjà pris dans les actualités")
    return slug


def _flatten(error, path, positions=None):
    """(path, message) for each leaf of a StreamBlock or StructBlock validation error;
    positions: the file's position of each block that was cleaned."""
    if isinstance(error, StreamBlockValidationError | StructBlockValidationError):
        for child in error.non_block_errors.as_data():
            yield from _flatten(child, path)
        for key, child in error.block_errors.items():
            if isinstance(error, StreamBlockValidationError):
                yield from _flatten(child, f"{path}[{positions[key] if positions else key}].value")
            else:
                yield from _flatten(child, f"{path}.{key}")
    else:
        for leaf in error.error_list:  # Django and Wagtail word « required » differently
            text = leaf.messages[0][:1].lower() + leaf.messages[0][1:].rstrip(".")  # after « : »
            yield path, REQUIRED if leaf.code == "required" else text


def _block_value(block, value, path, problems):
    """Checks a block value's shape; rich text goes through the editor's own conversion."""
    if isinstance(block, blocks.StructBlock):
        value = json_object(value, path, block.child_blocks, problems)
        checked = {}
        for key in [key for key in block.child_blocks if key in value]:
            child = problems.check(
                _block_value, block.child_blocks[key], value[key], f"{path}.{key}", problems
            )
            checked[key] = "" if child is None else child  # refused: its clean() error is left out
        return checked
    if not isinstance(block, blocks.RichTextBlock):  # every other block here holds a text
        if value is not None and not isinstance(value, str):
            refuse(path, f"texte attendu, pas {kind(value)}")
        return value
    if not isinstance(value, str):
        refuse(path, f"texte HTML attendu, pas {kind(value)}")
    converter = block.field.widget.converter  # keeps the block's features, drops the rest
    try:
        contentstate = converter.from_database_format(SCRIPTS.sub("", value))
    except AssertionError:  # the HTML parser's reaction to badly nested tags
        refuse(path, "HTML mal formé (balises mal fermées ?)")
    html = converter.to_database_format(contentstate)
    return html if strip_tags(html).strip() else ""  # empty: the block says it is required


def _block(stream_block, item, path, problems):
    item = json_object(item, path, {"type", "value"}, problems)
    name = json_text(item.get("type"), f"{path}.type", required=True)
    if name not in BLOCK_TYPES:  # to_python would silently drop it
        refuse(f"{path}.type", f"type de bloc inconnu « {shown(name)} »")
    if item.get("value") is None:
        refuse(f"{path}.value", REQUIRED)
    block = stream_block.child_blocks[name]
    return {"type": name, "value": _block_value(block, item["value"], f"{path}.value", problems)}


def _position(line):
    """The block a body line is about (body[12]… → 12), to list them in the file's order."""
    found = re.match(r"body\[(\d+)\]", line)
    return int(found[1]) if found else -1


def _body(raw, problems):
    stream_block = ArticlePage._meta.get_field("body").stream_block
    if not (raw := problems.check(json_list, raw, "body")):
        if raw is not None:
            problems.add("body", REQUIRED)
        return None
    found, items, positions = Problems(), [], []
    for position, item in enumerate(raw):
        item = found.check(_block, stream_block, item, f"body[{position}]", found)
        if item is not None:
            items.append(item)
            positions.append(position)
    value = None
    try:
        if items:
            value = stream_block.clean(stream_block.to_python(items))
    except ValidationError as error:
        refused = found.paths  # a value refused above was replaced: its error is already told
        leaves = _flatten(error, "body", positions)
        found.extend(f"{path}: {message}" for path, message in leaves if path not in refused)
    problems.extend(sorted(found, key=_position))
    return value


def _image_file(folder, name):
    path, limit = "hero_image.file", settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    file = folder / json_text(name, path, required=True)
    try:
        file = file.resolve()
        inside = file.is_relative_to(folder)
        size = file.stat().st_size if inside and file.is_file() else None
    except OSError as error:  # a name longer than the file system takes, a loop of links
        long = error.errno == errno.ENAMETOOLONG
        refuse(path, "nom de fichier trop long" if long else "fichier illisible")
    if not inside:
        refuse(path, "le fichier doit être dans le dossier du JSON")
    if size is None:
        refuse(path, "fichier introuvable")
    if size > limit:
        refuse(path, f"fichier trop lourd ({size} octets, {limit} au maximum)")
    return check_image(file, path)


def check_image(file, path):
    """file, once Pillow has read every frame of an image of an accepted format and size."""
    try:
        with file.open("rb") as handle:
            decode_every_frame(handle)  # a truncated picture too, as the upload forms refuse it
            with Image.open(handle) as picture:
                found, (width, height) = (picture.format or "").lower(), picture.size
    except Exception:  # Pillow raises all kinds of errors on what is not an image
        refuse(path, "ce fichier n'est pas une image")
    allowed = settings.WAGTAILIMAGES_EXTENSIONS
    if found not in allowed or file.suffix.lower().lstrip(".") not in allowed:
        refuse(path, f"format refusé (acceptés : {', '.join(allowed)})")
    if width * height > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
        refuse(path, f"image trop grande ({width} × {height} pixels)")
    return file


def _date(raw, path):
    if not isinstance(raw, str):
        refuse(path, f"texte attendu, pas {kind(raw)}")
    try:
        moment = parse_datetime(raw)
    except ValueError:  # well formed but impossible, such as a 13th month
        moment = None
    if moment is None:
        refuse(path, f"date invalide « {shown(raw)} » (attendu : 2026-11-20T10:00:00+01:00)")
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment


def read_article(path, index):
    """The checked content of the JSON file at path; raises ArticleImportError with every
    problem found. index: the news index (None: the slug's uniqueness is not checked)."""
    path = Path(path)
    data = read_json(path)
    return check_article(data, index, ("file", partial(_image_file, path.parent.resolve())))


def check_article(data, index, hero_file, provenance_required=("ai_model",), draft=None):
    """The checked content of the decoded JSON object data, as read_article gives it.
    hero_file: (the hero image's key, a function of its value that returns the image's
    checked file or refuses it); draft: the page this content will update, if any."""
    problems = Problems()
    data = json_object(data, "", KEYS, problems)
    page = _fields(data, "", ArticlePage, ["title"], problems, {"title"})
    if page["title"] or data.get("slug") is not None:
        page["slug"] = problems.check(_slug, data.get("slug"), page["title"] or "", index, draft)
    page |= _fields(data, "", ArticlePage, ["standfirst"], problems, {"standfirst"})
    page["body"] = _body(data.get("body"), problems)
    article = {"page": page, "image": None, "file": None, "sources": []}

    slugs = problems.check(_strings, data.get("categories"), "categories", problems) or []
    known = {c.slug: c for c in Category.objects.filter(slug__in=filter(None, slugs))}
    for i, slug in enumerate(slugs):
        if slug is not None and slug not in known:
            problems.add(f"categories[{i}]", f"rubrique inconnue « {shown(slug)} »")
    article["categories"] = list(known.values())
    tag_limit = Tag._meta.get_field("name").max_length
    tags = problems.check(_strings, data.get("tags"), "tags", problems, tag_limit) or []
    article["tags"] = [tag for tag in tags if tag is not None]
    for i, item in enumerate(problems.check(json_list, data.get("sources"), "sources") or []):
        item = problems.check(json_object, item, f"sources[{i}]", {"name", "url"}, problems)
        if item is not None:
            keys, prefix = ["name", "url"], f"sources[{i}]."
            fields = _fields(item, prefix, ArticleSource, keys, problems, {"name"})
            article["sources"].append(ArticleSource(sort_order=i, **fields))

    if data.get("hero_image") is not None:
        keys = {*HERO, hero_file[0], "caption"}
        hero = problems.check(json_object, data["hero_image"], "hero_image", keys, problems)
        if hero is not None:
            image = _fields(hero, "hero_image.", CreditedImage, HERO, problems, {"alt_text"})
            article["image"] = {**image, "title": image["title"] or page["title"]}
            page |= _fields(hero, "hero_image.", ArticlePage, {"caption": "hero_caption"}, problems)
            article["file"] = problems.check(hero_file[1], hero.get(hero_file[0]))

    allowed = [*PROVENANCE, "generated_at"]
    raw = {} if data.get("provenance") is None else data["provenance"]
    provenance = problems.check(json_object, raw, "provenance", allowed, problems)
    if provenance is not None:
        required = set(provenance_required)
        page |= _fields(provenance, "provenance.", ArticlePage, PROVENANCE, problems, required)
        if provenance.get("generated_at") is None and "generated_at" in required:
            problems.add("provenance.generated_at", REQUIRED)
        elif provenance.get("generated_at") is not None:
            page["generated_at"] = problems.check(
                _date, provenance["generated_at"], "provenance.generated_at"
            )
    if problems:
        raise ArticleImportError(problems)
    return article


def find_submitter(username=None):
    """The named active user, or else the first active member of the editors' group."""
    users = get_user_model().objects.filter(is_active=True).order_by("pk")
    if username:
        user = users.filter(**{get_user_model().USERNAME_FIELD: username}).first()
        if user is None:
            refuse("--submit-as", f"utilisateur inconnu ou inactif « {shown(username)} »")
        return user
    if (user := users.filter(groups__name=EDITORS).first()) is None:
        refuse("--submit-as", f"aucun membre actif du groupe « {EDITORS} »")
    return user


def import_article(path, submitter=None, submit=True):
    """Creates the draft and submits it, all or nothing; returns an ImportResult. submitter:
    a user, or the name given to --submit-as (None: the first active editor)."""
    problems = Problems()
    if not isinstance(submitter, get_user_model()):
        submitter = problems.check(find_submitter, submitter)
    index = NewsIndexPage.objects.first()  # there is only one (max_count = 1)
    if index is None:
        problems.add("actualités", "la page d'index n'existe pas encore")
    elif submitter and not index.permissions_for_user(submitter).can_add_subpage():
        problems.add("--submit-as", f"« {submitter} » n'a pas le droit de créer un article")
    article = problems.check(read_article, path, index)
    if problems:
        raise ArticleImportError(problems)
    return save_article(article, index, submitter, submit)


def save_article(article, index, submitter, submit=True, page=None):
    """Creates (or, given page, updates) the draft of a checked article and submits it, all
    or nothing; returns an ImportResult."""
    stored = []  # files written to storage: a rollback does not remove them
    try:
        with transaction.atomic():
            return _create(article, index, submitter, submit, stored, page)
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


def _create(article, index, user, submit, stored, page=None):
    if page is None:
        page = ArticlePage(owner=user, live=False, **article["page"])
    else:  # a new revision of an existing draft: what the file leaves out is cleared
        page.hero_image, page.hero_caption, page.generated_at = None, "", None
        for name, value in article["page"].items():
            setattr(page, name, value)
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
    if page.pk is None:
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
