"""The anonymous readers' page cache: who gets it, what empties it, what it never holds."""

import http.server
import signal
import threading

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db.models import F
from django.test import Client, override_settings
from django.urls import reverse
from wagtail.models import PageViewRestriction

from comments.models import Comment
from news.models import ArticlePage
from notice.models import AINotice
from pagecache.models import ScopeVersion
from tests.support.commenting import post as post_comment
from tests.support.factories import ArticlePageFactory, publish
from tests.support.redis_server import free_port, needs_redis_server, redis_cache, throwaway_redis

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def article(news_index, categories):
    page = ArticlePageFactory(
        parent=news_index,
        live=False,
        title="Le cerveau des robots",
        slug="cerveau-robots",
        categories=[categories[0]],
        tags=["OpenAI"],
    )
    publish(page)
    page.refresh_from_db()  # the published state, as the admin would see it
    return page


@pytest.fixture
def staff(db):
    user = get_user_model().objects.create_superuser("chef", "chef@example.com", "pw")
    browser = Client(HTTP_HOST="localhost")
    browser.force_login(user)
    return browser


def test_second_anonymous_view_comes_from_the_cache_without_a_query(
    reader, article, django_assert_num_queries, settings
):
    settings.PAGE_CACHE_RECHECK_SECONDS = 60  # the generation read once, by the first view
    first = reader.get(article.url)
    assert first.status_code == 200 and first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = reader.get(article.url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "Le cerveau des robots" in second.content.decode()
    assert "public" in second["Cache-Control"] and "max-age=0" in second["Cache-Control"]


# Headers that vary per response, or that the cache sets itself.
PER_RESPONSE_HEADERS = {"date", "x-page-cache", "content-length"}


def header_set(response):
    return {
        name.lower(): value
        for name, value in response.headers.items()
        if name.lower() not in PER_RESPONSE_HEADERS
    }


def test_a_cached_page_carries_exactly_the_headers_of_a_fresh_one(reader, article, home_page):
    for url in (article.url, "/", "/actualites/", "/flux/rss/"):
        miss = reader.get(url)
        hit = reader.get(url)
        assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit"), url
        assert miss["X-Frame-Options"] == "DENY"
        assert header_set(hit) == header_set(miss), url


def test_a_change_made_by_another_process_reaches_readers_for_one_query_a_hit(
    reader, article, django_assert_num_queries, settings
):
    settings.PAGE_CACHE_RECHECK_SECONDS = 0  # each hit reads the generation
    reader.get(article.url)
    with django_assert_num_queries(1):
        assert reader.get(article.url)["X-Page-Cache"] == "hit"
    # Another worker unpublishes: the database changes, this process is not told.
    ArticlePage.objects.filter(pk=article.pk).update(live=False)
    ScopeVersion.objects.update(value=F("value") + 1)
    assert reader.get(article.url).status_code == 404


def test_staff_are_never_served_nor_stored(reader, staff, article):
    staff_view = staff.get(article.url)
    assert staff_view.status_code == 200 and "X-Page-Cache" not in staff_view
    assert reader.get(article.url)["X-Page-Cache"] == "miss"  # staff's page was not stored
    assert reader.get(article.url)["X-Page-Cache"] == "hit"
    assert "X-Page-Cache" not in staff.get(article.url)


@pytest.mark.parametrize(
    "url", ["/admin/", "/recherche/?q=robots", "/sante/", "/actualites/inconnu/"]
)
def test_admin_search_health_and_errors_are_never_cached(reader, article, url):
    reader.get(url)
    assert reader.get(url).get("X-Page-Cache") != "hit"


def test_publishing_a_change_reaches_the_next_reader(reader, home_page, article):
    assert "Le cerveau des robots" in reader.get(article.url).content.decode()
    assert "Le cerveau des robots" in reader.get("/").content.decode()
    article.title = "Le cerveau des machines"
    publish(article)
    for url in (article.url, "/"):
        response = reader.get(url)
        assert response["X-Page-Cache"] == "miss"
        assert "Le cerveau des machines" in response.content.decode()


def test_unpublishing_removes_the_page_at_once(reader, article):
    url = article.url
    reader.get(url)
    article.unpublish()
    assert reader.get(url).status_code == 404


def test_making_a_page_private_takes_it_out_of_the_cache(reader, article):
    reader.get(article.url)
    PageViewRestriction.objects.create(page=article, restriction_type="login")
    response = reader.get(article.url)
    assert response.status_code == 302  # to the login page, not the cached article


def test_a_changed_ai_notice_and_category_show_at_once(reader, home_page, article, categories):
    reader.get(article.url)
    notice = AINotice.load()
    notice.text = "<p>Texte rédigé par une machine, relu par la rédaction.</p>"
    notice.save()
    assert "relu par la rédaction" in reader.get(article.url).content.decode()
    categories[0].name = "IA générative"
    categories[0].save()
    assert "IA générative" in reader.get(article.url).content.decode()


def test_each_page_of_a_listing_is_cached_apart(reader, news_index, article):
    reader.get(news_index.url)
    assert reader.get(news_index.url + "?page=abc")["X-Page-Cache"] == "miss"


def test_a_page_with_a_csrf_token_is_not_stored(reader, article):
    assert "csrfmiddlewaretoken" in reader.get("/admin/login/").content.decode()
    assert "X-Page-Cache" not in reader.get("/admin/login/")


def test_etag_gives_a_304_from_the_cache_and_from_django(reader, news_index, article):
    first = reader.get(article.url)
    assert first["ETag"] and first["Last-Modified"]
    again = reader.get(article.url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    # Rendered afresh (the cache emptied), an unchanged page has the same ETag. (An article's
    # comment form carries the time it was rendered, so a listing shows it.)
    listing = reader.get(news_index.url)
    cache.clear()
    fresh = reader.get(news_index.url, HTTP_IF_NONE_MATCH=listing["ETag"])
    assert fresh.status_code == 304


# Faults: the cache away


def test_pages_are_served_when_the_cache_refuses_connections(reader, article):
    with override_settings(CACHES=redis_cache(free_port())):
        for _ in range(2):
            response = reader.get(article.url)
            assert response.status_code == 200
            assert "Le cerveau des robots" in response.content.decode()


@needs_redis_server
def test_pages_are_served_when_redis_stops_mid_run(reader, article, tmp_path):
    with throwaway_redis(tmp_path) as server:
        reader.get(article.url)
        assert reader.get(article.url)["X-Page-Cache"] == "hit"
        server.terminate()
        server.wait(10)
        response = reader.get(article.url)
        assert response.status_code == 200
        assert "Le cerveau des robots" in response.content.decode()
        assert response.get("X-Page-Cache") != "hit"  # served fresh, not from the dead cache


@needs_redis_server
def test_a_hanging_redis_slows_pages_search_comments_and_the_admin_but_breaks_none(
    reader, staff, article, tmp_path
):
    with throwaway_redis(tmp_path) as server:
        reader.get(article.url)
        # Still accepting connections, answering nothing: every cache call times out.
        server.send_signal(signal.SIGSTOP)
        for url in (article.url, "/", "/recherche/?q=robots", article.url.rstrip("/") + ".md"):
            response = reader.get(url)
            assert response.status_code == 200, url
        assert "Le cerveau des robots" in reader.get("/recherche/?q=robots").text
        assert post_comment(reader, article).status_code == 303
        assert Comment.objects.filter(article=article).count() == 1
        assert staff.get(reverse("wagtailadmin_home")).status_code == 200
        edit = staff.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
        assert edit.status_code == 200


# The CDN in front: Wagtail purges it


class PurgeRecorder(http.server.BaseHTTPRequestHandler):
    received = []

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_publishing_purges_the_article_and_its_listings_from_the_cdn(
    home_page, article, categories, settings, django_capture_on_commit_callbacks
):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    PurgeRecorder.received = []
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    try:
        with django_capture_on_commit_callbacks(execute=True):
            publish(article)
    finally:
        server.shutdown()
    paths = {path for _host, path in PurgeRecorder.received}
    assert {
        article.url,
        "/",
        "/actualites/",
        categories[0].url,
        reverse("news:tag", args=["openai"]),
    } <= paths
    assert {host for host, _path in PurgeRecorder.received} == {"localhost"}


# Comments on a cached article


def test_the_comment_count_on_a_cached_article_follows_moderation(reader, article):
    from comments import service
    from comments.models import Comment, Status
    from tests.support.factories import CommentFactory

    def count():
        response = reader.get(article.url)
        html = BeautifulSoup(response.content, "html.parser")
        return response["X-Page-Cache"], html.select_one(".comments__count").get_text(strip=True)

    assert count() == ("miss", "0")
    assert count() == ("hit", "0")
    held = CommentFactory(article=article, status=Status.PENDING, body="Un avis très mesuré.")
    assert count() == ("hit", "0")  # a held comment changes nothing readers see
    service.moderate(Comment.objects.filter(pk=held.pk), Status.PUBLISHED)
    assert count() == ("miss", "1")
    assert "Un avis très mesuré." in reader.get(article.url).content.decode()


def test_related_articles_are_computed_once_per_change(reader, news_index, article, categories):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def render(query):
        with CaptureQueriesContext(connection) as queries:
            response = reader.get(article.url + query)
        html = BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
        return len(queries), html

    neighbour = ArticlePageFactory(
        parent=news_index, live=False, title="Un voisin de rubrique", categories=[categories[0]]
    )
    publish(neighbour)
    first, html = render("?essai=1")
    assert "Un voisin de rubrique" in html
    second, _html = render("?essai=2")  # a fresh page, the related list from the cache
    assert second < first
    late = ArticlePageFactory(
        parent=news_index, live=False, title="Un retardataire", tags=["OpenAI"]
    )
    publish(late)
    _count, html = render("?essai=3")
    assert "Un retardataire" in html
