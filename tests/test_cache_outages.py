"""Redis hung or lost at the worst moment: readers still get the truth, and get it quickly."""

import time

import pytest

from tests.factories import ArticlePageFactory, publish
from tests.redis_server import needs_redis_server, throwaway_redis

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
            assert "X-Page-Cache" not in response
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
