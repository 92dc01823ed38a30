"""A model that changed app keeps its rows and the rights groups hold on it.

The AI notice was the `newsroom` app's; it is the `notice` app's now. On a database set up
before the move, `notice`'s first migration takes the old table over instead of creating an
empty one: the staff's text stays, and so does a group's right to edit it.
"""

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from notice.models import AINotice
from operations.adopt_table import AdoptOrCreateTable

pytestmark = pytest.mark.django_db(transaction=True)


def as_before_the_move():
    """The table and content type under the old app's name, as an older database has them."""
    with connection.schema_editor() as editor:
        editor.alter_db_table(AINotice, "notice_ainotice", "newsroom_ainotice")
    ContentType.objects.filter(app_label="notice", model="ainotice").update(app_label="newsroom")
    ContentType.objects.clear_cache()


def run_notice_migration_step():
    state = MigrationLoader(connection).project_state(("notice", "0001_initial"))
    with connection.schema_editor() as editor:
        AdoptOrCreateTable("AINotice", "newsroom").database_forwards("notice", editor, state, state)
    ContentType.objects.clear_cache()


def test_the_notice_text_and_the_group_right_survive_the_move():
    notice = AINotice.load()
    notice.text = "<p>Texte écrit par la rédactrice en chef.</p>"
    notice.save()
    chiefs = Group.objects.create(name="Chefs d’essai")
    chiefs.permissions.add(Permission.objects.get(codename="change_ainotice"))
    as_before_the_move()
    assert "notice_ainotice" not in connection.introspection.table_names()

    run_notice_migration_step()

    assert AINotice.objects.get().text == "<p>Texte écrit par la rédactrice en chef.</p>"
    assert chiefs.permissions.filter(
        codename="change_ainotice", content_type__app_label="notice"
    ).exists()
    assert not ContentType.objects.filter(app_label="newsroom", model="ainotice").exists()


def test_a_new_database_gets_the_table_created():
    with connection.schema_editor() as editor:
        editor.delete_model(AINotice)
    assert "notice_ainotice" not in connection.introspection.table_names()

    run_notice_migration_step()

    assert "notice_ainotice" in connection.introspection.table_names()
    assert AINotice.load().text.startswith("<p>Les articles de ce site")
