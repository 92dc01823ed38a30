"""The review workflow when actions arrive late or twice (two tabs, a stale editor): never a 500."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from tests.editorial import article_form, edit_url, login, submit_new_article

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


def test_unknown_workflow_action_is_not_a_server_error(client, desk):
    article = submit_new_article(client, desk)
    task_state = article.current_workflow_task_state
    login(client, "redac-chef")
    response = client.post(approve_url(article, task_state, "nonsense") + "?next=abc", {})
    assert response.status_code in (302, 403, 404)
