"""The newsroom in its busiest minutes: writers autosaving and submitting, the editor-in-chief
approving, readers commenting, the scheduler publishing, all at once; and what a save that
fails halfway leaves behind."""

import contextlib
import os
import uuid

import dj_database_url
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.db import connection
from django.urls import reverse

from bench.concurrency import Newsroom, problems, report, run_mix
from news.models import ArticlePage
from tests.support.editorial import article_form, edit_url, login
from tests.support.factories import ArticlePageFactory, publish

POSTGRES = connection.vendor == "postgresql"
MIX_SECONDS = 30


def refuse_reviews():
    """The database refuses to open a review, as a write lock that times out does, after the
    submit has written its revision: the middle of the action."""
    with connection.cursor() as cursor:
        if POSTGRES:
            cursor.execute(
                "CREATE FUNCTION refuse_review() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "RAISE EXCEPTION 'database is locked' USING ERRCODE = 'lock_not_available'; "
                "END $$"
            )
            cursor.execute(
                "CREATE TRIGGER refuse_review BEFORE INSERT ON wagtailcore_workflowstate "
                "FOR EACH ROW EXECUTE FUNCTION refuse_review()"
            )
        else:
            cursor.execute(
                "CREATE TRIGGER refuse_review BEFORE INSERT ON wagtailcore_workflowstate "
                "BEGIN SELECT RAISE(ABORT, 'database is locked'); END"
            )


def accept_reviews():
    with connection.cursor() as cursor:
        cursor.execute(
            "DROP TRIGGER refuse_review" + (" ON wagtailcore_workflowstate" if POSTGRES else "")
        )
        if POSTGRES:
            cursor.execute("DROP FUNCTION refuse_review")


def newer_versions_announced(client, page, loaded_id, loaded_at):
    """What the editor's open tab is told by its ping: the sessions with a newer revision, the
    ones shown with « Voir la dernière version »."""
    url = reverse("wagtailadmin_editing_sessions:ping", args=["wagtailcore", "page", page.pk, 0])
    answer = client.post(url, {"revision_id": loaded_id, "revision_created_at": loaded_at})
    assert answer.status_code == 200
    return [s for s in answer.json()["other_sessions"] if s["revision_id"]]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_submit_that_fails_halfway_saves_nothing_and_staff_are_told_to_retry(client, desk):
    article = publish(
        ArticlePageFactory(
            parent=desk["index"],
            live=False,
            title="Les puces",
            slug="les-puces",
            standfirst="Avant",
        )
    )
    article.categories.set(desk["categories"][:1])
    login(client, "redacteur")
    editor = BeautifulSoup(client.get(edit_url(article)).content, "html.parser")
    loaded = {
        name: editor.select_one(f'input[name="{name}"]')["value"]
        for name in ("loaded_revision_id", "loaded_revision_created_at")
    }
    form = article_form(
        desk["image"],
        desk["categories"][:1],
        "action-submit",
        title="Les puces",
        slug="les-puces",
        standfirst="Après",
    )
    refuse_reviews()
    client.raise_request_exception = False
    try:
        response = client.post(edit_url(article), {**form, **loaded})
    finally:
        accept_reviews()

    assert response.status_code >= 500
    text = response.content.decode()
    assert "Site momentanément indisponible" not in text
    assert "n’a pas été enregistrée" in text
    # Nothing half-written: the editor reopens what was there before, and no newer revision is
    # announced to the open tab (« Voir la dernière version »).
    assert (
        newer_versions_announced(
            client,
            article,
            **{
                "loaded_id": loaded["loaded_revision_id"],
                "loaded_at": loaded["loaded_revision_created_at"],
            },
        )
        == []
    )
    article.refresh_from_db()
    assert str(article.latest_revision_id) == loaded["loaded_revision_id"]
    assert article.revisions.count() == 1
    assert not article.workflow_in_progress
    # Retrying once the database answers saves it.
    response = client.post(edit_url(article), {**form, **loaded})
    assert response.status_code == 302
    assert (
        ArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object().standfirst == "Après"
    )


@contextlib.contextmanager
def mix_database():
    """A SQLite file of its own (None: in the run's folder), or a PostgreSQL database of its
    own on the tests' server."""
    if not POSTGRES:
        yield None
        return
    import psycopg

    server = dj_database_url.parse(os.environ["DATABASE_URL"])
    base = f"postgres://{server['USER']}@{server['HOST']}:{server['PORT']}"
    name = f"newsroom_mix_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_writers_chief_readers_and_scheduler_at_once_lose_nothing(tmp_path):
    """As `make run` serves it (runserver, run_scheduler), on a real database file: no 5xx, no
    « database is locked », every save a revision its writer sees when reopening the editor."""
    with mix_database() as url:
        with Newsroom(tmp_path, url, minutes=MIX_SECONDS / 60) as site:
            result = run_mix(site, MIX_SECONDS)
        report(result, f"Concurrency, {settings.DATABASES['default']['ENGINE']}")
        assert problems(result) == {}
