"""Scheduled publication: what is due goes live, what is not waits, what expires goes away."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connections
from django.utils import timezone

from news.models import ArticlePage
from operations.scheduling import exclusive_lock
from tests.support.editorial import setup_newsroom
from tests.support.factories import ArticlePageFactory, CategoryFactory, publish

pytestmark = pytest.mark.django_db


def scheduled(index, slug, go_live_at):
    """Scheduled by the editor-in-chief, then the clock moved to `go_live_at`."""
    chief = setup_newsroom()["redac-chef"]
    article = ArticlePageFactory(
        parent=index,
        live=False,
        title=slug,
        slug=slug,
        categories=[CategoryFactory()],
        sources=[("Techcrunch", "https://techcrunch.com/")],
    )
    article.go_live_at = timezone.now() + timedelta(days=1)
    revision = article.save_revision(user=chief)
    revision.publish(user=chief)
    revision.content["go_live_at"] = go_live_at.isoformat()
    revision.approved_go_live_at = go_live_at
    revision.save(update_fields=["content", "approved_go_live_at"])
    return article


def live(slug):
    return ArticlePage.objects.get(slug=slug).live


def test_due_articles_go_live_and_future_ones_wait(reader, news_index):
    now = timezone.now()
    scheduled(news_index, "deja-due", now - timedelta(minutes=5))
    scheduled(news_index, "plus-tard", now + timedelta(hours=3))
    call_command("run_scheduler", "--once", stdout=io.StringIO())
    assert live("deja-due")
    assert not live("plus-tard")
    assert reader.get("/actualites/deja-due/").status_code == 200
    assert reader.get("/actualites/plus-tard/").status_code == 404


def test_expired_articles_are_unpublished(reader, news_index):
    article = publish(ArticlePageFactory(parent=news_index, live=False, slug="perimee"))
    ArticlePage.objects.filter(pk=article.pk).update(
        expire_at=timezone.now() - timedelta(minutes=1)
    )
    call_command("run_scheduler", "--once", stdout=io.StringIO())
    assert not live("perimee")
    assert reader.get("/actualites/perimee/").status_code == 404


def test_a_second_scheduler_skips_while_the_first_runs(news_index):
    scheduled(news_index, "attente", timezone.now() - timedelta(minutes=1))
    output = io.StringIO()
    other_process = connections.create_connection("default")  # as another scheduler would
    with exclusive_lock(other_process) as first:
        assert first
        call_command("run_scheduler", "--once", stdout=output)
        assert not live("attente")
    assert "Another scheduler is publishing: skipped." in output.getvalue()
    other_process.close()
    call_command("run_scheduler", "--once", stdout=io.StringIO())
    assert live("attente")
