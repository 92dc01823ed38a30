"""Background work through Wagtail's tasks: queued in the database, done by a real worker."""

import pytest
from django.core.management import call_command
from django.db import connections
from django_tasks import TaskResultStatus, task_backends
from django_tasks.backends.database.models import DBTaskResult

from news.models import ArticlePage
from tests.support.factories import ArticlePageFactory, publish

pytestmark = pytest.mark.django_db

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks.backends.database.DatabaseBackend"}}


def found(words):
    return list(ArticlePage.objects.live().search(words, operator="and"))


def test_search_indexing_waits_for_the_worker_when_tasks_are_queued(
    news_index, settings, monkeypatch, django_capture_on_commit_callbacks
):
    database = connections["default"]
    previous_mode = getattr(database, "transaction_mode", None)
    if database.vendor == "sqlite":
        # The worker takes an exclusive transaction; inside the test's own transaction that
        # is the exclusive mode Django's SQLite backend offers (a savepoint here).
        database.transaction_mode = "EXCLUSIVE"
    settings.TASKS = DATABASE_TASKS
    task_backends._settings = None  # re-read TASKS
    try:
        page = ArticlePageFactory(parent=news_index, live=False, title="Les ornithorynques")
        with django_capture_on_commit_callbacks(execute=True):
            publish(page)
        assert DBTaskResult.objects.filter(status=TaskResultStatus.READY).exists()
        assert found("ornithorynques") == []  # not indexed yet: the work is queued

        # Inside the test's transaction the worker must not recycle the connection (it does
        # between tasks, as Django does between requests).
        monkeypatch.setattr(
            "django_tasks.backends.database.management.commands.db_worker.close_old_connections",
            lambda: None,
        )
        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

        assert [p.pk for p in found("ornithorynques")] == [page.pk]
        assert set(DBTaskResult.objects.values_list("status", flat=True)) == {
            TaskResultStatus.SUCCEEDED
        }
    finally:
        task_backends._settings = None
        if database.vendor == "sqlite":
            database.transaction_mode = previous_mode


def test_tasks_run_at_once_by_default(news_index):
    page = ArticlePageFactory(parent=news_index, live=False, title="Les ornithorynques")
    publish(page)
    assert [p.pk for p in found("ornithorynques")] == [page.pk]
    assert not DBTaskResult.objects.exists()
