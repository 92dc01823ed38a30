"""A page past its expiry date is gone for readers at once, not when the scheduler next runs."""

import time
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import Page

from news.models import ArticlePage
from tests.support.factories import ArticlePageFactory, publish

pytestmark = pytest.mark.django_db

LISTINGS = (
    "/",
    "/actualites/",
    "/categorie/intelligence-artificielle/",
    "/tag/openai/",
    "/flux/rss/",
    "/flux/atom/",
    "/categorie/intelligence-artificielle/flux/rss/",
    "/tag/openai/flux/atom/",
    "/sitemap.xml",
)


@pytest.fixture
def article(news_index, categories):
    return publish(
        ArticlePageFactory(
            parent=news_index,
            live=False,
            title="Une dépêche périmée",
            slug="perimee",
            categories=[categories[0]],
            tags=["OpenAI"],
        )
    )


def expire(page, when=None):
    """The moment passed, the scheduler not run yet: still live in the database."""
    moment = when or timezone.now() - timedelta(minutes=1)
    Page.objects.filter(pk=page.pk).update(expire_at=moment)


def test_an_article_past_its_expiry_is_not_served(reader, article):
    assert reader.get(article.url).status_code == 200
    expire(article)
    assert ArticlePage.objects.get(pk=article.pk).live  # the scheduler has not run
    response = reader.get(article.url)
    assert response.status_code == 404
    assert "Une dépêche périmée" not in response.text
    assert reader.get(article.url.rstrip("/") + ".md").status_code == 404


def test_any_page_past_its_expiry_is_not_served(reader, home_page, news_index, article):
    expire(news_index)
    assert reader.get("/actualites/").status_code == 404
    expire(home_page)
    assert reader.get("/").status_code == 404


def test_listings_and_feeds_leave_out_an_article_past_its_expiry(reader, home_page, article):
    for url in LISTINGS:
        assert "Une dépêche périmée" in reader.get(url).text or url == "/sitemap.xml", url
    expire(article)
    for url in LISTINGS:
        response = reader.get(url)
        assert response.status_code == 200, url
        assert "Une dépêche périmée" not in response.text and "perimee" not in response.text, url


def test_the_page_cache_gives_up_a_page_and_its_listings_when_it_expires(
    reader, home_page, article, settings
):
    settings.PAGE_CACHE_SECONDS = 600
    settings.PAGE_CACHE_RECHECK_SECONDS = 600  # nothing else tells the cache
    cache.clear()
    urls = (article.url, "/", "/actualites/", "/flux/rss/")
    for url in urls:
        reader.get(url)  # renditions and templates warm: the views below take milliseconds
    moment = timezone.now() + timedelta(seconds=4)
    article.expire_at = moment
    publish(article)
    for url in urls:
        reader.get(url)
        assert reader.get(url)["X-Page-Cache"] == "hit", url
    time.sleep(max(0, (moment - timezone.now()).total_seconds()) + 0.1)
    assert reader.get(article.url).status_code == 404
    for url in urls[1:]:
        assert "Une dépêche périmée" not in reader.get(url).text, url
    cache.clear()
