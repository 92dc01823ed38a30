"""The editorial flow in a real browser: write and submit, preview and approve, read.

The same path as tests/editorial/test_workflow.py, through the admin's real UI (its JavaScript, the
image chooser, StreamField, the action menu, the preview panel) and the public site.
"""

import re

import pytest

from news.models import ArticlePage
from notice.models import DEFAULT_AI_NOTICE
from tests.e2e.conftest import IMAGE_TITLE

try:
    from playwright.sync_api import expect
except ImportError:  # conftest skips these tests and says why
    expect = None

pytestmark = [
    pytest.mark.e2e,
    # The live server sees committed data only. Serialized rollback restores what the
    # migrations created (root page, default site, collections) after any earlier flush.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "Les robots relisent la rédaction"
STANDFIRST = "Des correcteurs automatiques rejoignent la rédaction, sous le regard des humains."
PARAGRAPH = "Les correcteurs automatiques ont rejoint la rédaction cette semaine."
QUOTE = "Relire, c’est publier deux fois."
CATEGORY = "Technologie"
SOURCE = ("Techcrunch", "https://techcrunch.com/")
MODEL, VERSION = "Modèle X", "2"
# The French translation puts a no-break space before the colon.
CREDIT = re.compile(r"Crédits image\s:\sPhilippa Rose-Tite / Unsplash")
DISCLOSURE = "Article rédigé par Modèle X 2, relu par Camille Durand"


def shoot(page, artifacts, name, full_page=False):
    page.screenshot(path=artifacts / f"{name}.png", full_page=full_page, animations="disabled")


def expect_message(page, pattern):
    """The admin's confirmation banner (it slides in: shoot() fast-forwards animations)."""
    expect(page.get_by_role("status")).to_contain_text(re.compile(pattern, re.DOTALL))


def log_in(page, site_url, username):
    page.goto(f"{site_url}/admin/login/")
    page.get_by_role("textbox", name=re.compile("utilisateur", re.IGNORECASE)).fill(username)
    # Wagtail's login form names this field without a label: it shows « Password ».
    page.get_by_label(re.compile("Mot de passe|Password")).fill(f"{username}-demo")
    page.get_by_role("button", name="S'identifier").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def settle_autosave(page):
    """Let Wagtail's autosave land before acting on the form.

    The editor autosaves a draft about a second after each change; the first autosave of a
    new page creates it and points the form at its edit view. Submitting while one is on
    its way could post to the add view a second time. Settled: not saving for two seconds.
    """
    page.wait_for_function(
        """() => {
            const indicator = document.querySelector('#w-autosave-indicator');
            if (!indicator) return true;
            if (indicator.getAttribute('data-w-autosave-state-value') === 'saving') {
                window.e2eSettledSince = null;
                return false;
            }
            window.e2eSettledSince = window.e2eSettledSince || Date.now();
            return Date.now() - window.e2eSettledSince > 2000;
        }""",
        polling=100,
    )


def open_action_menu(page):
    """The footer's arrow, beside the main action, reveals the other actions."""
    page.get_by_role("button", name="Plus d'actions").click()


def write_and_submit(page, site_url, newsroom, artifacts):
    page.goto(f"{site_url}/admin/pages/add/news/articlepage/{newsroom['index'].pk}/")
    page.get_by_role("textbox", name=re.compile(r"^Titre\*?$")).fill(TITLE)
    page.get_by_role("textbox", name="Chapô").fill(STANDFIRST)

    page.get_by_role("button", name="Choisir une image").click()
    chooser = page.get_by_role("dialog")
    chooser.get_by_role("link", name=IMAGE_TITLE).click()
    expect(chooser).to_be_hidden()
    expect(page.locator("input[name=hero_image]")).to_have_value(str(newsroom["image"].pk))

    body = page.get_by_role("region", name="Corps du texte")
    body.get_by_role("button", name="Insérer un bloc").first.click()
    page.get_by_role("option", name="Paragraphe", exact=True).click()
    paragraph = body.get_by_role("textbox").first
    paragraph.click()
    page.keyboard.type(PARAGRAPH)
    expect(paragraph).to_contain_text(PARAGRAPH)
    body.get_by_role("button", name="Insérer un bloc").last.click()
    page.get_by_role("option", name="Exergue", exact=True).click()
    body.get_by_role("textbox", name="Citation").fill(QUOTE)

    page.get_by_role("checkbox", name=CATEGORY).check()
    page.get_by_role("button", name=re.compile(r"^Ajouter .*source")).click()
    page.get_by_role("textbox", name=re.compile(r"^Nom")).fill(SOURCE[0])
    page.get_by_role("textbox", name=re.compile(r"^Adresse")).fill(SOURCE[1])
    page.get_by_role("textbox", name="Système d’IA").fill(MODEL)
    page.get_by_role("textbox", name="Version du modèle").fill(VERSION)

    settle_autosave(page)
    body.scroll_into_view_if_needed()
    shoot(page, artifacts, "01-editor-article-written")
    open_action_menu(page)
    page.get_by_role("button", name="Soumettre à Relecture").click()
    expect_message(page, rf"«\s*{TITLE}\s*».*soumise pour modération")
    shoot(page, artifacts, "02-editor-submitted")


def review_and_approve(page, site_url, article, artifacts):
    log_in(page, site_url, "redac-chef")
    awaiting = page.get_by_role("region", name="En attente de ma relecture")
    expect(awaiting.get_by_role("link", name=TITLE)).to_be_visible()
    shoot(page, artifacts, "03-moderator-dashboard")
    awaiting.get_by_role("link", name=TITLE).click()
    expect(page).to_have_url(re.compile(rf"/admin/pages/{article.pk}/edit/$"))

    page.get_by_role("button", name="Afficher/masquer la prévisualisation").click()
    # The panel loads each preview in a new iframe, then swaps it in under this id.
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator(".pull-quote")).to_contain_text(f"« {QUOTE} »")
    expect(preview.locator(".article__hero-caption")).to_contain_text(CREDIT)
    shoot(page, artifacts, "04-moderator-preview")

    open_action_menu(page)
    page.get_by_role("button", name="Approuver", exact=True).click()
    expect_message(page, rf"«\s*{TITLE}\s*» est approuvé et publié")
    row = page.get_by_role("row").filter(has_text=TITLE)
    expect(row).to_contain_text(re.compile("publiée", re.IGNORECASE))
    shoot(page, artifacts, "05-moderator-approved")


def read(page, site_url, article, artifacts):
    page.goto(f"{site_url}/")
    card_link = page.get_by_role("link", name=TITLE).first
    expect(card_link).to_be_visible()
    expect(page.locator("wagtail-userbar")).to_have_count(0)  # really anonymous
    shoot(page, artifacts, "06-reader-home", full_page=True)

    card_link.click()
    expect(page).to_have_url(f"{site_url}{article.url}")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.locator(".article__body .pull-quote")).to_contain_text(f"« {QUOTE} »")
    expect(page.locator(".article__hero-caption")).to_contain_text(CREDIT)
    expect(page.locator(".article__provenance")).to_have_text(DISCLOSURE)
    expect(page.locator(".ai-notice")).to_contain_text(DEFAULT_AI_NOTICE)
    hero = page.locator(".article__hero img")
    expect(hero).to_have_attribute("alt", "Un dégradé bleu et rouge")
    # Really there: a rendition the live server generated and served, decoded by the browser.
    expect(hero).to_have_js_property("complete", True)
    assert hero.evaluate("image => image.naturalWidth") > 0
    shoot(page, artifacts, "07-reader-article", full_page=True)


def test_editor_writes_moderator_approves_reader_reads(new_page, site_url, newsroom, artifacts):
    editor = new_page("editor")
    log_in(editor, site_url, "redacteur")
    write_and_submit(editor, site_url, newsroom, artifacts)
    article = ArticlePage.objects.get(title=TITLE)
    assert not article.live
    assert article.workflow_in_progress
    submitted = article.get_latest_revision_as_object()
    assert submitted.hero_image_id == newsroom["image"].pk
    assert [(source.name, source.url) for source in submitted.sources.all()] == [SOURCE]

    moderator = new_page("moderator")
    review_and_approve(moderator, site_url, article, artifacts)
    article.refresh_from_db()
    assert article.live
    assert article.approved_by.username == "redac-chef"

    reader = new_page("reader")
    read(reader, site_url, article, artifacts)
    assert reader.errors == [], reader.errors
    assert reader.failed_responses == [], reader.failed_responses
