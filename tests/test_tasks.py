"""Background work through Wagtail's tasks: queued in the database, done by a real worker."""

import pytest
from django.core.management import call_command
from django_tasks import TaskResultStatus, task_backends
from django_tasks.backends.database.models import DBTaskResult

from news.models import ArticlePage
from tests.factories import ArticlePageFactory, publish

pytestmark = pytest.mark.django_db

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks.backends.database.DatabaseBackend"}}


def found(words):
    return list(ArticlePage.objects.live().search(words, operator="and"))


# Real transactions: the worker takes its tasks as it would in production. The data the
# migrations created (home page, site) is restored afterwards.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_search_indexing_waits_for_the_worker_when_tasks_are_queued(news_index, settings):
    settings.TASKS = DATABASE_TASKS
    task_backends._settings = None  # re-read TASKS
    try:
        page = ArticlePageFactory(parent=news_index, live=False, title="Les ornithorynques")
        publish(page)
        assert DBTaskResult.objects.filter(status=TaskResultStatus.READY).exists()
        assert found("ornithorynques") == []  # not indexed yet: the work is queued

        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

        assert [p.pk for p in found("ornithorynques")] == [page.pk]
        assert set(DBTaskResult.objects.values_list("status", flat=True)) == {
            TaskResultStatus.SUCCEEDED
        }
    finally:
        task_backends._settings = None


def test_tasks_run_at_once_by_default(news_index):
    page = ArticlePageFactory(parent=news_index, live=False, title="Les ornithorynques")
    publish(page)
    assert [p.pk for p in found("ornithorynques")] == [page.pk]
    assert not DBTaskResult.objects.exists()
