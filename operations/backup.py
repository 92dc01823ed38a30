"""Whole-site backups: one .tar.gz holding the database and the media files.

Members of the archive:
  data.jsonl     every row the site needs, one JSON object a line (Django's serialisation),
                 primary keys kept, content types and permissions by natural key: it loads
                 into SQLite or PostgreSQL, whichever database wrote it;
  media/<name>   every file of the default storage (local disk or S3), under its storage name;
  manifest.json  format version, date, applied migrations, rows per model, and each file
                 with its size and SHA-256, checked before a restore changes anything.

What is left out is made again on the new instance: content types and permissions (by
`migrate`), sessions (a restore logs everyone out), the search index (`update_index`), the
reference index (`rebuild_references_index`), editing sessions and queued background tasks.
Image renditions are kept, rows and files: a restored site serves its pictures at once instead
of resizing every original on its first readers' requests.
"""

import datetime
import hashlib
import io
import json
import shutil
import tarfile
import tempfile
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import django
import wagtail
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management.base import CommandError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.jsonl import Serializer as JSONLinesSerializer
from django.db import connection, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT = "newsroom-backup"
VERSION = 1
MANIFEST = "manifest.json"
DATA = "data.jsonl"
MEDIA = "media/"
CHUNK = 1024 * 1024

# Created by `migrate` on every instance; the archive names them by natural key.
MADE_BY_MIGRATE = {"contenttypes.contenttype", "auth.permission"}
# Rebuilt after a restore, or meaningless on another instance.
REGENERATED = {
    "sessions.session",
    "wagtailcore.referenceindex",
    "wagtailsearch.indexentry",
    "wagtailsearch.sqliteftsindexentry",
    "wagtailadmin.editingsession",
    "django_tasks_database.dbtaskresult",
    "pagecache.scopeversion",
}


# What the apps tell a restore, registered from their ready() (this app imports none of them).
# Rows an app's own set-up writes on a new instance (a model and the condition that picks them):
# they are not content a restore would destroy, and the archive brings its own copy.
SET_UP_ROWS = {}
# What an app keeps in the cache from the database, to forget once a restore has replaced it.
AFTER_RESTORE = []


def set_up_rows(model, condition):
    SET_UP_ROWS[model] = SET_UP_ROWS[model] | condition if model in SET_UP_ROWS else condition


def after_restore(function):
    if function not in AFTER_RESTORE:
        AFTER_RESTORE.append(function)
    return function


def label(model):
    return model._meta.label_lower


def database_models():
    """Every concrete table Django knows here, many-to-many tables included, by label."""
    tables = set(connection.introspection.table_names())
    found = [
        model
        for model in apps.get_models(include_auto_created=True)
        if not model._meta.proxy and model._meta.managed and model._meta.db_table in tables
    ]
    return sorted(found, key=label)


def stored_models():
    """The models whose rows go into the archive."""
    skipped = MADE_BY_MIGRATE | REGENERATED
    return [model for model in database_models() if label(model) not in skipped]


def applied_migrations():
    applied = MigrationRecorder(connection).applied_migrations()
    return sorted(f"{app}.{name}" for app, name in applied)


class FullPrecisionEncoder(DjangoJSONEncoder):
    """Django's encoder, without cutting times to the millisecond."""

    def default(self, o):
        if isinstance(o, (datetime.datetime, datetime.time)):
            return o.isoformat()
        return super().default(o)


class RowSerializer(JSONLinesSerializer):
    """Rows as they are: many-to-many tables as tables, content types and permissions by key."""

    natural_keys = {}

    def handle_m2m_field(self, obj, field):
        pass  # the through table is a model of its own in the archive

    def handle_fk_field(self, obj, field):
        keys = self.natural_keys.get(field.remote_field.model)
        value = field.value_from_object(obj)
        if keys is None or value is None:
            return super().handle_fk_field(obj, field)
        self._current[field.name] = keys[value]


def _counted(rows, counts, key):
    for row in rows:
        counts[key] = counts.get(key, 0) + 1
        yield row


def dump_rows(stream):
    """Writes every stored row to `stream`; returns the number of rows per model."""
    serializer = RowSerializer()
    serializer.natural_keys = {
        ContentType: {ct.pk: list(ct.natural_key()) for ct in ContentType.objects.all()},
        Permission: {
            perm.pk: list(perm.natural_key())
            for perm in Permission.objects.select_related("content_type")
        },
    }
    counts = {}
    for model in stored_models():
        counts[label(model)] = 0
        rows = model._base_manager.order_by("pk").iterator(chunk_size=2000)
        serializer.serialize(
            _counted(rows, counts, label(model)), stream=stream, cls=FullPrecisionEncoder
        )
    return counts


def referenced_files():
    """The storage names that the file fields of stored rows point to."""
    names = set()
    for model in stored_models():
        for field in model._meta.local_fields:
            if isinstance(field, models.FileField):
                rows = model._base_manager.exclude(**{field.attname: ""})
                names.update(rows.values_list(field.attname, flat=True))
    return names - {None}


def storage_files(path=""):
    """Every file name in the default storage, recursively."""
    directories, files = default_storage.listdir(path)
    for name in sorted(files):
        yield f"{path}/{name}" if path else name
    for directory in sorted(directories):
        yield from storage_files(f"{path}/{directory}" if path else directory)


def _copy(source, sink):
    digest, size = hashlib.sha256(), 0
    while chunk := source.read(CHUNK):
        digest.update(chunk)
        sink.write(chunk)
        size += len(chunk)
    return size, digest.hexdigest()


def _add(tar, name, source, mtime):
    """Adds a member read from a file object; returns its size and SHA-256."""
    with tempfile.SpooledTemporaryFile(max_size=8 * CHUNK) as spool:
        size, sha256 = _copy(source, spool)
        spool.seek(0)
        info = tarfile.TarInfo(name)
        info.size, info.mtime, info.mode = size, mtime, 0o644
        tar.addfile(info, spool)
    return {"size": size, "sha256": sha256}


def _refuse_archive_inside_media(archive):
    if not isinstance(default_storage, FileSystemStorage):
        return
    if archive.resolve().is_relative_to(Path(default_storage.location).resolve()):
        raise CommandError(
            "L'archive ne peut pas être écrite dans le dossier des médias : "
            "elle s'y sauvegarderait elle-même."
        )


@contextmanager
def _consistent_read():
    """One view of the whole database while it is read, even if editors keep working."""
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


def backup(archive):
    """Writes the archive (through a temporary file: a failed backup leaves no archive)."""
    archive = Path(archive)
    _refuse_archive_inside_media(archive)
    created = timezone.now()
    mtime = int(created.timestamp())
    with tempfile.TemporaryDirectory(prefix="newsroom-backup-") as work:
        data_path = Path(work) / DATA
        with _consistent_read(), open(data_path, "w", encoding="utf-8") as stream:
            counts = dump_rows(stream)
            migrations = applied_migrations()
            content_types = {str(ct.pk): list(ct.natural_key()) for ct in ContentType.objects.all()}
            referenced = referenced_files()

        partial = archive.with_name(f".{archive.name}.partial")
        try:
            partial.unlink(missing_ok=True)
            partial.touch(mode=0o600)  # password hashes, e-mail addresses: operators only
            with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
                with open(data_path, "rb") as source:
                    data = {"name": DATA, **_add(tar, DATA, source, mtime)}
                media = []
                for name in storage_files():
                    try:
                        with default_storage.open(name, "rb") as source:
                            media.append({"name": name, **_add(tar, MEDIA + name, source, mtime)})
                    except FileNotFoundError:
                        continue  # deleted while the backup ran
                saved = {entry["name"] for entry in media}
                manifest = {
                    "format": FORMAT,
                    "version": VERSION,
                    "created_at": created.isoformat(),
                    "site_name": settings.WAGTAIL_SITE_NAME,
                    "database": connection.vendor,
                    "software": {"django": django.__version__, "wagtail": wagtail.__version__},
                    "migrations": migrations,
                    "content_types": content_types,
                    "models": counts,
                    "left_out": sorted(MADE_BY_MIGRATE | REGENERATED),
                    "data": data,
                    "media": media,
                    # Named by a row but absent from the storage: broken before the backup.
                    "missing_files": sorted(referenced - saved),
                }
                text = json.dumps(manifest, indent=1, ensure_ascii=False).encode()
                _add(tar, MANIFEST, io.BytesIO(text), mtime)
            partial.replace(archive)
        except OSError as error:
            raise CommandError(f"Sauvegarde impossible ({error}) : pas d'archive.") from error
        finally:
            partial.unlink(missing_ok=True)
    return manifest


@dataclass
class Archive:
    """A verified archive, unpacked in a temporary directory."""

    manifest: dict
    data: Path
    media: dict  # storage name -> unpacked file


def _safe_name(name):
    path = PurePosixPath(name)
    if path.is_absolute() or "\\" in name or any(part in ("", "..", ".") for part in path.parts):
        return False
    return name in (MANIFEST, DATA) or (name.startswith(MEDIA) and len(path.parts) > 1)


def _unpack(path, into):
    found = {}
    try:
        with tarfile.open(path, "r:*") as tar:
            for number, member in enumerate(tar):
                name = member.name
                if not member.isfile() or not _safe_name(name) or name in found:
                    raise CommandError(
                        f"Archive refusée : élément inattendu « {name} ». Rien n'a été restauré."
                    )
                target = into / str(number)
                with tar.extractfile(member) as source, open(target, "wb") as sink:
                    size, sha256 = _copy(source, sink)
                found[name] = (target, size, sha256)
    except (tarfile.TarError, EOFError, zlib.error, OSError) as error:
        raise CommandError(
            f"Archive illisible ou tronquée ({error}). Rien n'a été restauré."
        ) from error
    return found


def _verified(found):
    """The manifest, once every member matches it exactly."""
    if MANIFEST not in found:
        raise CommandError(
            "Archive sans manifeste : tronquée, ou pas une sauvegarde de ce site. "
            "Rien n'a été restauré."
        )
    try:
        manifest = json.loads(found[MANIFEST][0].read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT:
            raise ValueError("pas une sauvegarde du site")
        if manifest.get("version") != VERSION:
            raise ValueError(f"version {manifest.get('version')} du format, {VERSION} attendue")
        expected = {DATA: manifest["data"]}
        expected.update({MEDIA + entry["name"]: entry for entry in manifest["media"]})
        wanted = {name: (entry["size"], entry["sha256"]) for name, entry in expected.items()}
        for key in ("migrations", "models", "content_types"):
            if not isinstance(manifest.get(key), (list, dict)):
                raise KeyError(key)
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise CommandError(f"Manifeste invalide ({error}). Rien n'a été restauré.") from error

    present = set(found) - {MANIFEST}
    problems = [f"absent : {name}" for name in sorted(wanted.keys() - present)]
    problems += [f"en trop : {name}" for name in sorted(present - wanted.keys())]
    problems += [
        f"contenu modifié : {name}"
        for name in sorted(wanted.keys() & present)
        if found[name][1:] != wanted[name]
    ]
    if problems:
        shown = "\n".join(f"  {problem}" for problem in problems[:10])
        more = f"\n  … et {len(problems) - 10} autres" if len(problems) > 10 else ""
        raise CommandError(
            "L'archive ne correspond pas à son manifeste (altérée ou incomplète). "
            f"Rien n'a été restauré.\n{shown}{more}"
        )
    return manifest


@contextmanager
def opened(path):
    """Unpacks and verifies the archive before anything else happens; cleans up after."""
    work = Path(tempfile.mkdtemp(prefix="newsroom-restore-"))
    try:
        found = _unpack(path, work)
        manifest = _verified(found)
        media = {entry["name"]: found[MEDIA + entry["name"]][0] for entry in manifest["media"]}
        yield Archive(manifest=manifest, data=found[DATA][0], media=media)
    finally:
        shutil.rmtree(work, ignore_errors=True)
