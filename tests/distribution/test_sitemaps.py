"""Sitemaps and robots.txt: what search engines are told to read, and kept out of."""

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from news.models import ArticlePage
from tests.distribution.test_feeds import make_hidden
from tests.support.factories import ArticlePageFactory, StandardPageFactory, days_ago, publish

pytestmark = pytest.mark.django_db

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


def entries(reader, url):
    response = reader.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # raises on malformed XML
    assert root.tag == f"{{{NS['sm']}}}urlset"
    return root.findall("sm:url", NS)


@pytest.fixture
def hidden(news_index, categories):
    return make_hidden(news_index, categories)


@pytest.fixture
def published(news_index, categories):
    made = []
    for number, days in enumerate([0, 1, 3]):
        article = ArticlePageFactory(
            parent=news_index,
            live=False,
            title=f"Article {number} & co",
            slug=f"article-{number}",
            categories=[categories[number]],
        )
        made.append(publish(article, when=timezone.now() - timedelta(days=days, hours=1)))
    return made


def test_sitemap_lists_live_public_pages_with_lastmod(
    reader,
    home_page,
    news_index,
    published,
    hidden,
    categories,
):
    about = publish(StandardPageFactory(parent=home_page, live=False, slug="a-propos"))
    private_page = publish(StandardPageFactory(parent=home_page, live=False, slug="interne"))
    PageViewRestriction.objects.create(
        page=private_page, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    urls = entries(reader, "/sitemap.xml")
    locations = [url.findtext("sm:loc", namespaces=NS) for url in urls]
    for page in [news_index, about, *published]:
        assert f"http://localhost{page.url}" in locations
    for category in categories:
        assert f"http://localhost{category.url}" in locations
    for slug in ["brouillon", "prive", "expire", "interne"]:
        assert not any(slug in location for location in locations), slug
    article_entry = urls[locations.index(f"http://localhost{published[1].url}")]
    assert article_entry.findtext("sm:lastmod", namespaces=NS) == (
        timezone.localtime(published[1].last_published_at).date().isoformat()
    )


def test_news_sitemap_holds_the_last_48_hours_in_french(
    reader,
    published,
    hidden,
):
    urls = entries(reader, "/sitemap-news.xml")
    assert [url.findtext("sm:loc", namespaces=NS) for url in urls] == [
        "http://localhost/actualites/article-0/",
        "http://localhost/actualites/article-1/",
    ]
    news = urls[0].find("news:news", NS)
    assert news.findtext("news:publication/news:name", namespaces=NS) == "Méninges & Millions"
    assert news.findtext("news:publication/news:language", namespaces=NS) == "fr"
    assert news.findtext("news:title", namespaces=NS) == "Article 0 & co"
    published_at = news.findtext("news:publication_date", namespaces=NS)
    assert published_at == timezone.localtime(published[0].first_published_at).isoformat(
        timespec="seconds"
    )


def test_news_sitemap_leaves_out_drafts_even_when_recent(reader, news_index, categories):
    ArticlePageFactory(parent=news_index, live=False, title="Brouillon du jour", slug="b")
    recent = publish(ArticlePageFactory(parent=news_index, live=False, slug="frais"))
    ArticlePage.objects.filter(pk=recent.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    old = publish(ArticlePageFactory(parent=news_index, live=False, slug="ancien"), days_ago(3))
    assert old.live
    assert entries(reader, "/sitemap-news.xml") == []


def test_robots_txt_points_to_the_sitemaps_and_keeps_crawlers_out(reader, home_page):
    response = reader.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert "Disallow: /apercu/" in lines
    assert "Sitemap: http://localhost/sitemap.xml" in lines
    assert "Sitemap: http://localhost/sitemap-news.xml" in lines
    assert "Disallow: /" not in lines  # the site itself stays open


def test_sitemaps_answer_head_and_refuse_posts(reader, home_page):
    assert reader.head("/sitemap.xml").status_code == 200
    assert reader.post("/sitemap-news.xml").status_code == 405
    assert reader.post("/robots.txt").status_code == 405
