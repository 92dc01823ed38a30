"""The writer's editor and the chief's review at the same moment: whichever lands first, no
500, no one's text hidden behind an older one, no published revision rewritten, and no draft
that is only the published text saved again.

Autosaves are posted as the editor's autosave posts them (Wagtail's w-autosave controller): the
whole form, the `loaded_revision_*` inputs of the page as it was opened, `overwrite_revision_id`
once the tab has saved a revision of its own, and `Accept: application/json`."""

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.translation import gettext
from wagtail.admin.models import EditingSession

from news.models import ArticlePage, EditorialReviewTask
from tests.support.editorial import add_url, article_form, edit_url, login, submit_new_article

pytestmark = pytest.mark.django_db


def open_editor(client, page):
    """The revision inputs of the editor as the browser loads it."""
    editor = BeautifulSoup(client.get(edit_url(page)).content, "html.parser")
    return {
        name: editor.select_one(f'input[name="{name}"]')["value"]
        for name in ("loaded_revision_id", "loaded_revision_created_at")
    }


def leave_editors(client, page):
    """What the browser does when the editor's page goes away: its editing session released."""
    for session in EditingSession.objects.filter(object_id=str(page.pk)):
        client.post(reverse("wagtailadmin_editing_sessions:release", args=[session.pk]))


def autosave(client, page, form, loaded, overwrite=None):
    data = {**form, **loaded}
    if overwrite:
        data["overwrite_revision_id"] = str(overwrite)
    return client.post(edit_url(page), data, headers={"accept": "application/json"})


def form_of(desk, action=None, **overrides):
    return article_form(desk["image"], desk["categories"][:1], action, **overrides)


def as_the_editor_holds_it(form, page, field_updates):
    """The form as the open editor holds it after an autosave: the ids the autosave answered
    with, the body's block ids, the sources' order."""
    form = {**form, **field_updates, "sources-0-ORDER": "1"}
    body = json.loads(ArticlePage.objects.get(pk=page.pk).get_latest_revision().content["body"])
    for index, block in enumerate(body):
        form[f"body-{index}-id"] = block["id"]
    return form


def approve_in_the_dialog(client, page):
    task_state = ArticlePage.objects.get(pk=page.pk).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    assert client.post(url, {"comment": ""}).status_code == 302


def standfirst(revision):
    return revision.as_object().standfirst


@pytest.mark.parametrize("tab_saved_before", [True, False], ids=["overwriting", "first"])
def test_an_autosave_on_its_way_never_hides_a_submit_made_meanwhile(client, desk, tab_saved_before):
    login(client, "redacteur")
    assert client.post(add_url(desk["index"]), form_of(desk, "action-save")).status_code == 302
    article = ArticlePage.objects.get(slug="les-chercheurs-changent-dequipe")
    loaded = open_editor(client, article)
    own = None
    if tab_saved_before:
        answer = autosave(client, article, form_of(desk, standfirst="Brouillon auto."), loaded)
        own = answer.json()["revision_id"]
    before = ArticlePage.objects.get(pk=article.pk).latest_revision
    submit = form_of(desk, "action-submit", standfirst="Le texte soumis.")
    assert client.post(edit_url(article), {**submit, **loaded}).status_code == 302
    submitted = ArticlePage.objects.get(pk=article.pk).latest_revision

    late = autosave(client, article, form_of(desk, standfirst="Un texte plus ancien."), loaded, own)

    assert late.status_code == 400
    assert late.json()["error_code"] == "invalid_revision"
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.latest_revision == submitted
    assert standfirst(article.latest_revision) == "Le texte soumis."
    before.refresh_from_db()
    assert standfirst(before) != "Un texte plus ancien."


def chief_autosaves(client, desk):
    """The editor-in-chief opens the submitted article and her tab autosaves a change."""
    article = submit_new_article(client, desk)
    login(client, "redac-chef")
    loaded = open_editor(client, article)
    form = form_of(desk, standfirst="Le chapô de la chef.")
    answer = autosave(client, article, form, loaded).json()
    return article, as_the_editor_holds_it(form, article, answer["field_updates"]), loaded


def chief_autosaves_then_approves(client, desk):
    article, form, loaded = chief_autosaves(client, desk)
    approve_in_the_dialog(client, article)
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.live and not article.has_unpublished_changes
    assert article.live_revision_id == article.latest_revision_id
    return article, form, loaded


def test_an_autosave_of_the_published_text_makes_no_draft(client, desk):
    article, form, loaded = chief_autosaves_then_approves(client, desk)
    published = article.live_revision
    revisions = article.revisions.count()

    answer = autosave(client, article, form, loaded, overwrite=published.pk)

    assert answer.status_code == 200
    assert answer.json()["revision_id"] == published.pk
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.status_string == gettext("live")
    assert article.revisions.count() == revisions
    assert article.latest_revision == article.live_revision == published
    assert article.live_revision.created_at == published.created_at


def test_an_autosave_after_the_approval_never_rewrites_the_published_revision(client, desk):
    article, form, loaded = chief_autosaves_then_approves(client, desk)
    published = article.live_revision
    form["standfirst"] = "Une retouche après publication."

    answer = autosave(client, article, form, loaded, overwrite=published.pk)

    assert answer.status_code == 200
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.live_revision == published
    published.refresh_from_db()
    assert standfirst(published) == "Le chapô de la chef."
    assert article.latest_revision_id == answer.json()["revision_id"] != published.pk
    assert standfirst(article.latest_revision) == "Une retouche après publication."
    assert article.status_string == gettext("live + draft")


def test_a_review_that_ends_while_the_writer_opens_the_editor_is_no_500(client, desk, monkeypatch):
    article = submit_new_article(client, desk)
    login(client, "redacteur")
    chief = get_user_model().objects.get(username="redac-chef")
    # Wagtail reads the page's review twice while it opens the editor: once for the lock, once
    # for its message. The chief's approval lands between the two.
    wagtail_check = EditorialReviewTask.locked_for_user
    approvals = []

    def chief_approves_meanwhile(task, obj, user):
        if not approvals:
            task_state = ArticlePage.objects.get(pk=article.pk).current_workflow_task_state
            approvals.append(task.on_action(task_state, chief, "approve"))
        return wagtail_check(task, obj, user)

    monkeypatch.setattr(EditorialReviewTask, "locked_for_user", chief_approves_meanwhile)
    response = client.get(edit_url(article))

    assert approvals
    assert ArticlePage.objects.get(pk=article.pk).live
    assert response.status_code == 200
    shown = BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
    assert "La relecture de cet article vient de se terminer" in shown


def editing_session(client, page):
    """The editor's session module as the browser loads it: its ping address and the revision
    it tells the ping about."""
    module = BeautifulSoup(client.get(edit_url(page)).content, "html.parser").select_one(
        "form.w-editing-sessions"
    )
    return module["data-w-swap-src-value"], {
        name: module.select_one(f'input[name="{name}"]')["value"]
        for name in ("revision_id", "revision_created_at")
    }


def test_an_autosave_on_its_way_during_an_approval_in_the_editor_shows_no_other_window(
    client, desk
):
    article, form, loaded = chief_autosaves(client, desk)
    own = ArticlePage.objects.get(pk=article.pk).latest_revision_id
    approve = {**form, **loaded, "action-workflow-action": "1", "workflow-action-name": "approve"}
    assert client.post(edit_url(article), approve).status_code == 302
    leave_editors(client, article)
    assert ArticlePage.objects.get(pk=article.pk).live
    # She goes back to the editor; the autosave her tab sent just before « Approuver » lands
    # after the approval, then the reopened editor pings.
    ping_url, session = editing_session(client, article)
    autosave(client, article, form, loaded, overwrite=own)
    answer = client.post(ping_url, session)

    assert answer.status_code == 200
    assert [s for s in answer.json()["other_sessions"] if s["revision_id"]] == []
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.status_string == gettext("live")


def open_editor_window(client, page):
    """One editor window as the browser loads it: the revision inputs its autosave posts, and
    its editing session's ping address with the revision it tells the ping about."""
    editor = BeautifulSoup(client.get(edit_url(page)).content, "html.parser")
    loaded = {
        name: editor.select_one(f'input[name="{name}"]')["value"]
        for name in ("loaded_revision_id", "loaded_revision_created_at")
    }
    module = editor.select_one("form.w-editing-sessions")
    held = {
        name: module.select_one(f'input[name="{name}"]')["value"]
        for name in ("revision_id", "revision_created_at")
    }
    return loaded, module["data-w-swap-src-value"], held


def reported_revisions(answer):
    assert answer.status_code == 200
    return [session for session in answer.json()["other_sessions"] if session["revision_id"]]


def writers_draft(client, desk):
    login(client, "redacteur")
    assert client.post(add_url(desk["index"]), form_of(desk, "action-save")).status_code == 302
    return ArticlePage.objects.get(slug="les-chercheurs-changent-dequipe")


def test_a_ping_answered_after_the_tabs_own_autosave_reports_no_other_window(client, desk):
    article = writers_draft(client, desk)
    loaded, ping_url, held = open_editor_window(client, article)
    # The tab pings, and autosaves right after; the autosave is answered first.
    saved = autosave(client, article, form_of(desk, standfirst="Une phrase de plus."), loaded)
    assert saved.status_code == 200 and saved.json()["success"]

    assert reported_revisions(client.post(ping_url, held)) == []


def test_a_second_window_of_the_same_writer_is_still_reported(client, desk):
    article = writers_draft(client, desk)
    _, first_ping, first_held = open_editor_window(client, article)
    second_loaded, _, _ = open_editor_window(client, article)
    saved = autosave(
        client, article, form_of(desk, standfirst="Depuis l’autre fenêtre."), second_loaded
    )
    assert saved.status_code == 200 and saved.json()["success"]

    (reported,) = reported_revisions(client.post(first_ping, first_held))
    assert reported["revision_id"] == saved.json()["revision_id"]
