"""French search through Wagtail's API, on the database in use (SQLite or PostgreSQL).

The suite runs on both (see .ci/run): each test states what a reader can count on wherever the
site runs; the few that look at one engine's internals say so.
"""

from datetime import timedelta

import dj_database_url
import pytest
from django.core.management import call_command
from django.core.paginator import Paginator
from django.db import connection
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Fuzzy, Not, Phrase, PlainText
from wagtail.search.utils import parse_query_string

from news.models import ArticlePage, Category
from newsroom.settings.search import search_backend
from search import french
from tests.support.factories import ArticlePageFactory, publish

pytestmark = pytest.mark.django_db

SQLITE = connection.vendor == "sqlite"
POSTGRES = connection.vendor == "postgresql"


def article(index, title, text="Rien de particulier.", live=True, **kwargs):
    page = ArticlePageFactory(
        parent=index,
        live=False,
        title=title,
        standfirst=kwargs.pop("standfirst", "Un chapô sans rapport."),
        body=[("paragraph", f"<p>{text}</p>")],
        hero_image=None,
        **kwargs,
    )
    if live:
        publish(page)
        page.refresh_from_db()  # the published state, as the admin would see it
    return page


def search(query, queryset=None, **kwargs):
    queryset = ArticlePage.objects.live().public() if queryset is None else queryset
    return queryset.search(query, operator=kwargs.pop("operator", "and"), **kwargs)


def titles(results):
    return [page.title for page in results]


@pytest.fixture
def newsroom(news_index):
    return {
        "chercheurs": article(
            news_index,
            "Les chercheurs quittent le navire",
            "Un mercato agité : les laboratoires recrutent des chercheurs.",
        ),
        "meninges": article(
            news_index, "Méninges et millions", "L'IA générative attire les investisseurs."
        ),
        "recrutements": article(
            news_index, "Bilan de l’année", "Les recrutements ralentissent dans la tech."
        ),
        "silicium": article(news_index, "Puces et silicium", "La souris verte court."),
    }


# French words


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("chercheur", "chercheurs"),
        ("Chercheurs", "chercheurs"),
        ("meninges", "meninges"),
        ("MÉNINGES", "meninges"),
        ("ia", "meninges"),
        ("l’IA", "meninges"),
        ("generative", "meninges"),
        ("mercato", "chercheurs"),
        ("recrutement", "recrutements"),
        ("investisseur", "meninges"),
    ],
)
def test_french_words_match_their_forms(newsroom, query, expected):
    assert titles(search(query)) == [newsroom[expected].title]


def test_all_words_are_required_with_and(newsroom):
    assert titles(search("chercheurs mercato")) == [newsroom["chercheurs"].title]
    assert titles(search("chercheurs silicium")) == []
    assert sorted(titles(search("mercato silicium", operator="or"))) == sorted(
        [newsroom["chercheurs"].title, newsroom["silicium"].title]
    )


def test_a_quoted_phrase_matches_the_phrase_only(news_index, newsroom):
    other = article(news_index, "Zoologie", "Une souris grise et une pomme verte.")
    assert set(titles(search("souris verte"))) == {newsroom["silicium"].title, other.title}
    assert titles(search('"souris verte"')) == [newsroom["silicium"].title]
    assert titles(search("« souris verte »")) == [newsroom["silicium"].title]
    assert titles(search(Phrase("souris verte"))) == [newsroom["silicium"].title]
    _filters, query = parse_query_string('"la souris verte" court')
    assert titles(search(query)) == [newsroom["silicium"].title]


def test_query_objects_combine(newsroom):
    both = PlainText("chercheurs") & Not(PlainText("mercato"))
    assert titles(search(both)) == []
    assert titles(search(Not(PlainText("chercheurs mercato ia silicium", operator="or")))) == [
        newsroom["recrutements"].title
    ]
    either = PlainText("silicium") | PlainText("mercato")
    assert len(search(either)) == 2


BAD_INPUTS = [
    "a\x00b",
    "chercheurs\x00",
    "\x00",
    "🤖 chercheurs 🎉",
    "🤖",
    " ".join(["mot"] * 300),
    " ".join(f"mot{n}" for n in range(300)),
    "x" * 20000,
    "chercheurs " * 2000,
    '"' * 5000,
    '"chercheurs',
    'chercheurs"',
    "« chercheurs",
    "& | ! :* ( ) NEAR \" - '",
    "NEAR(chercheurs mercato)",
    "chercheurs NOT mercato",
    "chercheurs OR",
    "AND",
    "chercheurs*",
    "*",
    "title:chercheurs",
    "{title body}: chercheurs",
    "^chercheurs",
    "-chercheurs",
    "+chercheurs",
    "chercheurs:*",
    "' OR 1=1 --",
    "'; DROP TABLE wagtailcore_page; --",
    "\\",
    "%",
    "_",
    "()",
    "\u202e\u200b\ufeff",
    "\ud800",
]


@pytest.mark.parametrize("query", BAD_INPUTS)
@pytest.mark.parametrize("operator", ["and", "or"])
def test_bad_input_returns_results_or_nothing(newsroom, query, operator):
    results = search(query, operator=operator)
    found = list(results[:10])
    assert results.count() == len(found) or len(found) == 10
    assert len(list(results.annotate_score("_score")[:10])) == len(found)
    assert list(search(query, operator=operator, order_by_relevance=False)[:10]) is not None
    assert list(ArticlePage.objects.live().autocomplete(query)[:10]) is not None
    assert list(search(Phrase(query))[:10]) is not None
    if "chercheurs" in query and operator == "or" or query in {"chercheurs*", "🤖 chercheurs 🎉"}:
        assert newsroom["chercheurs"] in found


def test_a_query_without_words_finds_nothing(newsroom):
    for query in ["", " ", "!!!", "🤖", "\x00", '""']:
        assert list(search(query)) == []
        assert search(query).count() == 0


# Who is found


def test_drafts_and_unpublished_articles_are_never_found(news_index, newsroom):
    draft = article(news_index, "Brouillon des chercheurs", live=False)
    assert draft not in search("chercheurs")
    assert draft in search("brouillon", ArticlePage.objects.all())  # indexed, filtered out

    newsroom["chercheurs"].unpublish()
    assert titles(search("chercheurs")) == []
    assert search("chercheurs").count() == 0


def test_edits_are_indexed_when_published(newsroom):
    page = newsroom["silicium"]
    page.title = "Puces, silicium et chercheurs"
    publish(page)
    assert page in search("chercheur")


def test_deleted_articles_leave_the_index(newsroom):
    newsroom["chercheurs"].delete()
    assert titles(search("mercato")) == []


# Ranking, filters, pagination


def test_a_title_hit_ranks_above_a_body_hit(news_index):
    body_only = article(news_index, "Rapport annuel", "Le cerveau des robots, le cerveau.")
    in_title = article(news_index, "Le cerveau des robots", "Un rapport annuel.")
    results = list(search("cerveau").annotate_score("_score"))
    assert results == [in_title, body_only]
    assert results[0]._score > results[1]._score > 0


def test_more_occurrences_rank_higher(news_index):
    once = article(news_index, "Un", "Le robot parle. Une longue phrase sur autre chose.")
    thrice = article(news_index, "Deux", "Le robot, le robot et encore le robot.")
    assert list(search("robot")) == [thrice, once]


def test_filters_order_and_pagination(news_index):
    old = article(news_index, "Ancien chercheur")
    ArticlePage.objects.filter(pk=old.pk).update(
        first_published_at=timezone.now() - timedelta(days=30)
    )
    pages = [article(news_index, f"Chercheurs {n}", "Des chercheurs.") for n in range(5)]
    recent = ArticlePage.objects.live().filter(
        first_published_at__gte=timezone.now() - timedelta(days=1)
    )
    assert set(search("chercheurs", recent)) == set(pages)
    assert search("chercheurs", recent).count() == 5
    assert search("chercheurs", ArticlePage.objects.live().filter(id__in=[old.pk])).count() == 1

    by_date = search(
        "chercheurs",
        ArticlePage.objects.live().order_by("first_published_at"),
        order_by_relevance=False,
    )
    assert list(by_date)[0] == old
    assert list(by_date.annotate_score("_score"))[0]._score > 0

    results = search("chercheurs")
    assert results.count() == 6
    assert len(results[:4]) == 4 and len(results[4:10]) == 2
    assert list(results[:4]) + list(results[4:]) == list(results)
    paginator = Paginator(results, 4)
    assert paginator.count == 6 and len(paginator.page(2).object_list) == 2


def test_search_in_some_fields_only(newsroom):
    assert list(search("chercheurs", fields=["title"])) == [newsroom["chercheurs"]]
    assert list(search("mercato", fields=["title"])) == []
    assert list(search("mercato", fields=["body"])) == [newsroom["chercheurs"]]


def test_specific_pages_and_other_models(news_index, newsroom, categories):
    found = list(Page.objects.live().search("chercheurs", operator="and"))
    assert [page.specific for page in found] == [newsroom["chercheurs"]]
    assert list(Page.objects.live().specific().search("chercheurs")) == [newsroom["chercheurs"]]
    backend = get_search_backend()
    assert list(backend.search("reseau social", Category)) == [categories[1]]
    assert list(backend.search("intelligence artificielle", Category)) == [categories[0]]


def test_facets_count_the_hits(newsroom):
    counts = search("chercheurs mercato ia", operator="or").facet("live")
    assert counts == {True: 2}


def test_autocomplete_finds_word_beginnings(newsroom):
    assert list(ArticlePage.objects.live().autocomplete("cherch")) == [newsroom["chercheurs"]]
    assert list(ArticlePage.objects.live().autocomplete("menin")) == [newsroom["meninges"]]
    assert list(ArticlePage.objects.live().autocomplete("Mén")) == [newsroom["meninges"]]
    assert list(ArticlePage.objects.live().autocomplete("les cherch")) == [newsroom["chercheurs"]]
    assert list(ArticlePage.objects.live().autocomplete("bil")) == [newsroom["recrutements"]]
    assert list(ArticlePage.objects.live().autocomplete("chercheurs mer")) == []


def test_update_index_rebuilds_and_search_still_works(newsroom):
    call_command("update_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert titles(search("chercheur")) == [newsroom["chercheurs"].title]
    assert titles(search("meninges")) == [newsroom["meninges"].title]
    assert titles(search('"souris verte"')) == [newsroom["silicium"].title]


# Engines


def test_the_backend_fits_the_database():
    backend = get_search_backend()
    expected = {
        "sqlite": "FrenchSQLiteSearchBackend",
        "postgresql": "FrenchPostgresSearchBackend",
    }[connection.vendor]
    assert type(backend).__name__ == expected


@pytest.mark.skipif(not SQLITE, reason="SQLite's FTS5 index")
def test_sqlite_index_holds_stems_and_ranks_in_one_fts_scan(newsroom):
    from search.backends import FTS5_COLUMNS, IndexEntry, SQLiteFTSIndexEntry

    entry = IndexEntry.objects.get(object_id=str(newsroom["meninges"].pk))
    assert entry.title == "mening et million"
    assert "ia gener attir le investisseur" in entry.body

    with connection.cursor() as cursor:
        table = SQLiteFTSIndexEntry._meta.db_table
        cursor.execute(f"SELECT name FROM pragma_table_info('{table}')")
        assert tuple(row[0] for row in cursor.fetchall()) == FTS5_COLUMNS

    results = search("chercheurs mercato")
    compiler = results.query_compiler
    hits_sql, hits_params = compiler.hits_sql(compiler.match[1], with_score=True)
    filtered_sql, filtered_params = compiler.filtered_sql()
    with connection.cursor() as cursor:
        cursor.execute(
            f"EXPLAIN QUERY PLAN SELECT * FROM ({hits_sql}) AS hit"
            f" WHERE {filtered_sql} ORDER BY hit.score DESC LIMIT 10",
            [*hits_params, *filtered_params],
        )
        plan = [row[-1] for row in cursor.fetchall()]
    # One FTS5 scan, the outer loop, by MATCH only (never re-run per row by rowid: "=M");
    # the queryset's filters are a primary key probe per hit.
    assert [line for line in plan if "VIRTUAL TABLE" in line] == [plan[0]], plan
    assert "INDEX 0:M" in plan[0], plan
    assert not any("SCAN wagtailcore_page" in line for line in plan), plan


@pytest.mark.skipif(not POSTGRES, reason="PostgreSQL's text search configuration")
def test_postgres_french_unaccent_configuration_and_fuzzy_search(newsroom):
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('french_unaccent', 'Méninges des chercheurs')")
        assert cursor.fetchone()[0] == "'chercheur':3 'mening':1"
    misspelt = search(Fuzzy("chercheus", unaccent=True), operator=None)
    assert newsroom["chercheurs"] in list(misspelt)


@pytest.mark.skipif(not POSTGRES, reason="PostgreSQL's ranking path")
def test_postgres_matches_through_the_title_body_index_and_ranks_like_wagtail(
    news_index, monkeypatch
):
    from django.contrib.postgres.search import SearchQuery
    from modelsearch.backends.database.postgres.postgres import (
        IndexEntry,
        PostgresSearchQueryCompiler,
    )

    from search.backends.postgres import (
        FrenchPostgresQueryMixin,
        FrenchPostgresSearchBackend,
        matching_entries,
    )

    pages = [
        article(news_index, "Le robot du laboratoire", "Un robot, un robot."),
        article(news_index, "Rapport", "Le robot parle au laboratoire du robot."),
        article(news_index, "Laboratoire", "Un robot."),
        article(news_index, "Brouillon robot", "Un robot au laboratoire.", live=False),
    ]

    class StockRanking(FrenchPostgresQueryMixin, PostgresSearchQueryCompiler):
        pass

    def ranked(query):
        results = search(query).annotate_score("_score")
        return [(page.pk, round(page._score, 6)) for page in results], results.count()

    ours = ranked("robot laboratoire")
    with monkeypatch.context() as patch:
        patch.setattr(FrenchPostgresSearchBackend, "query_compiler_class", StockRanking)
        stock = ranked("robot laboratoire")
    assert ours == stock
    assert [pk for pk, _score in ours[0]] == [pages[0].pk, pages[1].pk, pages[2].pk]

    # The match can read the GIN index on title || body instead of every index entry.
    query = SearchQuery("robot", config="french_unaccent")
    sql, params = matching_entries(IndexEntry.objects.all(), query).query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = " ".join(row[0] for row in cursor.fetchall())
    assert "modelsearch_title_body_gin" in plan, plan


# French normalisation


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("chercheur", "chercheurs"),
        ("méninges", "Meninges"),
        ("IA", "ia"),
        ("recrutement", "recrutements"),
        ("université", "universite"),
        ("Œuvre", "oeuvre"),
        ("l'IA", "IA"),
        ("l’intelligence", "intelligence"),
    ],
)
def test_both_sides_normalise_alike(one, other):
    assert french.index_text(one) == french.index_text(other)
    assert french.parse_query(one).terms == tuple(french.stems(other))


def test_parse_query_bounds_and_neutralises_input():
    assert french.parse_query("' OR 1=1 --").terms == ("or", "1")
    assert french.parse_query('& | ! :* ( ) NEAR " -').terms == ("near",)
    assert french.parse_query("le chercheur de l’IA").terms == ("chercheur", "ia")
    assert french.parse_query("le la").terms == ("le", "la")
    assert french.parse_query('"la souris verte" chat').phrases == (("la", "sour", "vert"),)
    assert len(french.parse_query(" ".join(f"m{n}" for n in range(300))).terms) == 32
    assert french.parse_query("a\x00b\x01chat").terms == ("b", "chat")
    assert not french.parse_query("🤖 🎉 \x00")


# Settings


def settings_for(**environ):
    """The default search backend the settings choose for these variables alone."""
    database = dj_database_url.parse(environ.get("DATABASE_URL", "sqlite:///db.sqlite3"))
    return search_backend(environ, database["ENGINE"])["default"]


def test_settings_choose_the_backend_from_the_environment():
    assert settings_for()["BACKEND"] == "search.backends.FrenchSQLiteSearchBackend"
    postgres = settings_for(DATABASE_URL="postgres://u@db:5432/news")
    assert postgres == {
        "BACKEND": "search.backends.FrenchPostgresSearchBackend",
        "SEARCH_CONFIG": "french_unaccent",
    }

    service = settings_for(
        DATABASE_URL="postgres://u@db:5432/news",
        SEARCH_URL="https://user:secret@search.example:9200",
        SEARCH_BACKEND="opensearch2",
        SEARCH_INDEX="journal",
    )
    assert service["BACKEND"] == "wagtail.search.backends.opensearch2"
    assert service["URLS"] == ["https://user:secret@search.example:9200"]
    assert service["INDEX_PREFIX"] == "journal_"
    analysis = service["INDEX_SETTINGS"]["settings"]["analysis"]
    assert "french_stemmer" in analysis["analyzer"]["default"]["filter"]
    assert "asciifolding" in analysis["analyzer"]["default"]["filter"]

    default = settings_for(SEARCH_URL="http://localhost:9200")
    assert default["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert default["INDEX_PREFIX"] == "newsroom_"


def test_settings_choose_a_backend_for_each_database_and_service():
    postgis = settings_for(DATABASE_URL="postgis://u@db:5432/news")
    assert postgis["BACKEND"] == "search.backends.FrenchPostgresSearchBackend"
    mysql = settings_for(DATABASE_URL="mysql://u@db:3306/news")
    assert mysql == {"BACKEND": "wagtail.search.backends.database"}
    assert settings_for(SEARCH_URL="")["BACKEND"] == "search.backends.FrenchSQLiteSearchBackend"

    dotted = settings_for(SEARCH_URL="http://localhost:9200", SEARCH_BACKEND="custom.Backend")
    assert dotted["BACKEND"] == "custom.Backend"
    assert dotted["TIMEOUT"] == 5
    assert settings_for(SEARCH_URL="http://localhost:9200", SEARCH_TIMEOUT="12")["TIMEOUT"] == 12
    # Each call has its own analysis: a backend that alters it alters no other.
    dotted["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"].clear()
    again = settings_for(SEARCH_URL="http://localhost:9200")["INDEX_SETTINGS"]
    assert "default" in again["settings"]["analysis"]["analyzer"]


@pytest.mark.parametrize(
    ("name", "client"),
    [("elasticsearch8", "elasticsearch"), ("opensearch2", "opensearchpy")],
)
def test_search_service_backend_resolves_when_its_client_is_installed(name, client):
    pytest.importorskip(client)
    params = settings_for(SEARCH_URL="http://localhost:9200", SEARCH_BACKEND=name)
    backend = get_search_backend(params.pop("BACKEND"), **params)
    assert backend.settings["settings"]["analysis"]["analyzer"]["default"]["type"] == "custom"
