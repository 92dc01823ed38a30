"""The review workflow when actions arrive late or twice (two tabs, a stale editor): never a 500."""

import json

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from tests.support.editorial import article_form, edit_url, login, submit_new_article

pytestmark = pytest.mark.django_db


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def approve_url(article, task_state, action="approve"):
    return reverse("wagtailadmin_pages:workflow_action", args=[article.pk, action, task_state.pk])


def test_second_approval_from_another_tab_says_the_review_is_over(client, desk):
    article = submit_new_article(client, desk)
    task_state = article.current_workflow_task_state
    login(client, "redac-chef")
    assert client.post(approve_url(article, task_state), {"comment": ""}).status_code == 302
    response = client.post(approve_url(article, task_state), {"comment": ""})
    assert response.status_code == 302
    assert any("Cette relecture est déjà terminée" in text for text in messages_of(response))


def test_late_approval_from_the_editor_says_the_review_is_over(client, desk):
    article = submit_new_article(client, desk)
    task_state = article.current_workflow_task_state
    login(client, "redac-chef")
    assert client.post(approve_url(article, task_state), {"comment": ""}).status_code == 302
    data = article_form(desk["image"], desk["categories"][:1], "action-workflow-action")
    data["workflow-action-name"] = "approve"
    response = client.post(edit_url(article), data)
    assert response.status_code == 302
    assert any("Cette relecture est déjà terminée" in text for text in messages_of(response))


def test_a_next_address_that_is_not_a_path_returns_to_the_editor(client, desk):
    article = submit_new_article(client, desk)
    task_state = article.current_workflow_task_state
    login(client, "redac-chef")
    response = client.post(approve_url(article, task_state) + "?next=abc", {"comment": ""})
    assert response.status_code == 302
    assert response["Location"] == edit_url(article)


@pytest.mark.parametrize("page_number", ["abc", "99", "-1"])
def test_the_workflow_editor_lists_its_pages_whatever_the_page_number(client, desk, page_number):
    from wagtail.models import Workflow

    client.force_login(desk["users"]["admin"])
    workflow = Workflow.objects.get(name="Relecture")
    response = client.get(
        reverse("wagtailadmin_workflows:edit", args=[workflow.pk]), {"p": page_number}
    )
    assert response.status_code == 200


def test_chief_who_schedules_during_review_approves_once(client, desk):
    from datetime import timedelta

    from django.utils import timezone
    from wagtail.models import TaskState

    article = submit_new_article(client, desk)
    login(client, "redac-chef")
    go_live = (timezone.localtime() + timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    data = article_form(desk["image"], desk["categories"][:1], go_live_at=go_live)
    assert client.post(edit_url(article), data).status_code == 302
    article.refresh_from_db()
    task_state = article.current_workflow_task_state
    response = client.post(approve_url(article, task_state), {"comment": ""})
    assert response.status_code == 302
    article.refresh_from_db()
    assert not article.workflow_in_progress
    assert TaskState.objects.filter(workflow_state__object_id=str(article.pk)).count() == 1


def test_writer_change_after_submission_still_needs_a_fresh_review(client, desk):
    article = submit_new_article(client, desk)
    # The writer's editor is locked during review; her change arrives as a revision (an autosave).
    draft = article.get_latest_revision_as_object()
    draft.standfirst = "Changé après envoi."
    draft.save_revision(user=desk["users"]["redacteur"])
    login(client, "redac-chef")
    article.refresh_from_db()
    client.post(approve_url(article, article.current_workflow_task_state), {"comment": ""})
    article.refresh_from_db()
    assert not article.live
    assert article.workflow_in_progress


def chief_acts_in_the_editor(client, desk, article, action, comment=""):
    login(client, "redac-chef")
    data = article_form(desk["image"], desk["categories"][:1], "action-workflow-action")
    data["workflow-action-name"] = action
    if comment:
        data["workflow-action-extra-data"] = json.dumps({"comment": comment})
    return client.post(edit_url(article), data, follow=True)


def test_approving_in_the_editor_says_it_is_published(client, desk):
    article = submit_new_article(client, desk)
    response = chief_acts_in_the_editor(client, desk, article, "approve")
    shown = messages_of(response)
    assert "« Les chercheurs changent d’équipe » est approuvé et publié." in shown
    assert not any("mise à jour" in text for text in shown)


def test_requesting_changes_says_to_whom_it_went_back_with_the_comment(client, desk):
    article = submit_new_article(client, desk)
    response = chief_acts_in_the_editor(client, desk, article, "reject", "Sourcez le chiffre.")
    assert messages_of(response) == [
        "« Les chercheurs changent d’équipe » est renvoyé à Jules Rédacteur avec votre commentaire."
    ]


def test_the_action_dialog_says_what_happened_too(client, desk):
    article = submit_new_article(client, desk)
    task_state = article.current_workflow_task_state
    login(client, "redac-chef")
    response = client.post(approve_url(article, task_state, "reject"), {"comment": ""}, follow=True)
    assert messages_of(response) == [
        "« Les chercheurs changent d’équipe » est renvoyé à Jules Rédacteur, sans commentaire."
    ]
