"""What the writer sees after the editor-in-chief asks for changes: the banner and the e-mail."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.support.editorial import (
    edit_url,
    login,
    submit_new_article,
    workflow_action_url,
)

pytestmark = pytest.mark.django_db


def request_changes(client, desk, comment):
    article = submit_new_article(client, desk)
    login(client, "redac-chef")
    response = client.post(workflow_action_url(article, "reject"), {"comment": comment})
    assert response.status_code == 302
    client.logout()
    article.refresh_from_db()
    return article


def test_the_writer_sees_the_chiefs_comment_at_the_top_of_the_edit_view(client, desk):
    article = request_changes(client, desk, "Sourcez le chiffre <b>exact</b>.")
    login(client, "redacteur")
    page = client.get(edit_url(article)).content.decode()
    assert "Modifications demandées par Camille Durand le " in page
    # Escaped: the comment is text, never markup.
    assert "Sourcez le chiffre &lt;b&gt;exact&lt;/b&gt;." in page


def test_the_change_request_is_not_counted_as_a_form_error(client, desk):
    # Wagtail's tabs count `.error-message` and `.help-critical` as errors: a banner styled so
    # showed « Contenu 1 (1 erreur) » on a form without any.
    article = request_changes(client, desk, "Ajoutez une deuxième source.")
    login(client, "redacteur")
    soup = BeautifulSoup(client.get(edit_url(article)).content, "html.parser")
    banner = soup.select_one("[data-change-request]")
    assert banner is not None
    tab = soup.select_one("#tab-contenu")
    assert tab is not None and banner in tab.descendants
    assert tab.select(".error-message, .help-critical") == []


def test_no_banner_once_the_article_is_resubmitted(client, desk):
    article = submit_new_article(client, desk)
    login(client, "redacteur")
    page = client.get(edit_url(article)).content.decode()
    assert "Modifications demandées par" not in page


def test_the_change_request_email_says_who_asked_in_french(client, desk, mailoutbox):
    request_changes(client, desk, "Sourcez le chiffre.")
    [mail] = [mail for mail in mailoutbox if "redacteur@example.org" in mail.to]
    assert "Salut" not in mail.body
    assert "rejeté" not in mail.body + mail.subject
    assert mail.body.startswith("Bonjour")
    assert "Camille Durand demande des modifications" in mail.body
    assert "« Sourcez le chiffre. »" in mail.body
    assert "Les chercheurs changent d’équipe" in mail.subject


def test_the_change_request_html_email_names_the_reviewer_and_quotes_the_comment(
    client, desk, mailoutbox
):
    request_changes(client, desk, "Sourcez <le> chiffre.")
    [mail] = [mail for mail in mailoutbox if "redacteur@example.org" in mail.to]
    [(html, _mimetype)] = mail.alternatives
    assert "Salut" not in html and "rejeté" not in html
    assert "Camille Durand demande des modifications" in html
    assert "« Sourcez &lt;le&gt; chiffre. »" in html


def test_every_notification_greets_in_plain_french(client, desk, mailoutbox):
    submit_new_article(client, desk)
    [mail] = mailoutbox
    assert mail.body.startswith("Bonjour Camille Durand,")


def test_the_article_form_shows_the_hero_credit_and_where_to_set_it(client, desk):
    article = submit_new_article(client, desk)
    login(client, "redacteur")
    page = client.get(edit_url(article)).content.decode()
    assert "Crédit de l’image principale : Philippa Rose-Tite / Unsplash" in page
    image_url = reverse("wagtailimages:edit", args=[desk["image"].pk])
    assert f'href="{image_url}" target="_blank" rel="noopener"' in page
    assert "change le crédit partout où l’image est utilisée" in page

    type(desk["image"]).objects.filter(pk=desk["image"].pk).update(
        photographer="", credit_source=""
    )
    page = client.get(edit_url(article)).content.decode()
    assert "Crédit de l’image principale : aucun." in page
