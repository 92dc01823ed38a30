"""Backup and restore: a whole site goes into one archive and comes back on a new instance."""

import io
import json
import os
import subprocess
import sys
import tarfile
import uuid
from contextlib import contextmanager
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.test import Client, override_settings
from wagtail.models import Page, Site

from news.models import ArticlePage
from pagecache import versions as page_cache
from tests.support.backup_site import (
    ROOT,
    build_site,
    new_rows_take_free_ids,
    snapshot,
    what_readers_get,
)
from tests.support.factories import (
    ArticlePageFactory,
    NewsIndexPageFactory,
    publish,
)
from tests.support.served import POSTGRES_URL, postgres_available


@pytest.fixture(scope="module")
def site_backup(django_db_setup, django_db_blocker, tmp_path_factory):
    """The archive of a full site, built in a transaction rolled back afterwards: each test
    then starts from a database as `migrate` leaves it, a new instance."""
    work = tmp_path_factory.mktemp("backup")
    archive = work / "site.tar.gz"
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=work / "media-source"),
        transaction.atomic(),
    ):
        build_site()
        call_command("backup_site", str(archive), stdout=io.StringIO())
        expected = snapshot()
        transaction.set_rollback(True)
    return SimpleNamespace(archive=archive, expected=expected)


@pytest.fixture
def new_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def restore(archive, *options):
    out = io.StringIO()
    call_command("restore_site", str(archive), *options, stdout=out)
    return out.getvalue()


def test_restore_brings_back_every_page_revision_file_comment_and_setting(
    db, site_backup, new_media
):
    assert not ArticlePage.objects.exists()  # a new instance: only what migrations make
    generation = page_cache.generation()

    output = restore(site_backup.archive)

    assert "Site restauré" in output
    assert snapshot() == site_backup.expected
    assert what_readers_get() == {
        "article": [200, True],
        "search": [200, True],
        "fixtree_clean": True,
    }
    assert page_cache.generation() != generation
    assert Client().login(username="redac-chef", password="redac-chef-demo")
    assert new_rows_take_free_ids()


def test_restore_refuses_a_database_with_content_unless_forced(db, site_backup, new_media):
    home = Site.objects.get(is_default_site=True).root_page.specific
    news = publish(NewsIndexPageFactory(parent=home, live=False))
    ArticlePageFactory(parent=news, title="Écrit sur la nouvelle instance")

    with pytest.raises(CommandError, match="contient déjà du contenu") as refused:
        restore(site_backup.archive)
    assert "wagtailcore.page : 2" in str(refused.value)
    assert "--force" in str(refused.value)
    assert ArticlePage.objects.filter(title="Écrit sur la nouvelle instance").exists()

    restore(site_backup.archive, "--force")
    assert not ArticlePage.objects.filter(title="Écrit sur la nouvelle instance").exists()
    assert snapshot() == site_backup.expected


def test_a_new_instance_set_up_by_setup_newsroom_takes_the_backup_without_force(
    client, db, site_backup, new_media
):
    """The documented order: migrate, setup_newsroom (legal pages included), then restore."""
    call_command("setup_newsroom", stdout=io.StringIO())
    assert Page.objects.filter(slug="mentions-legales").exists()
    output = restore(site_backup.archive)
    assert "Site restauré" in output
    assert snapshot() == site_backup.expected


def test_a_legal_page_someone_edited_is_content_a_restore_keeps_unless_forced(
    db, site_backup, new_media
):
    call_command("setup_newsroom", stdout=io.StringIO())
    page = Page.objects.get(slug="mentions-legales").specific
    page.introduction = "Éditée par la rédaction en chef."
    page.save_revision(user=get_user_model().objects.create_user("chef")).publish()
    with pytest.raises(CommandError, match="contient déjà du contenu") as refused:
        restore(site_backup.archive)
    assert "wagtailcore.page : 1" in str(refused.value)


def test_check_verifies_an_archive_and_restores_nothing(db, site_backup, new_media):
    output = restore(site_backup.archive, "--check")

    assert "Archive intacte" in output
    assert not ArticlePage.objects.exists()
    assert not new_media.exists()


def damaged(member, edit=None, extra=None):
    """A damage: the member's bytes go through edit (None drops it); extra adds a member."""

    def damage(archive, destination):
        with tarfile.open(archive, "r:gz") as source, tarfile.open(destination, "w:gz") as copy:
            for name, data in [*([extra] if extra else []), *_members(source)]:
                if name.startswith(member):
                    data = edit(data) if edit else None
                if data is not None:
                    info = tarfile.TarInfo(name)
                    info.size = len(data)
                    copy.addfile(info, io.BytesIO(data))
        return destination

    return damage


def _members(tar):
    for member in tar:
        yield member.name, tar.extractfile(member).read()


def truncated(archive, destination):
    destination.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    return destination


def from_the_future(manifest):
    manifest = json.loads(manifest)
    manifest["migrations"].append("news.9999_from_the_future")
    return json.dumps(manifest).encode()


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (truncated, "illisible ou tronquée"),
        (
            damaged("media/original_images/", lambda data: data[:-10] + b"x" * 10),
            "contenu modifié : media/original_images/",
        ),
        (
            damaged("data.jsonl", lambda data: data.replace(b"Techcrunch", b"TechCrunch")),
            "contenu modifié : data.jsonl",
        ),
        (damaged("media/documents/"), "absent : media/documents/charte.pdf"),
        (
            damaged("-", extra=("../../outside.txt", b"written outside")),
            "élément inattendu « ../../outside.txt »",
        ),
        (damaged("manifest.json", from_the_future), "migrations différentes"),
    ],
    ids=["truncated", "image altered", "data altered", "file removed", "path escape", "newer"],
)
def test_a_damaged_archive_is_refused_and_the_instance_left_untouched(
    db, site_backup, new_media, tmp_path, damage, message
):
    pages = list(Page.objects.values_list("pk", "title"))
    damaged = damage(site_backup.archive, tmp_path / "damaged.tar.gz")

    with pytest.raises(CommandError, match="Rien n'a été restauré") as refused:
        restore(damaged, "--force")

    assert message in str(refused.value)
    assert list(Page.objects.values_list("pk", "title")) == pages
    assert not get_user_model().objects.exists()
    assert not new_media.exists()


# The test settings give each process a MEDIA_ROOT of its own; a new instance keeps one.
MANAGE = (
    "import os, sys; from django.conf import settings; "
    "settings.MEDIA_ROOT = os.environ['MEDIA_ROOT']; "
    "from django.core.management import execute_from_command_line; "
    "execute_from_command_line(['manage.py', *sys.argv[1:]])"
)
# Content types created in another order than on the backed-up site, as on a real new machine.
MIGRATE_WITH_OTHER_IDS = (
    "from django.core.management import call_command; "
    "from django.contrib.contenttypes.models import ContentType; "
    "call_command('migrate', 'contenttypes', verbosity=0); "
    "[ContentType.objects.create(app_label='ancienne', model=f'appli{n}') for n in range(5)]; "
    "call_command('migrate', verbosity=0)"
)
REPORT = (
    "import json; from tests.operations.test_backup import *; "
    "print(json.dumps({'snapshot': snapshot(), 'readers': what_readers_get(), "
    "'new_rows': new_rows_take_free_ids()}))"
)


@contextmanager
def other_database(tmp_path):
    """A new instance's database: PostgreSQL when the suite runs on SQLite, and the reverse."""
    if connection.vendor == "postgresql" or not postgres_available():
        yield f"sqlite:///{tmp_path / 'new-instance.sqlite3'}"
        return
    import psycopg

    name = f"test_backup_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{POSTGRES_URL}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{POSTGRES_URL}/{name}"
    finally:
        with psycopg.connect(f"{POSTGRES_URL}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_backup_restores_on_a_new_machine_with_the_other_database(db, site_backup, tmp_path):
    with other_database(tmp_path) as database_url:
        env = {
            **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
            "DJANGO_SETTINGS_MODULE": "newsroom.settings.test",
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(tmp_path / "media"),
            "REDIS_URL": "",
            "SEARCH_URL": "",
        }

        def manage(*args):
            result = subprocess.run(
                [sys.executable, "-c", MANAGE, *args],
                env=env,
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=900,
            )
            assert result.returncode == 0, result.stderr[-3000:]
            return result.stdout

        manage("shell", "-v", "0", "-c", MIGRATE_WITH_OTHER_IDS)
        assert "Site restauré" in manage("restore_site", str(site_backup.archive))
        report = json.loads(manage("shell", "-v", "0", "-c", REPORT).splitlines()[-1])

    assert report["snapshot"] == site_backup.expected
    assert report["readers"] == {
        "article": [200, True],
        "search": [200, True],
        "fixtree_clean": True,
    }
    assert report["new_rows"]
