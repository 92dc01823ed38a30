"""Feeds, sitemaps, JSON-LD and the machine-readable exports stay well formed whatever the
database holds: here every forbidden character is written into the rows directly, past the
models and their forms, as data from before the rule or from a route that skips it."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from taggit.models import Tag
from wagtail.models import Site

from news.models import ArticlePage, ArticleSource, Category, CreditedImage
from notice.models import AINotice
from tests.support.control_characters import assert_clean, dirty, json_ld, well_formed_xml, words
from tests.support.factories import ArticlePageFactory, publish

pytestmark = pytest.mark.django_db

SOME = ["\x01", "\x0b", "\x1f", "\x7f", "\x85", "\x9f", "\ufffe"]  # for a 60-character field

XML_OUTPUTS = [
    "/flux/rss/",
    "/flux/atom/",
    "/categorie/technologie/flux/rss/",
    "/categorie/technologie/flux/atom/",
    "/tag/openai/flux/rss/",
    "/tag/openai/flux/atom/",
    "/sitemap.xml",
    "/sitemap-news.xml",
]


@pytest.fixture
def soiled(news_index, categories):
    """A published article, then every text it shows elsewhere soiled in the database."""
    reviewer = get_user_model().objects.create_user("relecteur", first_name="Camille")
    article = ArticlePageFactory(
        parent=news_index,
        live=False,
        title="Les chercheurs changent d’équipe",
        slug="les-chercheurs",
        standfirst="Un mercato très agité.",
        categories=[categories[2]],
        tags=["OpenAI"],
        sources=[("Techcrunch", "https://techcrunch.com/")],
        ai_model="Modèle X",
        ai_model_version="2",
        hero_caption="Une légende",
        search_description="Une description",
        corrections=[
            {"type": "correction", "value": {"date": "2026-01-02", "text": "Une correction"}}
        ],
    )
    publish(article)
    body = [
        {"type": "paragraph", "value": f"<p>{dirty('Premier paragraphe du texte')}</p>"},
        {"type": "heading", "value": {"text": dirty("Un intertitre"), "level": "h2"}},
        {"type": "pull_quote", "value": {"quote": dirty("Une citation"), "attribution": ""}},
        {
            "type": "fact_box",
            "value": {"title": dirty("En bref"), "text": f"<p>{dirty('Un fait')}</p>"},
        },
    ]
    corrections = [
        {"type": "correction", "value": {"date": "2026-01-02", "text": dirty("Une correction")}}
    ]
    ArticlePage.objects.filter(pk=article.pk).update(
        title=dirty("Les chercheurs changent d’équipe"),
        seo_title=dirty("Titre pour les moteurs"),
        search_description=dirty("Une description"),
        standfirst=dirty("Un mercato très agité."),
        hero_alt_text=dirty("Un dégradé bleu"),
        hero_caption=dirty("Une légende"),
        ai_model=dirty("Modèle X"),
        ai_model_version=dirty("2", SOME),
        body=body,
        corrections=corrections,
        approved_by=reviewer,
    )
    get_user_model().objects.filter(pk=reviewer.pk).update(
        first_name=dirty("Camille"), last_name=dirty("Durand")
    )
    CreditedImage.objects.filter(pk=article.hero_image_id).update(
        title=dirty("Une image"),
        description=dirty("Un dégradé"),
        photographer=dirty("Philippa Rose-Tite"),
        credit_source=dirty("Unsplash"),
        licence=dirty("Licence Unsplash"),
    )
    Category.objects.filter(pk=categories[2].pk).update(
        name=dirty("Techno logie"), description=dirty("Tout sur la technologie")
    )
    Tag.objects.filter(slug="openai").update(name=dirty("Open AI"))
    ArticleSource.objects.filter(page=article).update(name=dirty("Tech crunch"))
    notice = AINotice.load()
    notice.learn_more_page = news_index
    notice.save()
    AINotice.objects.filter(pk=notice.pk).update(
        text=f"<p>{dirty('Cet article a été écrit par une IA')}</p>",
        learn_more_label=dirty("En savoir plus", SOME),
    )
    Site.objects.update(site_name=dirty("Méninges et Millions"))
    return ArticlePage.objects.get(pk=article.pk)


@pytest.mark.parametrize("url", XML_OUTPUTS)
def test_xml_outputs_stay_well_formed_with_control_characters_in_the_database(reader, soiled, url):
    text = well_formed_xml(reader.get(url), url)
    assert "/les-chercheurs/" in text  # the article is there, only the characters went


def test_feed_items_keep_every_soiled_text_readable(reader, soiled):
    text = words(well_formed_xml(reader.get("/flux/rss/"), "rss"))
    for shown in ["Un mercato", "Open AI", "Philippa", "Un dégradé bleu", "Camille"]:
        assert shown in text


@pytest.mark.parametrize("where", ["article", "home", "category", "tag", "index"])
def test_json_ld_stays_valid_with_control_characters_in_the_database(
    reader, soiled, news_index, where
):
    url = {
        "article": soiled.url,
        "home": "/",
        "category": "/categorie/technologie/",
        "tag": "/tag/openai/",
        "index": news_index.url,
    }[where]
    data = json_ld(reader.get(url), url)
    if where == "article":
        article = data[0]
        # Truncated to 110 characters counting the invisible ones: only with soiled rows.
        assert words(article["headline"]).startswith("Les chercheurs")
        assert words(article["image"][0]["creditText"]) == "Philippa Rose-Tite / Unsplash"
        assert words(article["mainEntityOfPage"]["reviewedBy"]["name"]) == "Camille Durand"


def test_open_graph_tags_hold_no_control_character(reader, soiled):
    soup = BeautifulSoup(reader.get(soiled.url).content, "html.parser")
    tags = {tag.get("property") or tag.get("name"): tag.get("content", "") for tag in soup("meta")}
    for name, content in tags.items():
        assert_clean(content, name)
    assert words(tags["og:title"]) == "Titre pour les moteurs"
    assert words(tags["og:image:alt"]) == "Un dégradé bleu"


@pytest.mark.parametrize("output", ["llms.txt", "markdown"])
def test_plain_text_exports_hold_no_control_character(reader, soiled, output):
    url = "/llms.txt" if output == "llms.txt" else soiled.url.rstrip("/") + ".md"
    response = reader.get(url)
    assert response.status_code == 200
    text = response.content.decode("utf-8")
    assert_clean(text, url)
    text = words(text)
    assert "Les chercheurs" in text
    if output == "markdown":
        for shown in ["Premier paragraphe", "Un intertitre", "Un fait", "Tech crunch"]:
            assert shown in text
