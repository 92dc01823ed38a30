"""Outages on a served site: the database goes away and comes back, health says so."""

import json
import time

import pytest

from tests.support.redis_server import RedisServer, needs_redis_server
from tests.support.served import ServedSite, postgres_available

pytestmark = pytest.mark.skipif(
    not postgres_available(), reason="needs the PostgreSQL service to stand behind a proxy"
)


def test_database_outage_gives_a_friendly_503_then_recovers_without_a_failed_request(tmp_path):
    with ServedSite(tmp_path) as site:
        status, _headers, body = site.get("/sante/")
        assert status == 200
        assert json.loads(body) == {"statut": "ok", "base": "ok", "cache": "ok"}
        assert site.get("/")[0] == 200

        site.proxy.cut()
        status, _headers, body = site.get("/sante/")
        assert status == 503
        assert json.loads(body)["base"] == "indisponible"
        assert site.get("/")[0] == 200  # readers still get the pages already in the cache
        status, headers, body = site.get("/?essai=panne")
        assert status == 503, site.log()
        assert headers["Retry-After"] == "30"
        assert "Site momentanément indisponible" in body
        assert "Traceback" not in body and "OperationalError" not in body
        assert "écrits par des intelligences artificielles" in body  # the AI notice, even now

        site.restore_database()
        # Fresh renders (a new query string each time: no cached copy), one worker.
        statuses = [site.get(f"/?essai={n}")[0] for n in range(6)] + [site.get("/sante/")[0]]
        assert statuses == [200] * 7


CREATE_ARTICLE = """
from wagtail.models import Site
from tests.support.factories import ArticlePageFactory, NewsIndexPageFactory, publish
home = Site.objects.get(is_default_site=True).root_page
index = publish(NewsIndexPageFactory(parent=home, live=False))
publish(ArticlePageFactory(parent=index, live=False, title="Une dépêche retirée", slug="retiree"))
"""
UNPUBLISH = """
from news.models import ArticlePage
ArticlePage.objects.get(slug="retiree").unpublish()
"""


@needs_redis_server
def test_an_unpublication_made_while_redis_hangs_reaches_the_readers_of_every_worker(tmp_path):
    redis = RedisServer(tmp_path)
    env = {"REDIS_URL": redis.url, "CACHE_BREAKER_SECONDS": "1"}
    try:
        with ServedSite(tmp_path, env) as site:
            site.manage("shell", "-c", CREATE_ARTICLE)
            for path in ("/actualites/retiree/", "/", "/actualites/"):
                site.get(path)
                status, headers, body = site.get(path)
                assert (status, headers["X-Page-Cache"]) == (200, "hit"), path
                assert "Une dépêche retirée" in body
            redis.hang()
            assert site.get("/?pendant=panne")[0] == 200  # readers browse meanwhile
            site.manage("shell", "-c", UNPUBLISH)  # an editor, in another process
            redis.resume()
            time.sleep(2)  # the breaker closed, the worker read the versions again
            assert site.get("/actualites/retiree/")[0] == 404
            for path in ("/", "/actualites/", "/flux/rss/"):
                status, _headers, body = site.get(path)
                assert status == 200 and "Une dépêche retirée" not in body, path
    finally:
        redis.stop()
