"""`manage.py restore_site ARCHIVE`: a backup_site archive into an empty, migrated instance."""

from contextlib import suppress
from io import StringIO

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.cache import cache as default_cache
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, connection, transaction
from django.db.models import Q
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Collection, Page, PageLogEntry, Revision, Task
from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION

from notice.models import AINotice
from operations import backup
from pagecache.versions import invalidate as invalidate_page_cache

User = get_user_model()

# What `migrate` and `setup_newsroom` create on a new instance; the archive's copy replaces it.
CONFIGURATION = {
    "auth.group",
    "wagtailcore.locale",
    "wagtailcore.site",
    "wagtailcore.collection",
    "wagtailcore.grouppagepermission",
    "wagtailcore.groupcollectionpermission",
    "wagtailcore.groupsitepermission",
    "wagtailcore.workflow",
    "wagtailcore.workflowtask",
    "wagtailcore.workflowpage",
    "wagtailcore.workflowcontenttype",
}


def is_configuration(model):
    owner = model._meta.auto_created or model  # a many-to-many table goes with its model
    return backup.label(owner) in CONFIGURATION or issubclass(
        owner, (Page, Task, BaseGenericSetting, BaseSiteSetting)
    )


def existing_content():
    """Rows a restore would destroy: all but what a new instance is born with.

    Migrations make the root and the home page; anything below them is content, except the
    legal pages `setup_newsroom` writes, with their revisions and log, until someone edits
    them, and the rows the apps' set-up registered (`backup.set_up_rows`: the pipeline's
    account; the archive has its own)."""
    untouched = untouched_legal_pages()
    left_out = {
        Revision: Q(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(pk) for pk in untouched],
        ),
        PageLogEntry: Q(page_id__in=untouched),
        **backup.SET_UP_ROWS,
    }
    found = {}
    for model in backup.stored_models():
        if is_configuration(model):
            continue
        rows = model._base_manager.all()
        if model in left_out:
            rows = rows.exclude(left_out[model])
        if count := rows.count():
            found[backup.label(model)] = count
    if pages := Page.objects.filter(depth__gt=2).exclude(pk__in=untouched).count():
        found["wagtailcore.page"] = pages
    return found


def untouched_legal_pages():
    """The footer's legal pages as `setup_newsroom` wrote them: no revision by a person."""
    notice = AINotice.objects.first()
    if notice is None:
        return []
    chosen = {notice.legal_notice_page_id, notice.contact_page_id, notice.privacy_page_id} - {None}
    edited = set(
        Revision.page_revisions.filter(
            object_id__in=[str(pk) for pk in chosen], user__isnull=False
        ).values_list("object_id", flat=True)
    )
    return [pk for pk in chosen if str(pk) not in edited]


def check_migrations(manifest):
    here, there = set(backup.applied_migrations()), set(manifest["migrations"])
    if here == there:
        return
    lines = [f"  seulement dans la sauvegarde : {name}" for name in sorted(there - here)[:5]]
    lines += [f"  seulement dans cette base : {name}" for name in sorted(here - there)[:5]]
    raise CommandError(
        "La sauvegarde ne vient pas de cette version du code (migrations différentes). "
        "Restaurez avec la version qui l'a faite, dans une base migrée par elle, puis lancez "
        "`manage.py migrate`. Rien n'a été restauré.\n" + "\n".join(lines)
    )


def wipe():
    """Empties every table but content types, permissions and the migration records."""
    with connection.cursor() as cursor:
        for model in backup.database_models():
            if backup.label(model) not in backup.MADE_BY_MIGRATE:
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")


def load_rows(archive):
    # This instance's content types may carry other ids: revisions name theirs by id.
    new_ids = {}
    for old_id, (app_label, model) in archive.manifest["content_types"].items():
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        new_ids[int(old_id)] = content_type.pk
    with open(archive.data, encoding="utf-8") as stream:
        for item in serializers.deserialize("jsonl", stream):
            row = item.object
            if isinstance(row, Revision) and isinstance(row.content, dict):
                old_id = row.content.get("content_type")
                if old_id in new_ids:
                    row.content["content_type"] = new_ids[old_id]
            item.save(force_insert=True)


def check_rows(manifest):
    tables = [model._meta.db_table for model in backup.stored_models()]
    connection.check_constraints(table_names=tables)
    wrong = []
    for name, expected in manifest["models"].items():
        found = apps.get_model(name)._base_manager.count()
        if found != expected:
            wrong.append(f"  {name} : {found} au lieu de {expected}")
    if wrong:
        raise CommandError(
            "Les lignes chargées ne sont pas celles du manifeste :\n" + "\n".join(wrong)
        )


def reset_sequences():
    # PostgreSQL: the next new row must not take an id the archive brought.
    statements = connection.ops.sequence_reset_sql(no_style(), backup.database_models())
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def check_trees():
    """The page and collection trees as `fixtree` wants them; returns what had to be fixed."""
    fixed = []
    for model in (Page, Collection):
        if any(model.find_problems()):
            model.fix_tree(destructive=False)
            if any(model.find_problems()):
                raise CommandError(
                    f"L'arbre des {model._meta.verbose_name_plural} de la sauvegarde est "
                    "incohérent et n'a pas pu être réparé."
                )
            fixed.append(str(model._meta.verbose_name_plural))
    return fixed


def write_media(archive):
    """Writes every file under its own name; on failure, removes the files it added."""
    added = []
    try:
        for name, path in archive.media.items():
            existed = default_storage.exists(name)
            if existed:
                default_storage.delete(name)
            with open(path, "rb") as source:
                saved = default_storage.save(name, File(source, name=name))
            if not existed:
                added.append(saved)
            if saved != name:
                raise CommandError(f"Le stockage a renommé « {name} » en « {saved} ».")
    except Exception:
        for name in added:
            with suppress(Exception):  # the original error matters more
                default_storage.delete(name)
        raise


def forget_cached_pages():
    invalidate_page_cache()
    default_cache.delete(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION)
    for forget in backup.AFTER_RESTORE:
        forget()


class Command(BaseCommand):
    help = (
        "Restaure une archive de backup_site dans une instance neuve (base vide, migrée par "
        "la même version du code) : la base en une transaction, puis les fichiers médias ; "
        "reconstruit l'index de recherche et vide le cache des pages."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="l'archive écrite par backup_site")
        parser.add_argument(
            "--force",
            action="store_true",
            help=(
                "remplacer le contenu d'une base qui n'est pas vide : tout ce qu'elle contient "
                "(sauf types de contenu, droits et migrations) est effacé, puis la sauvegarde "
                "est chargée ; les fichiers médias absents de l'archive restent en place"
            ),
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="vérifier l'archive et la compatibilité de la base, sans rien restaurer",
        )

    def handle(self, *args, archive, force, check, **options):
        with backup.opened(archive) as unpacked:
            manifest = unpacked.manifest
            check_migrations(manifest)
            rows, files = sum(manifest["models"].values()), len(manifest["media"])
            summary = f"sauvegarde du {manifest['created_at']} : {rows} lignes, {files} fichiers"
            if check:
                self.stdout.write(
                    self.style.SUCCESS(f"Archive intacte et restaurable ({summary}).")
                )
                return
            content = existing_content()
            if content and not force:
                found = ", ".join(f"{name} : {count}" for name, count in sorted(content.items()))
                raise CommandError(
                    f"La base contient déjà du contenu ({found}). Restaurez dans une instance "
                    "neuve (base vide, `manage.py migrate`), ou passez --force pour remplacer "
                    "ce contenu par celui de la sauvegarde. Rien n'a été restauré."
                )
            try:
                with transaction.atomic():
                    wipe()
                    load_rows(unpacked)
                    check_rows(manifest)
                    reset_sequences()
                    fixed = check_trees()
                    write_media(unpacked)
            except (DeserializationError, DatabaseError, LookupError, ValueError) as error:
                raise CommandError(
                    f"Les données n'ont pas pu être chargées ({error}). Rien n'a été restauré."
                ) from error
            except OSError as error:
                raise CommandError(
                    f"Les fichiers médias n'ont pas pu être écrits ({error}). "
                    "Rien n'a été restauré."
                ) from error
            except CommandError as error:
                raise CommandError(f"{error} Rien n'a été restauré.") from error
        for name in fixed:
            self.stdout.write(f"Arbre des {name} réparé comme le ferait fixtree.")

        steps = [
            ("rebuild_references_index", "l'index des références"),
            ("update_index", "l'index de recherche"),
        ]
        for command, what in steps:
            try:
                call_command(command, stdout=StringIO(), stderr=StringIO())
            except Exception as error:
                raise CommandError(
                    f"Base et fichiers restaurés, mais {what} n'a pas pu être reconstruit "
                    f"({error}) : lancez `manage.py {command}`."
                ) from error
        forget_cached_pages()
        self.stdout.write(self.style.SUCCESS(f"Site restauré ({summary})."))
        self.stdout.write("Index de recherche et de références reconstruits, cache des pages vidé.")
