"""Every kind of reader page, on a phone (390 px) and a desktop (1280 px), passes axe-core:
the accessibility engine behind Lighthouse's score finds nothing to fix."""

import pytest

from tests.e2e.axe import axe_violations
from tests.support.factories import (
    ArticlePageFactory,
    CommentFactory,
    StandardPageFactory,
    body_stream,
    days_ago,
    publish,
)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 1000}}


@pytest.fixture
def reader_pages(home_page, news_index, categories):
    about = publish(
        StandardPageFactory(
            parent=home_page,
            live=False,
            title="Comment nous utilisons l’IA",
            slug="ia",
            introduction="Tous nos articles sont écrits par des IA.",
            body="<h2>Relu par la rédaction</h2><p>Rien n’est publié sans accord.</p>",
        )
    )
    articles = []
    for number in range(3):
        article = ArticlePageFactory(
            parent=news_index,
            live=False,
            title=f"Les chercheurs changent d’équipe, épisode {number}",
            slug=f"chercheurs-{number}",
            categories=categories[: number + 1],
            tags=["OpenAI", "Recrutement"],
            sources=[("Techcrunch", "https://techcrunch.com/")],
            body=body_stream(
                ("paragraph", "<p>Un mercato très agité chez les chercheurs.</p>"),
                ("heading", {"text": "Des chèques dodus", "level": "h2"}),
                ("pull_quote", {"quote": "L’argent attire les algorithmes.", "attribution": ""}),
                ("paragraph", "<p>La direction sort les extincteurs.</p>"),
            ),
        )
        articles.append(publish(article, when=days_ago(number + 1)))
    CommentFactory(article=articles[0], status="published")
    return {
        "home": "/",
        "archive": news_index.url,
        "category": categories[0].url,
        "tag": "/tag/openai/",
        "article": articles[0].url,
        "standard page": about.url,
        "search": "/recherche/?q=chercheurs",
        "not found": "/cette-page-n-existe-pas/",
    }


@pytest.mark.parametrize("size", SIZES)
def test_axe_finds_nothing_to_fix_on_any_reader_page(new_page, site_url, reader_pages, size):
    page = new_page(f"reader-{size}")
    page.set_viewport_size(SIZES[size])
    found = {}
    for name, path in reader_pages.items():
        response = page.goto(site_url + path)
        assert response.status == (404 if name == "not found" else 200), (name, path)
        violations = axe_violations(page)
        if violations:
            found[name] = violations
    assert found == {}
    assert page.errors == []
