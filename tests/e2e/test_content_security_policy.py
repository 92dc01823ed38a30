"""The Content-Security-Policy in a real browser: readers' pages break none of it, and the
admin (editor, image chooser, preview panel, userbar) still works under its own."""

import re

import pytest

from tests.e2e.test_editorial_flow import log_in
from tests.support.editorial import credited_image, setup_newsroom
from tests.support.factories import ArticlePageFactory, publish

try:
    from playwright.sync_api import expect
except ImportError:  # conftest skips these tests and says why
    expect = None

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "La politique de sécurité tient bon"


@pytest.fixture
def article(news_index, categories):
    setup_newsroom()
    page = ArticlePageFactory(
        parent=news_index,
        title=TITLE,
        slug="politique-securite",
        hero_image=credited_image(title="Dégradé"),
        categories=[categories[0]],
    )
    page = publish(page)
    page.category_url = categories[0].url
    return page


def watch_policy(page):
    """Every violation Chromium reports, as the console messages it writes for them."""
    page.violations = []
    page.on(
        "console",
        lambda message: (
            page.violations.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    return page


def test_reader_pages_break_no_directive(new_page, site_url, article):
    page = watch_policy(new_page("reader"))
    for path in ("/", article.category_url, "/recherche/?q=politique", article.url):
        response = page.goto(site_url + path)
        assert response.status == 200
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy
        # Inline style attributes only; never an inline script.
        assert policy.count("'unsafe-inline'") == 1
        assert "style-src-attr 'unsafe-inline'" in policy
    expect(page.get_by_role("heading", level=1)).to_contain_text(TITLE)
    # The comment form's script runs (it fetches its keys when the reader starts writing).
    page.get_by_label(re.compile("Commentaire")).first.fill("Bravo")
    expect(page.locator("input[name=csrfmiddlewaretoken]")).to_have_count(1)
    assert page.violations == []
    assert page.errors == []


def test_admin_editor_chooser_preview_and_userbar_work_under_the_admin_policy(
    new_page, site_url, article
):
    page = watch_policy(new_page("editor"))
    log_in(page, site_url, "redacteur")
    page.goto(f"{site_url}/admin/pages/{article.pk}/edit/")
    expect(page.get_by_role("textbox", name=re.compile("Titre"))).to_have_value(TITLE)

    # « Changer l'image » sits in the chooser's « … » menu.
    page.locator("[data-chooser-action-choose]").first.evaluate("button => button.click()")
    chooser = page.get_by_role("dialog")
    expect(chooser.get_by_role("link", name="Dégradé")).to_be_visible()
    chooser.get_by_role("link", name="Dégradé").click()
    expect(chooser).to_be_hidden()

    page.get_by_role("button", name="Afficher/masquer la prévisualisation").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_contain_text(TITLE)

    # The reader's page with the staff userbar on it.
    page.goto(site_url + article.url)
    expect(page.locator("wagtail-userbar")).to_have_count(1)
    page.locator("wagtail-userbar").get_by_role("button").first.click()
    assert page.violations == []
    assert page.errors == []
