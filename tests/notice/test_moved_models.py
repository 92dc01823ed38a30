"""A model that changed app keeps its rows and the rights groups hold on it.

The AI notice was the `newsroom` app's; it is the `notice` app's now. On a database set up
before the move, `notice`'s first migration takes the old table over instead of creating an
empty one: the staff's text stays, and so does a group's right to edit it. Run on a database
file of its own through `manage.py`, as an upgrade is.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent

BEFORE_THE_MOVE = """
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from notice.models import AINotice
notice = AINotice.load()
notice.text = "<p>Texte écrit par la rédactrice en chef.</p>"
notice.save()
chiefs = Group.objects.create(name="Chefs d’essai")
chiefs.permissions.add(Permission.objects.get(codename="change_ainotice"))
with connection.schema_editor() as editor:
    editor.alter_db_table(AINotice, "notice_ainotice", "newsroom_ainotice")
ContentType.objects.filter(app_label="notice", model="ainotice").update(app_label="newsroom")
"""

AFTER = """
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from notice.models import AINotice
print(AINotice.objects.get().text)
print(Group.objects.get(name="Chefs d’essai").permissions.filter(
    codename="change_ainotice", content_type__app_label="notice").count())
print(ContentType.objects.filter(app_label="newsroom", model="ainotice").count())
"""


def manage(database, *args, stdin=None):
    environment = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev",
    }
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.mark.slow
def test_the_notice_text_and_the_group_right_survive_the_move(tmp_path):
    database = tmp_path / "before.sqlite3"
    manage(database, "migrate", "--no-input")
    manage(database, "shell", "--no-imports", stdin=BEFORE_THE_MOVE)
    # The state of a database migrated before the notice app existed.
    manage(database, "migrate", "notice", "zero", "--fake", "--no-input")

    manage(database, "migrate", "--no-input")

    text, right, old_type = manage(database, "shell", "--no-imports", stdin=AFTER).split("\n")[:3]
    assert text == "<p>Texte écrit par la rédactrice en chef.</p>"
    assert right == "1"
    assert old_type == "0"
