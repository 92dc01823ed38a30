"""For machine readers: /llms.txt and the Markdown version of each article."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction

from news.models import ArticlePage
from tests.support.factories import ArticlePageFactory, days_ago, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(news_index, categories):
    approver = get_user_model().objects.create_user("relecteur", first_name="Camille")
    page = ArticlePageFactory(
        parent=news_index,
        live=False,
        title="Le *mercato* des [chercheurs]",
        slug="mercato",
        standfirst="Meta recrute chez OpenAI.",
        categories=[categories[0]],
        tags=["OpenAI"],
        sources=[("Techcrunch", "https://techcrunch.com/")],
        ai_model="Modèle X",
        ai_model_version="2",
        corrections=[
            ("correction", {"date": datetime.date(2026, 11, 26), "text": "Un chiffre était faux."})
        ],
    )
    publish(page, when=days_ago(1))
    ArticlePage.objects.filter(pk=page.pk).update(approved_by=approver)
    return page


def test_markdown_version_of_an_article(reader, article):
    response = reader.get("/actualites/mercato.md")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/markdown; charset=utf-8"
    assert response["Link"] == '<http://localhost/actualites/mercato/>; rel="canonical"'
    assert response["X-Robots-Tag"] == "noindex"
    text = response.content.decode()
    assert text.startswith("# Le \\*mercato\\* des \\[chercheurs\\]\n\n> Meta recrute chez OpenAI.")
    assert "- Publié le " in text
    assert (
        "[Intelligence Artificielle](http://localhost/categorie/intelligence-artificielle/)" in text
    )
    assert "Premier paragraphe de l’article, sur les chercheurs et l’IA." in text
    assert "> « Une phrase qui claque. »" in text
    assert "Source\u00a0: [Techcrunch](https://techcrunch.com/)" in text
    assert "**Correction, le 26 novembre 2026\u00a0:** Un chiffre était faux." in text
    assert "*Crédits image\u00a0: Atelier graphique de la rédaction / Image générée*" in text
    assert "*Article rédigé par Modèle X 2, relu par Camille.*" in text
    assert "Les articles de ce site sont tous écrits par des intelligences artificielles" in text


@pytest.mark.parametrize(
    "url",
    [
        "/actualites/brouillon.md",
        "/actualites/prive.md",
        "/actualites/inconnu.md",
        "/actualites.md",
    ],
)
def test_markdown_is_only_for_published_public_articles(reader, article, news_index, url):
    ArticlePageFactory(parent=news_index, live=False, slug="brouillon")
    private = publish(ArticlePageFactory(parent=news_index, live=False, slug="prive"))
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert reader.get(url).status_code == 404


def test_llms_txt_presents_the_site_and_its_articles(reader, article, news_index):
    ArticlePageFactory(parent=news_index, live=False, title="Brouillon secret", slug="brouillon")
    response = reader.get("/llms.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert text.startswith("# Méninges & Millions\n\n> Les articles de ce site sont tous écrits")
    assert (
        "- [Intelligence Artificielle](http://localhost/categorie/intelligence-artificielle/)"
        in text
    )
    assert (
        "- [Le \\*mercato\\* des \\[chercheurs\\]](http://localhost/actualites/mercato.md): "
        "Meta recrute chez OpenAI." in text
    )
    assert "Brouillon secret" not in text
    assert "http://localhost/flux/rss/" in text
    assert "http://localhost/sitemap.xml" in text
