"""A writer and the editor-in-chief at work at once, in two browsers, autosave on.

The writer writes and submits an article, then starts the next one and keeps typing. Meanwhile
the chief opens the submitted article, gives it a publication time and approves it. One
approval is enough (her own schedule and autosaves do not reopen the review), the article goes
live at its time through the scheduler, the writer's text is intact in both articles, and
neither browser meets a 5xx or the « autre fenêtre » conflict dialog. And the publication
checklist follows autosave: what the writer just filled in is ticked.
"""

import re
import time
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState

from news.models import ArticlePage
from operations.scheduling import publish_scheduled_once
from tests.e2e.test_editorial_flow import (
    PARAGRAPH,
    TITLE,
    expect_message,
    log_in,
    open_action_menu,
    settle_autosave,
    shoot,
    write_and_submit,
)
from tests.support.editorial import add_url, article_form, edit_url, login

try:
    from playwright.sync_api import expect
except ImportError:  # conftest skips these tests and says why
    expect = None

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

NEXT_TITLE = "La rédaction prépare le prochain article"
NEXT_WORDS = ("Premier jet du prochain papier.", " Une phrase ajoutée pendant la relecture.")
DISCLOSURE = "Article rédigé par Modèle X 2, relu par Camille Durand"


def server_errors(page):
    return [response for response in page.failed_responses if int(response.split()[0]) >= 500]


def conflict_dialog(page):
    return page.get_by_text(re.compile("autre fenêtre"))


def start_next_article(page, site_url, newsroom):
    page.goto(f"{site_url}/admin/pages/add/news/articlepage/{newsroom['index'].pk}/")
    page.get_by_role("textbox", name=re.compile(r"^Titre\*?$")).fill(NEXT_TITLE)
    body = page.get_by_role("region", name="Corps du texte")
    body.get_by_role("button", name="Insérer un bloc").first.click()
    page.get_by_role("option", name="Paragraphe", exact=True).click()
    paragraph = body.get_by_role("textbox").first
    paragraph.click()
    page.keyboard.type(NEXT_WORDS[0])
    return paragraph


def schedule(page, go_live):
    """The status side panel's « Programmer » dialog, then « Enregistrer la programmation »."""
    page.get_by_role("button", name=re.compile("statut")).click()
    page.get_by_role("button", name=re.compile("^Programmer")).first.click()
    dialog = page.locator("#schedule-publishing-dialog")
    dialog.locator("input[name=go_live_at]").fill(
        timezone.localtime(go_live).strftime("%Y-%m-%d %H:%M")
    )
    # The date picker stays open over the button: press it as the keyboard would.
    save = dialog.get_by_role("button", name=re.compile("Enregistrer la programmation"))
    save.evaluate("button => button.click()")


def test_one_approval_while_the_writer_keeps_typing(new_page, site_url, newsroom, artifacts):
    writer = new_page("writer")
    log_in(writer, site_url, "redacteur")
    write_and_submit(writer, site_url, newsroom, artifacts)
    article = ArticlePage.objects.get(title=TITLE)
    next_paragraph = start_next_article(writer, site_url, newsroom)

    chief = new_page("chief")
    log_in(chief, site_url, "redac-chef")
    chief.goto(f"{site_url}/admin/pages/{article.pk}/edit/")
    # The next whole minute after at least one more: the admin's picker counts in minutes.
    go_live = (timezone.now() + timedelta(seconds=90)).replace(second=0, microsecond=0)
    schedule(chief, go_live)
    writer.keyboard.type(NEXT_WORDS[1])
    settle_autosave(chief)

    open_action_menu(chief)
    chief.get_by_role("button", name="Approuver", exact=True).click()
    expect_message(chief, rf"«\s*{TITLE}\s*».*programm")
    shoot(chief, artifacts, "together-01-chief-approved-scheduled")
    settle_autosave(chief)
    settle_autosave(writer)

    # One approval: no second task, none waiting for the chief herself.
    states = TaskState.objects.filter(workflow_state__base_content_type__isnull=False).filter(
        workflow_state__object_id=str(article.pk)
    )
    assert [state.status for state in states] == ["approved"]
    assert WorkflowState.objects.get(object_id=str(article.pk)).status == "approved"
    article.refresh_from_db()
    assert not article.live
    assert article.approved_by.username == "redac-chef"
    assert article.scheduled_revision is not None

    # The scheduler publishes it at its time, not before.
    while timezone.now() < go_live:
        publish_scheduled_once()
        article.refresh_from_db()
        assert not article.live, "published before its time"
        time.sleep(5)
    deadline = time.monotonic() + 60
    while not ArticlePage.objects.get(pk=article.pk).live and time.monotonic() < deadline:
        publish_scheduled_once()
        time.sleep(2)
    article.refresh_from_db()
    assert article.live and not article.has_unpublished_changes

    reader = new_page("reader")
    reader.goto(f"{site_url}{article.url}")
    expect(reader.locator(".article__body")).to_contain_text(PARAGRAPH)
    expect(reader.locator(".article__provenance")).to_have_text(DISCLOSURE)

    # The writer's next article holds every word he typed, and his editor shows them again.
    expect(next_paragraph).to_contain_text("".join(NEXT_WORDS))
    following = ArticlePage.objects.get(title=NEXT_TITLE)
    assert "".join(NEXT_WORDS) in str(following.get_latest_revision_as_object().body)
    writer.reload()
    expect(writer.get_by_role("region", name="Corps du texte")).to_contain_text("".join(NEXT_WORDS))

    for page in (writer, chief):
        expect(conflict_dialog(page)).to_have_count(0)
        assert server_errors(page) == [], server_errors(page)
        assert page.errors == [], page.errors


def test_the_checklist_follows_autosave(new_page, site_url, desk, artifacts):
    client = Client()
    login(client, "redacteur")
    data = article_form(desk["image"], [])
    assert client.post(add_url(desk["index"]), data).status_code == 302
    article = ArticlePage.objects.get(slug="les-chercheurs-changent-dequipe")

    writer = new_page("writer")
    log_in(writer, site_url, "redacteur")
    writer.goto(f"{site_url}{edit_url(article)}")
    categories_check = writer.locator("[data-checklist] [data-check=categories]")
    expect(categories_check).to_have_attribute("data-done", "false")
    settle_autosave(writer)  # the form's starting state is taken once the editor has loaded
    writer.get_by_role("checkbox", name=desk["categories"][0].name).check()
    settle_autosave(writer)
    expect(categories_check).to_have_attribute("data-done", "true")
    expect(writer.locator("[data-checklist]")).to_contain_text(
        "Tout ce qu’il faut pour la publication"
    )
    shoot(writer, artifacts, "together-02-checklist-after-autosave")
    assert server_errors(writer) == [] and writer.errors == []
