"""Redis hung or lost at the worst moment: readers still get the truth, and get it quickly."""

import time

import pytest

from tests.support.factories import ArticlePageFactory, publish
from tests.support.redis_server import needs_redis_server, throwaway_redis

pytestmark = [pytest.mark.django_db, needs_redis_server]


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def article(news_index, categories):
    page = ArticlePageFactory(
        parent=news_index,
        live=False,
        title="Le cerveau des robots",
        slug="cerveau-robots",
        categories=[categories[0]],
    )
    publish(page)
    page.refresh_from_db()
    return page


def test_a_hung_redis_is_asked_once_then_left_alone_for_a_while(reader, article, tmp_path):
    with throwaway_redis(tmp_path) as server:
        reader.get(article.url)
        before = server.commands_processed()
        server.hang()
        for url in (article.url, "/", "/actualites/", article.url + "?essai=1"):
            response = reader.get(url)
            assert response.status_code == 200, url
            assert response.get("X-Page-Cache") != "hit"
        server.resume()
        time.sleep(0.5)  # what the pages sent while it hung is run now
        asked = server.commands_processed() - (before + 1)  # that INFO itself
        assert asked == 1  # the first call timed out; no request after it asked again


def test_redis_is_asked_again_once_the_pause_is_over(reader, article, tmp_path):
    with throwaway_redis(tmp_path, breaker_seconds=0.5) as server:
        server.hang()
        assert reader.get(article.url).status_code == 200
        server.resume()
        time.sleep(0.6)
        assert reader.get(article.url)["X-Page-Cache"] == "miss"
        assert reader.get(article.url)["X-Page-Cache"] == "hit"


def listings_show(reader, title):
    return {url: title in reader.get(url).text for url in ("/", "/actualites/", "/flux/rss/")}


def test_an_unpublication_made_while_redis_hangs_reaches_readers(reader, article, tmp_path):
    with throwaway_redis(tmp_path, breaker_seconds=1) as server:
        assert listings_show(reader, "Le cerveau des robots") == dict.fromkeys(
            ("/", "/actualites/", "/flux/rss/"), True
        )
        reader.get(article.url)
        assert reader.get(article.url)["X-Page-Cache"] == "hit"
        server.hang()
        assert reader.get("/?pendant=panne").status_code == 200  # readers browse meanwhile
        article.unpublish()
        server.resume()
        time.sleep(1.1)  # the breaker closed: pages come from Redis again
        assert reader.get(article.url).status_code == 404
        assert not any(listings_show(reader, "Le cerveau des robots").values())


def test_a_correction_published_while_redis_hangs_reaches_readers(reader, article, tmp_path):
    with throwaway_redis(tmp_path, breaker_seconds=1) as server:
        reader.get(article.url)
        reader.get("/")
        assert reader.get(article.url)["X-Page-Cache"] == "hit"
        server.hang()
        assert reader.get("/?pendant=panne").status_code == 200
        article.title = "Le cerveau des machines"
        publish(article)
        server.resume()
        time.sleep(1.1)
        for url in (article.url, "/"):
            text = reader.get(url).text
            assert "Le cerveau des machines" in text and "Le cerveau des robots" not in text
