"""RSS and Atom feeds: valid, complete, in French, and free of anything readers may not see."""

from datetime import timedelta

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from news.models import ArticlePage
from tests.support.factories import ArticlePageFactory, days_ago, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(news_index, categories):
    approver = get_user_model().objects.create_user("relecteur", first_name="Camille")
    made = []
    for number in range(3):
        article = ArticlePageFactory(
            parent=news_index,
            live=False,
            title=f"Article {number} : <Meta> & OpenAI",
            slug=f"article-{number}",
            standfirst=f"Chapô numéro {number}.",
            categories=[categories[number]],
            tags=["OpenAI", f"Sujet {number}"],
            sources=[("Techcrunch", "https://techcrunch.com/")],
            ai_model="Modèle X",
            ai_model_version="2",
        )
        publish(article, when=days_ago(number + 1))
        ArticlePage.objects.filter(pk=article.pk).update(approved_by=approver)
        made.append(article)
    return made


@pytest.fixture
def hidden(news_index, categories):
    return make_hidden(news_index, categories)


def make_hidden(news_index, categories):
    """A draft, a private article and an expired one, all tagged and filed like the others."""
    common = {
        "parent": news_index,
        "live": False,
        "categories": [categories[0]],
        "tags": ["OpenAI"],
    }
    ArticlePageFactory(title="Brouillon secret", slug="brouillon", **common)
    private = publish(ArticlePageFactory(title="Article privé", slug="prive", **common))
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    expired = publish(ArticlePageFactory(title="Article expiré", slug="expire", **common))
    ArticlePage.objects.filter(pk=expired.pk).update(expire_at=timezone.now() - timedelta(hours=1))
    return ["Brouillon secret", "Article privé", "Article expiré"]


FEEDS = [
    ("/flux/rss/", "rss20"),
    ("/flux/atom/", "atom10"),
    ("/categorie/intelligence-artificielle/flux/rss/", "rss20"),
    ("/categorie/intelligence-artificielle/flux/atom/", "atom10"),
    ("/tag/openai/flux/rss/", "rss20"),
    ("/tag/openai/flux/atom/", "atom10"),
]


def parse(reader, url):
    response = reader.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    return response, feed


@pytest.mark.parametrize(("url", "version"), FEEDS)
def test_every_feed_is_well_formed_and_of_its_kind(reader, articles, hidden, url, version):
    response, feed = parse(reader, url)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == version
    expected = "application/rss+xml" if version == "rss20" else "application/atom+xml"
    assert response["Content-Type"].startswith(expected)
    assert feed.feed.language == "fr"
    assert feed.entries
    titles = [entry.title for entry in feed.entries]
    for title in hidden:
        assert title not in titles, url


@pytest.mark.parametrize(("url", "version"), [FEEDS[0], FEEDS[1]])
def test_site_feed_items_carry_everything_an_aggregator_needs(reader, articles, url, version):
    _response, feed = parse(reader, url)
    assert feed.feed.title == "Méninges & Millions"
    assert feed.feed.link == "http://localhost/"
    assert [entry.title for entry in feed.entries] == [
        "Article 0 : <Meta> & OpenAI",
        "Article 1 : <Meta> & OpenAI",
        "Article 2 : <Meta> & OpenAI",
    ]
    entry = feed.entries[0]
    assert entry.link == "http://localhost/actualites/article-0/"
    assert entry.id == "http://localhost/actualites/article-0/"
    summary = BeautifulSoup(entry.summary, "html.parser").get_text(" ")
    assert "Chapô numéro 0." in summary
    # The AI disclosure: who wrote it, who reviewed it, and the site's notice.
    assert "Article rédigé par Modèle X 2, relu par Camille." in summary
    assert "écrits par des intelligences artificielles" in summary
    assert "Crédits image\u00a0: Atelier graphique de la rédaction / Image générée" in summary
    assert entry.published_parsed[:3] == days_ago(1).utctimetuple()[:3]
    assert entry.updated_parsed
    assert [tag.term for tag in entry.tags] == [
        "Intelligence Artificielle",
        "OpenAI",
        "Sujet 0",
    ]
    assert entry.author == "Méninges & Millions"
    enclosure = entry.enclosures[0]
    assert enclosure.type == "image/jpeg"
    assert enclosure.href.startswith("http://localhost/media/images/")
    assert ".fill-1200x630.format-jpeg" in enclosure.href
    assert int(enclosure.length) > 0
    media = entry.media_content[0]
    assert media["url"] == enclosure.href
    assert media["medium"] == "image"
    assert entry.media_credit[0]["content"] == "Atelier graphique de la rédaction / Image générée"


def test_category_and_tag_feeds_hold_only_their_articles(reader, articles):
    _response, feed = parse(reader, "/categorie/reseaux-sociaux/flux/atom/")
    assert feed.feed.title == "Réseaux sociaux — Méninges & Millions"
    assert [entry.title for entry in feed.entries] == ["Article 1 : <Meta> & OpenAI"]
    _response, feed = parse(reader, "/tag/sujet-2/flux/rss/")
    assert [entry.title for entry in feed.entries] == ["Article 2 : <Meta> & OpenAI"]
    assert feed.feed.link == "http://localhost/tag/sujet-2/"


def test_a_correction_updates_the_item(reader, articles):
    article = articles[1]
    article.corrections = [
        ("correction", {"date": timezone.localdate(), "text": "Une date était fausse."})
    ]
    publish(article)
    _response, feed = parse(reader, "/flux/atom/")
    entry = next(entry for entry in feed.entries if entry.link.endswith("/article-1/"))
    assert entry.updated_parsed > entry.published_parsed


@pytest.mark.parametrize(
    "url",
    [
        "/categorie/inconnue/flux/rss/",
        "/categorie/inconnue/flux/atom/",
        "/tag/inconnu/flux/rss/",
        "/tag/inconnu/flux/atom/",
        "/tag/a%00b/flux/rss/",
    ],
)
def test_unknown_category_or_tag_feed_is_a_404(reader, articles, url):
    assert reader.get(url).status_code == 404


def test_pages_announce_their_feeds(reader, home_page, articles, categories):
    def alternates(url):
        soup = BeautifulSoup(reader.get(url).content, "html.parser")
        return [
            (link["type"], link["href"])
            for link in soup.select('head link[rel="alternate"][type]')
            if "xml" in link["type"]
        ]

    site_feeds = [
        ("application/rss+xml", "http://localhost/flux/rss/"),
        ("application/atom+xml", "http://localhost/flux/atom/"),
    ]
    assert alternates("/") == site_feeds
    assert alternates(articles[0].url) == site_feeds
    assert alternates(categories[0].url) == [
        ("application/rss+xml", "http://localhost/categorie/intelligence-artificielle/flux/rss/"),
        ("application/atom+xml", "http://localhost/categorie/intelligence-artificielle/flux/atom/"),
        *site_feeds,
    ]
    assert alternates("/tag/openai/")[:2] == [
        ("application/rss+xml", "http://localhost/tag/openai/flux/rss/"),
        ("application/atom+xml", "http://localhost/tag/openai/flux/atom/"),
    ]


def test_feed_queries_do_not_grow_with_articles(
    reader, news_index, categories, articles, django_assert_max_num_queries
):
    reader.get("/flux/rss/")  # renditions made once
    reset_queries()  # the client's request resets the log: start from an empty one
    with CaptureQueriesContext(connection) as few:
        reader.get("/flux/rss/")
    count = len(few)
    assert count <= 12
    for number in range(3, 12):
        publish(
            ArticlePageFactory(
                parent=news_index,
                live=False,
                slug=f"plus-{number}",
                categories=[categories[0]],
                tags=["OpenAI"],
            )
        )
    reader.get("/flux/rss/")
    reset_queries()
    with django_assert_max_num_queries(count):
        reader.get("/flux/rss/")
