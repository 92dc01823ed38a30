"""What readers see: listings, visibility of drafts, pagination, the AI notice, query budgets."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import RequestFactory
from django.urls import reverse

from news.models import ArticlePage
from notice.models import AINotice
from operations.views import server_error
from tests.support.factories import ArticlePageFactory, StandardPageFactory, days_ago, publish

pytestmark = pytest.mark.django_db


def make_articles(index, categories, count, start=0):
    articles = []
    for number in range(start, start + count):
        article = ArticlePageFactory(
            parent=index,
            live=False,
            title=f"Article {number}",
            slug=f"article-{number}",
            categories=[categories[number % 3], categories[(number + 1) % 3]],
            tags=["OpenAI", f"Sujet {number % 4}"],
            sources=[("Techcrunch", "https://techcrunch.com/")],
        )
        publish(article, when=days_ago(number + 1))
        articles.append(article)
    return articles


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text() for a in soup.select(".card__title a")]


@pytest.fixture
def draft(news_index, categories):
    return ArticlePageFactory(
        parent=news_index,
        live=False,
        title="Brouillon secret",
        slug="brouillon-secret",
        categories=[categories[0]],
        tags=["OpenAI"],
    )


@pytest.fixture
def published(news_index, categories):
    return make_articles(news_index, categories, 3)


def test_listings_show_card_facts_newest_first(reader, news_index, published):
    response = reader.get(news_index.url)
    assert titles(response) == ["Article 0", "Article 1", "Article 2"]
    card = BeautifulSoup(response.content, "html.parser").select_one(".card")
    assert card.select_one("picture img")
    assert card.select_one(".card__standfirst").get_text()
    assert card.select_one("time")["datetime"]
    assert [a.get_text() for a in card.select(".tag-list a")] == [
        "Intelligence Artificielle",
        "Réseaux sociaux",
    ]


def test_draft_is_a_404_and_absent_from_every_listing(
    reader, home_page, news_index, draft, published, categories
):
    assert reader.get("/actualites/brouillon-secret/").status_code == 404
    for url in [
        "/",
        news_index.url,
        categories[0].url,
        reverse("news:tag", args=["openai"]),
        "/recherche/?q=Brouillon",
    ]:
        response = reader.get(url)
        assert response.status_code == 200, url
        assert "Brouillon secret" not in response.content.decode(), url


def test_unpublished_article_disappears_for_readers(reader, news_index, published):
    article = published[0]
    assert reader.get(article.url).status_code == 200
    article.unpublish()
    assert reader.get("/actualites/article-0/").status_code == 404
    assert "Article 0" not in titles(reader.get(news_index.url))


def test_category_and_tag_listings_filter_their_articles(reader, published, categories):
    assert titles(reader.get(categories[0].url)) == ["Article 0", "Article 2"]
    assert titles(reader.get(reverse("news:tag", args=["sujet-1"]))) == ["Article 1"]
    assert reader.get("/categorie/inconnue/").status_code == 404
    assert reader.get("/tag/inconnu/").status_code == 404
    assert reader.get("/tag/a%00b/").status_code == 404


@pytest.mark.parametrize(
    ("page", "status", "first"),
    [
        ("1", 200, "Article 0"),
        ("abc", 200, "Article 0"),
        ("-3", 200, "Article 0"),
        ("2", 200, "Article 12"),
        ("3", 404, None),
        ("99999", 404, None),
        ("1%00", 200, "Article 0"),
    ],
)
def test_pagination_never_fails(reader, news_index, categories, page, status, first):
    make_articles(news_index, categories, 14)
    response = reader.get(f"{news_index.url}?page={page}")
    assert response.status_code == status
    if first:
        assert titles(response)[0] == first
    # a category listing pages the same way: 10 of the 14 articles fit on its first page
    expected = 404 if status == 404 or page == "2" else 200
    assert reader.get(f"{categories[0].url}?page={page}").status_code == expected


def test_publication_date_override_orders_the_listing(reader, news_index, published):
    oldest = published[2]
    oldest.publication_date = days_ago(0, hour=0)
    publish(oldest)
    assert titles(reader.get(news_index.url))[0] == "Article 2"


def test_ai_notice_is_on_every_reader_page(reader, home_page, news_index, published, categories):
    about = publish(StandardPageFactory(parent=home_page, live=False, slug="ia", title="L’IA ici"))
    notice = AINotice.load()
    notice.text = "<p>Écrit par des machines, relu par des humains.</p>"
    notice.learn_more_page = about
    notice.save()
    urls = [
        "/",
        news_index.url,
        published[0].url,
        categories[1].url,
        reverse("news:tag", args=["openai"]),
        "/recherche/?q=article",
        "/nulle-part/",
        about.url,
    ]
    for url in urls:
        soup = BeautifulSoup(reader.get(url).content, "html.parser")
        notice_box = soup.select_one(".ai-notice")
        assert notice_box is not None, url
        assert "Écrit par des machines, relu par des humains." in notice_box.get_text(), url
        assert notice_box.select_one("a.ai-notice__more")["href"] == "/ia/", url
    error_page = server_error(RequestFactory().get("/"))
    assert error_page.status_code == 500
    assert "Écrit par des machines, relu par des humains." in error_page.content.decode()


def test_ai_notice_defaults_to_the_seed_text(reader, news_index):
    soup = BeautifulSoup(reader.get(news_index.url).content, "html.parser")
    assert (
        soup.select_one(".ai-notice")
        .get_text(" ", strip=True)
        .startswith("Les articles de ce site sont tous écrits par des intelligences artificielles")
    )


def test_dates_and_interface_are_in_french(reader, news_index, published):
    html = reader.get(published[0].url).content.decode()
    months = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ]
    assert any(month in html for month in months)
    assert "Aller au contenu" in html
    assert "Rechercher" in html


@pytest.mark.parametrize("count", [3, 15])
def test_query_budgets_do_not_grow_with_articles(
    reader, home_page, news_index, categories, count, django_assert_max_num_queries
):
    articles = make_articles(news_index, categories, count)
    approver = get_user_model().objects.create_user("relecteur", first_name="Camille")
    ArticlePage.objects.update(approved_by=approver, ai_model="Modèle X")  # the disclosure line
    # Warm the rendition files so the budget counts what every later reader costs.
    for url in ["/", news_index.url, categories[0].url, articles[0].url]:
        reader.get(url)
    # Stock starters for comparison: 22-58 queries an article, 40-236 a listing, 43-137 a home.
    budgets = {
        "/": 11,
        news_index.url: 10,
        categories[0].url: 8,
        reverse("news:tag", args=["openai"]): 8,
        articles[0].url: 12,  # + related articles and previous/next, stored (2)
    }
    for url, budget in budgets.items():
        with django_assert_max_num_queries(budget):
            assert reader.get(url).status_code == 200


@pytest.mark.parametrize("count", [3, 15])
def test_query_budgets_after_another_publication_with_the_page_cache_on(
    reader, home_page, news_index, categories, count, settings, django_assert_max_num_queries
):
    """What a newsroom's readers meet all day: another article was just published, which purged
    these pages; what did not change (the notice, the menu, the article's labels) comes from the
    cache's fragments. Renditions of the new article's cards are made here (the tests do not
    prepare them), and the scope versions are read again after the change."""
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    articles = make_articles(news_index, categories, count)
    urls = ["/", news_index.url, categories[0].url, reverse("news:tag", args=["openai"])]
    urls.append(articles[0].url)
    for url in urls:
        reader.get(url)
    make_articles(news_index, categories, 1, start=count)
    budgets = dict(zip(urls, [14, 11, 11, 9, 11], strict=True))
    for url, budget in budgets.items():
        with django_assert_max_num_queries(budget):
            assert reader.get(url).status_code == 200


def test_home_leads_with_the_chosen_story_and_never_repeats_an_article(
    reader, home_page, news_index, categories
):
    articles = make_articles(news_index, categories, 20)
    home_page.lead_article = articles[5]
    publish(home_page)
    soup = BeautifulSoup(reader.get("/").content, "html.parser")
    lead = soup.select_one(".home-lead .card__title").get_text()
    assert lead == "Article 5"
    shown = [a.get_text() for a in soup.select(".card__title a")]
    assert len(shown) == len(set(shown)), shown
    sections = soup.select(".home-section")
    assert [s.h2.get_text() for s in sections] == [
        "Dernières actualités",
        "Intelligence Artificielle",
        "Réseaux sociaux",
        "Technologie",
    ]
    assert [len(s.select(".card")) for s in sections] == [6, 3, 3, 3]
    assert [a.get_text() for a in sections[0].select(".card__title a")] == [
        "Article 0",
        "Article 1",
        "Article 2",
        "Article 3",
        "Article 4",
        "Article 6",
    ]


def test_the_favicon_answers_at_the_root_and_the_home_title_names_the_site_once(
    reader, home_page, news_index, categories
):
    icon = reader.get("/favicon.ico")
    assert icon.status_code == 200
    assert icon["Content-Type"] in {"image/x-icon", "image/vnd.microsoft.icon"}
    assert b"".join(icon.streaming_content)[:4] == b"\x00\x00\x01\x00"  # an ICO file

    html = reader.get("/").text
    soup = BeautifulSoup(html, "html.parser")
    assert soup.title.get_text() == settings.WAGTAIL_SITE_NAME
    assert soup.find("link", rel="icon", href="/favicon.ico") is not None
