"""The pages a French news publisher must have, and the footer that leads to them everywhere."""

import io

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse

from editorial.roles import CHIEF_EDITORS
from home.legal import PLACEHOLDER
from home.models import StandardPage
from notice.models import AINotice
from operations.health import unavailable_response
from operations.views import server_error
from tests.operations.test_control_characters import admin_errors, form_values
from tests.support.editorial import login
from tests.support.editorial import setup_newsroom as newsroom_accounts
from tests.support.factories import ArticlePageFactory, StandardPageFactory, publish

LEGAL = {"/mentions-legales/", "/contact/", "/donnees-personnelles/"}
FOOTER = {*LEGAL, "/ia/", "/actualites/", "/flux/rss/"}


def footer_addresses(html):
    soup = BeautifulSoup(html, "html.parser")
    return {a["href"] for a in soup.select("footer .site-footer__nav a")}


def quiet_setup():
    output = io.StringIO()
    call_command("setup_newsroom", stdout=output)
    return output.getvalue()


@pytest.fixture
def page_cache(settings, empty_cache):
    """The page cache on, as readers get it: a change must reach them at once."""
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def site(db, home_page, news_index, categories):
    about = publish(StandardPageFactory(parent=home_page, live=False, slug="ia", title="L’IA ici"))
    notice = AINotice.load()
    notice.learn_more_page = about
    notice.save()
    quiet_setup()
    article = publish(
        ArticlePageFactory(
            parent=news_index,
            live=False,
            title="Un article",
            slug="un-article",
            categories=[categories[0]],
            tags=["OpenAI"],
        )
    )
    return {"home": home_page, "index": news_index, "article": article, "about": about}


@pytest.mark.django_db
def test_setup_newsroom_creates_the_three_pages_once_and_never_overwrites_them(home_page):
    output = quiet_setup()
    assert "« Mentions légales » (/mentions-legales/) still reads « [À compléter] »" in output
    pages = StandardPage.objects.child_of(home_page).live()
    assert {page.url for page in pages} == LEGAL
    assert all(PLACEHOLDER in page.body for page in pages if page.slug != "contact")
    contact = pages.get(slug="contact")
    assert f"mailto:{settings.NEWSROOM_EMAIL}?subject=Signalement" in contact.body
    contact.body = "<p>Écrivez-nous à redaction@example.fr.</p>"
    contact.title = "Nous écrire"
    publish(contact)

    legal = pages.get(slug="mentions-legales")
    legal.body = "<p>Édité par Méninges SAS, 1 rue de la Paix, Paris.</p>"
    publish(legal)

    output = quiet_setup()
    assert "Mentions légales" not in output  # filled in: no more reminder
    assert "« Données personnelles » (/donnees-personnelles/) still reads" in output
    assert StandardPage.objects.child_of(home_page).count() == 3
    contact.refresh_from_db()
    assert (contact.title, contact.body) == (
        "Nous écrire",
        "<p>Écrivez-nous à redaction@example.fr.</p>",
    )
    assert not contact.has_unpublished_changes


@pytest.mark.django_db
def test_the_privacy_page_gives_the_retention_the_code_applies(home_page, settings):
    settings.COMMENTS_IP_RETENTION_DAYS = 12
    settings.COMMENTS_SPAM_RETENTION_DAYS = 45
    quiet_setup()
    text = BeautifulSoup(
        StandardPage.objects.get(slug="donnees-personnelles").body, "html.parser"
    ).get_text()
    assert "effacée au bout de 12 jours" in text
    assert "effacés au bout de 45 jours" in text
    assert settings.PRIVACY_EMAIL in text


def test_every_reader_page_has_the_footer_links(reader, site):
    urls = [
        "/",
        site["index"].url,
        reverse("news:category", args=["intelligence-artificielle"]),
        reverse("news:tag", args=["openai"]),
        site["article"].url,
        "/recherche/?q=article",
        "/mentions-legales/",
        site["about"].url,
    ]
    for url in urls:
        response = reader.get(url)
        assert response.status_code == 200, url
        assert footer_addresses(response.content) == FOOTER, url
    here = BeautifulSoup(reader.get("/contact/").content, "html.parser")
    assert [a["href"] for a in here.select("footer [aria-current=page]")] == ["/contact/"]
    missing = reader.get("/nulle-part/")
    assert missing.status_code == 404
    assert footer_addresses(missing.content) == FOOTER
    error = server_error(RequestFactory().get("/", HTTP_HOST="localhost"))
    assert error.status_code == 500
    assert footer_addresses(error.content) == FOOTER


def test_error_pages_without_the_database_link_to_the_usual_addresses():
    """No database (pytest-django refuses every query here): the usual addresses, no 2nd error."""
    usual = {*LEGAL, "/intelligence-artificielle-et-redaction/", "/actualites/", "/flux/rss/"}
    error = server_error(RequestFactory().get("/"))
    assert error.status_code == 500
    assert footer_addresses(error.content) == usual
    unavailable = unavailable_response(RequestFactory().get("/"))
    assert unavailable.status_code == 503
    html = unavailable.content.decode()
    assert footer_addresses(html) == usual
    assert "Mentions légales" in html and "Toutes les actualités" in html


def test_a_page_unpublished_or_emptied_leaves_the_footer(reader, site, page_cache):
    assert "/contact/" in footer_addresses(reader.get(site["article"].url).content)
    StandardPage.objects.get(slug="contact").unpublish()
    assert footer_addresses(reader.get(site["article"].url).content) == FOOTER - {"/contact/"}
    notice = AINotice.load()
    notice.privacy_page = None
    notice.save()
    shown = footer_addresses(reader.get(site["article"].url).content)
    assert shown == FOOTER - {"/contact/", "/donnees-personnelles/"}


def test_a_renamed_footer_page_shows_its_new_title_at_once(reader, site, page_cache):
    reader.get("/")
    legal = StandardPage.objects.get(slug="mentions-legales")
    legal.title = "Qui sommes-nous"
    publish(legal)
    soup = BeautifulSoup(reader.get("/").content, "html.parser")
    link = soup.select_one('footer a[href="/mentions-legales/"]')
    assert link.get_text() == "Qui sommes-nous"


def test_the_chief_chooses_the_footer_pages_in_the_settings(client, site):
    users = newsroom_accounts()
    assert users["redac-chef"].groups.filter(name=CHIEF_EDITORS).exists()
    other = publish(
        StandardPageFactory(parent=site["home"], live=False, slug="editeur", title="L’éditeur")
    )
    login(client, "redac-chef")
    client.defaults["HTTP_HOST"] = "localhost"
    url = reverse("wagtailsettings:edit", args=["notice", "ainotice"])
    page = client.get(url, follow=True)
    assert page.status_code == 200
    assert "Liens du pied de page" in page.content.decode()
    url = page.redirect_chain[-1][0] if page.redirect_chain else url
    data = form_values(page.content)
    data["legal_notice_page"] = str(other.pk)
    data["contact_page"] = ""
    response = client.post(url, data)
    assert response.status_code == 302, admin_errors(response)
    client.logout()
    shown = footer_addresses(client.get("/").content)
    assert shown == (FOOTER - {"/mentions-legales/", "/contact/"}) | {"/editeur/"}


def test_the_archive_is_linked_from_the_menu_and_the_latest_news_heading(reader, site):
    publish(ArticlePageFactory(parent=site["index"], live=False, slug="un-autre", title="Un autre"))
    soup = BeautifulSoup(reader.get("/").content, "html.parser")
    assert soup.select_one("#latest-title a")["href"] == "/actualites/"
    first = soup.select_one(".site-nav__list li a")
    assert (first["href"], first.get_text(), first.get("aria-current")) == (
        "/actualites/",
        "Actualités",
        None,
    )
    index = BeautifulSoup(reader.get("/actualites/").content, "html.parser")
    assert index.select_one(".site-nav__list li a")["aria-current"] == "page"


def test_footer_pages_add_no_query(reader, site, django_assert_max_num_queries):
    """The budgets of tests/news/test_reader_pages.py hold with every footer page chosen."""
    budgets = {"/": 14, "/actualites/": 14, site["article"].url: 17}
    for url in budgets:
        reader.get(url)  # renditions and the like, made once
    for url, budget in budgets.items():
        with django_assert_max_num_queries(budget):
            assert reader.get(url).status_code == 200
