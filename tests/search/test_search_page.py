"""The reader's search page: results, filters, safety on any input, a constant query count."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from news.models import ArticlePage
from search.highlight import excerpt
from tests.support.factories import ArticlePageFactory, days_ago, publish

pytestmark = pytest.mark.django_db

URL = "/recherche/"


@pytest.fixture
def articles(news_index, categories):
    made = []
    for number, (title, text, cats, tags) in enumerate(
        [
            (
                "Les chercheurs quittent le navire",
                "Un mercato agité chez les chercheurs.",
                [0, 2],
                ["OpenAI"],
            ),
            ("Méninges et millions", "Les chercheurs valent de l’or <b>gras</b>.", [0], ["Meta"]),
            ("Réseaux en crise", "La modération sans chercheurs.", [1], ["Meta"]),
            ("Puces et silicium", "Rien à voir avec le reste.", [2], []),
        ]
    ):
        article = ArticlePageFactory(
            parent=news_index,
            live=False,
            title=title,
            slug=f"article-{number}",
            standfirst=text,
            body=[("paragraph", f"<p>{text}</p>")],
            categories=[categories[i] for i in cats],
            tags=tags,
        )
        made.append(publish(article, when=days_ago(number + 1)))
    return made


def results(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text() for a in soup.select(".search-result__title a")]


def test_results_show_title_date_categories_thumbnail_and_marked_excerpt(reader, articles):
    response = reader.get(URL, {"q": "chercheurs"})
    soup = BeautifulSoup(response.content, "html.parser")
    first = soup.select_one(".search-result")
    assert first.select_one("picture img")
    assert first.select_one("time")["datetime"]
    assert first.select_one(".search-result__meta a")["href"].startswith("/categorie/")
    assert first.select_one("mark").get_text().lower() == "chercheurs"
    assert "3 articles trouvés" in soup.select_one(".search-count").get_text(" ", strip=True)


def test_excerpt_escapes_the_article_markup():
    html = excerpt("Un <script>alert(1)</script> chercheur & <b>gras</b>.", "chercheur")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<mark>chercheur</mark>" in html
    assert "&amp;" in html


def test_excerpt_marks_the_words_the_search_matched_ligatures_included():
    # The index reads « cœur » as « coeur »: the excerpt marks it for a reader who typed that.
    assert "<mark>cœur</mark>" in excerpt("Au cœur du sujet.", "coeur")


def test_filters_by_category_and_tag_with_counts(reader, articles, categories):
    soup = BeautifulSoup(reader.get(URL, {"q": "chercheurs"}).content, "html.parser")
    facets = {
        a.get_text(): a.parent.get_text(" ", strip=True) for a in soup.select(".search-facets a")
    }
    assert facets["Intelligence Artificielle"] == "Intelligence Artificielle (2)"
    assert facets["#Meta"] == "#Meta (2)"
    assert results(reader.get(URL, {"q": "chercheurs", "categorie": "reseaux-sociaux"})) == [
        "Réseaux en crise"
    ]
    assert sorted(results(reader.get(URL, {"q": "chercheurs", "tag": "meta"}))) == [
        "Méninges et millions",
        "Réseaux en crise",
    ]


def test_sort_by_date_puts_the_newest_first(reader, articles):
    assert results(reader.get(URL, {"q": "chercheurs", "tri": "date"})) == [
        "Les chercheurs quittent le navire",
        "Méninges et millions",
        "Réseaux en crise",
    ]


def test_drafts_and_unpublished_articles_are_never_found(reader, news_index, articles):
    ArticlePageFactory(
        parent=news_index, live=False, title="Brouillon chercheurs", slug="brouillon"
    )
    articles[0].unpublish()
    found = results(reader.get(URL, {"q": "chercheurs"}))
    assert "Brouillon chercheurs" not in found
    assert "Les chercheurs quittent le navire" not in found


def test_an_article_past_its_expiry_date_leaves_the_results_at_once(reader, articles):
    assert "Méninges et millions" in results(reader.get(URL, {"q": "chercheurs"}))
    # Still live: the scheduler has not run yet.
    ArticlePage.objects.filter(pk=articles[1].pk).update(
        expire_at=timezone.now() - timedelta(minutes=1)
    )
    found = results(reader.get(URL, {"q": "chercheurs"}))
    assert "Méninges et millions" not in found
    assert "Les chercheurs quittent le navire" in found
    by_date = results(reader.get(URL, {"q": "chercheurs", "tri": "date"}))
    assert "Méninges et millions" not in by_date


def test_no_results_offers_categories_and_latest_articles(reader, articles):
    soup = BeautifulSoup(reader.get(URL, {"q": "zzyzx"}).content, "html.parser")
    assert "Aucun article ne correspond" in soup.select_one(".empty").get_text()
    assert soup.select(".tag-list a")
    assert len(soup.select(".card")) == 4


def test_promotions_come_first_and_queries_are_logged(reader, articles):
    SearchPromotion.objects.create(
        query=Query.get("silicium"), page=articles[3], description="Notre dossier."
    )
    soup = BeautifulSoup(reader.get(URL, {"q": "silicium"}).content, "html.parser")
    assert soup.select_one(".search-promotion a").get_text() == "Puces et silicium"
    assert Query.get("silicium").hits == 1


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "a\x00b"},
        {"q": " ".join(["mot"] * 300)},
        {"q": "x" * 20000},
        {"q": '"' * 5000},
        {"q": "& | ! :* ( ) NEAR"},
        {"q": "' OR 1=1 --"},
        {"q": "-"},
        {"q": "🤖 chercheurs 🎉"},
        {"q": "chercheurs", "page": "abc"},
        {"q": "chercheurs", "page": "99999"},
        {"q": "chercheurs", "categorie": "inexistante"},
        {"q": "chercheurs", "categorie": "a\x00b"},
        {"q": "chercheurs", "tag": "a\x00b"},
        {"q": "chercheurs", "tri": "<script>"},
    ],
)
def test_bad_input_gets_a_normal_page(reader, articles, params):
    response = reader.get(URL, params)
    assert response.status_code == 200
    # Nothing the reader typed becomes markup: the only scripts are the site's own files.
    assert response.content.count(b"<script") == response.content.count(b'<script src="/static/')
    assert b"Traceback" not in response.content


def test_unknown_filter_is_said_and_ignored(reader, articles):
    soup = BeautifulSoup(
        reader.get(URL, {"q": "chercheurs", "categorie": "sport"}).content, "html.parser"
    )
    assert "n’existe pas" in soup.select_one(".search-notice").get_text()
    assert len(results(reader.get(URL, {"q": "chercheurs", "categorie": "sport"}))) == 3


@pytest.mark.parametrize("count", [4, 14])
def test_results_page_has_a_constant_query_count(
    reader, news_index, categories, count, django_assert_max_num_queries
):
    for number in range(count):
        publish(
            ArticlePageFactory(
                parent=news_index,
                live=False,
                slug=f"a-{number}",
                title=f"Chercheurs {number}",
                categories=categories[:2],
                tags=["OpenAI", "Meta"],
            )
        )
    reader.get(URL, {"q": "chercheurs"})  # renditions made once
    with django_assert_max_num_queries(24):
        assert reader.get(URL, {"q": "chercheurs"}).status_code == 200


def test_search_box_on_every_page_points_here(reader, articles):
    soup = BeautifulSoup(reader.get("/").content, "html.parser")
    assert soup.select_one("form.search-box")["action"] == reverse("search")


def test_searches_that_find_nothing_are_reported_to_the_newsroom(client, reader, articles):
    from search.models import UnansweredSearch
    from tests.support.editorial import login, setup_newsroom

    reader.get(URL, {"q": "tartiflette"})
    reader.get(URL, {"q": "Tartiflette"})
    reader.get(URL, {"q": "chercheurs"})
    assert [(u.query.query_string, u.count) for u in UnansweredSearch.objects.all()] == [
        ("tartiflette", 2)
    ]
    setup_newsroom()
    report = reverse("unanswered_searches")
    login(client, "redac-chef")
    response = client.get(report)
    assert response.status_code == 200
    assert "tartiflette" in response.content.decode()
    assert "chercheurs" not in response.content.decode()
    client.logout()
    login(client, "redacteur")
    assert client.get(report).status_code in (302, 403)


def test_a_misspelt_word_still_finds_articles_on_postgresql(reader, articles):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("trigram matching is a PostgreSQL feature; SQLite says nothing matches")
    soup = BeautifulSoup(reader.get(URL, {"q": "chercheus"}).content, "html.parser")
    assert "Les chercheurs quittent le navire" in results_of(soup)
    assert "les plus proches" in soup.select_one(".search-notice").get_text()


def results_of(soup):
    return [a.get_text() for a in soup.select(".search-result__title a")]


def test_results_by_relevance_page_on_as_results_and_by_date_as_older_articles(
    reader, news_index, categories
):
    for number in range(12):  # two pages of ten
        publish(
            ArticlePageFactory(
                parent=news_index,
                live=False,
                slug=f"r-{number}",
                title=f"Chercheurs {number}",
                categories=categories[:1],
            )
        )

    def pagination(params):
        soup = BeautifulSoup(reader.get(URL, params).content, "html.parser")
        return soup.select_one("nav.pagination").get_text(" ", strip=True)

    assert "Résultats suivants" in pagination({"q": "chercheurs"})
    assert "Résultats précédents" in pagination({"q": "chercheurs", "page": 2})
    assert "Articles plus anciens" in pagination({"q": "chercheurs", "tri": "date"})


def test_a_category_filter_is_not_marked_as_the_current_section(reader, articles, categories):
    soup = BeautifulSoup(
        reader.get(URL, {"q": "chercheurs", "categorie": categories[0].slug}).content,
        "html.parser",
    )

    assert soup.select(".site-nav [aria-current]") == []
    assert categories[0].name in soup.select_one(".search-count").get_text()


def test_the_two_search_forms_have_their_own_names(reader, articles):
    soup = BeautifulSoup(reader.get(URL, {"q": "chercheurs"}).content, "html.parser")

    names = [form.get("aria-label") for form in soup.select('form[role="search"]')]
    assert len(names) == 2 and all(names) and len(set(names)) == 2, names
