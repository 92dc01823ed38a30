"""One public address: the pages, feeds and sitemaps write the address the site is served at.

WAGTAILADMIN_BASE_URL is that address; `setup_newsroom` and the demo give the default Site its
hostname and port, and `manage.py check` warns while they disagree."""

import io
import re

import pytest
from bs4 import BeautifulSoup
from django.core import checks
from django.core.management import call_command
from wagtail.models import Site

from tests.support.factories import ArticlePageFactory, publish

pytestmark = pytest.mark.django_db

SERVED = "http://127.0.0.1:8100"


def site_warnings():
    return [message for message in checks.run_checks() if message.id == "newsroom.W001"]


def absolute_urls(html):
    """Every absolute http(s) address the document announces, in tags and in JSON-LD."""
    return set(re.findall(r"https?://[^\s\"'<>\\]+", html))


@pytest.fixture(autouse=True)
def forget_the_site_address():
    """The Site's address is rolled back after each test, Wagtail's cached copy is not: the
    next tests would write 127.0.0.1:8100."""
    yield
    Site.clear_site_root_paths_cache()


@pytest.fixture
def served_at_8100(settings):
    settings.WAGTAILADMIN_BASE_URL = f"{SERVED}/"
    return SERVED


def test_setup_newsroom_gives_the_site_the_served_address(served_at_8100, home_page):
    output = io.StringIO()
    call_command("setup_newsroom", stdout=output)

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8100)
    assert f"page addresses as {SERVED}." in output.getvalue()


def test_every_address_of_an_article_page_and_the_feeds_is_the_served_one(
    served_at_8100, news_index, categories, client
):
    call_command("setup_newsroom", stdout=io.StringIO())
    article = publish(ArticlePageFactory(parent=news_index, categories=[categories[0]]))
    client.defaults["HTTP_HOST"] = "127.0.0.1:8100"

    page = client.get(article.url)
    head = BeautifulSoup(page.content, "html.parser").head
    assert head.find("link", rel="canonical")["href"] == f"{SERVED}{article.url}"
    feeds = [link["href"] for link in head.find_all("link", rel="alternate")]
    assert feeds and all(href.startswith(f"{SERVED}/") for href in feeds), feeds

    paths = ["/flux/rss/", "/flux/atom/", "/sitemap.xml", "/sitemap-news.xml", "/robots.txt"]
    for path in [*paths, "/llms.txt", article.url.rstrip("/") + ".md"]:
        response = client.get(path)
        assert response.status_code == 200, path
        text = b"".join(response).decode() if response.streaming else response.text
        foreign = {url for url in absolute_urls(text) if url.startswith("http://localhost")}
        assert not foreign, (path, foreign)
    announced = absolute_urls(page.text)
    assert not {url for url in announced if url.startswith("http://localhost")}, announced


def test_check_warns_while_the_site_and_the_setting_disagree(served_at_8100, home_page):
    (warning,) = site_warnings()
    assert "http://localhost" in warning.msg and SERVED in warning.msg
    assert "setup_newsroom" in warning.hint

    call_command("setup_newsroom", stdout=io.StringIO())
    assert site_warnings() == []


def test_https_on_443_is_written_https(settings, home_page):
    settings.WAGTAILADMIN_BASE_URL = "https://actu.example.org"
    call_command("setup_newsroom", stdout=io.StringIO())

    assert Site.objects.get(is_default_site=True).root_url == "https://actu.example.org"
    assert site_warnings() == []


def test_https_on_another_port_is_a_warning_not_a_wrong_address(settings, home_page):
    # Wagtail's Site writes http:// for every port but 443: say so rather than announce http.
    settings.WAGTAILADMIN_BASE_URL = "https://actu.example.org:8443"
    call_command("setup_newsroom", stdout=io.StringIO())

    (warning,) = site_warnings()
    assert "443" in warning.msg


def test_the_demo_follows_the_setting_and_prints_it(served_at_8100, home_page):
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)

    assert Site.objects.get(is_default_site=True).root_url == SERVED
    assert f"Site: {SERVED}/   Admin: {SERVED}/admin/" in output.getvalue()
