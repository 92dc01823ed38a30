"""Webhooks: the newsroom's decisions reach a receiver, signed, and a receiver that fails or
hangs never breaks an editor's action. A real HTTP receiver on 127.0.0.1 records each POST."""

import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connections
from django.urls import reverse
from django.utils import timezone
from django_tasks import task_backends

from editorial.roles import CHIEF_EDITORS
from news.models import ArticlePage
from tests.support.editorial import (
    article_form,
    credited_image,
    edit_url,
    login,
    setup_newsroom,
    submit_new_article,
    workflow_action_url,
)
from tests.support.pipeline_api import draft, picture_server, pipeline_token, post
from tests.support.webhook_receiver import Receiver
from webhooks import delivery
from webhooks.models import EVENTS, WebhookDelivery, WebhookEndpoint

pytestmark = pytest.mark.django_db

SECRET = "secret-de-test-du-recepteur"


@pytest.fixture
def receiver():
    running = Receiver()
    yield running
    running.close()


@pytest.fixture
def administrator(client, django_user_model):
    """A superuser's browser."""
    user = django_user_model.objects.create_superuser("admin-webhooks", "admin@example.org", "x")
    client.force_login(user)
    return client


@pytest.fixture
def newsroom(news_index, categories):
    return {
        "users": setup_newsroom(),
        "index": news_index,
        "categories": categories,
        "image": credited_image(),
    }


def endpoint_for(url, events=None):
    return WebhookEndpoint.objects.create(
        name="Pipeline", url=url, secret=SECRET, events=list(events or EVENTS)
    )


def test_the_whole_review_reaches_the_receiver_signed_with_the_live_address(
    client, newsroom, receiver, django_capture_on_commit_callbacks
):
    endpoint_for(receiver.url)
    with django_capture_on_commit_callbacks(execute=True):
        article = submit_new_article(client, newsroom)
    login(client, "redac-chef")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(workflow_action_url(article, "approve"), {"comment": ""})

    assert receiver.events() == ["article.submitted", "article.approved", "article.published"]
    for headers, body in receiver.received:
        assert delivery.verify(SECRET, headers["X-Newsroom-Signature"], body)
        assert not delivery.verify("un autre secret", headers["X-Newsroom-Signature"], body)
        assert not delivery.verify(SECRET, headers["X-Newsroom-Signature"], body + b" ")
    published = json.loads(receiver.received[-1][1])
    article.refresh_from_db()
    assert published["article"]["url"] == article.full_url
    assert published["article"]["url"].endswith("/actualites/les-chercheurs-changent-dequipe/")
    assert published["article"]["reviewer"] == "Camille Durand"
    approved = json.loads(receiver.received[1][1])
    assert approved["by"]["name"] == "Camille Durand"
    submitted = json.loads(receiver.received[0][1])
    assert submitted["article"]["url"] is None  # not live yet: no address to leak
    assert WebhookDelivery.objects.filter(status="delivered").count() == 3


def test_changes_requested_carry_the_chiefs_comment(
    client, newsroom, receiver, django_capture_on_commit_callbacks
):
    endpoint_for(receiver.url, ["article.changes_requested"])
    with django_capture_on_commit_callbacks(execute=True):
        article = submit_new_article(client, newsroom)
    login(client, "redac-chef")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(workflow_action_url(article, "reject"), {"comment": "Sourcez le chiffre."})

    assert receiver.events() == ["article.changes_requested"]
    body = json.loads(receiver.received[0][1])
    assert body["comment"] == "Sourcez le chiffre."
    assert body["article"]["live"] is False


def test_unpublication_is_sent(client, newsroom, receiver, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = submit_new_article(client, newsroom)
        login(client, "redac-chef")
        client.post(workflow_action_url(article, "approve"), {"comment": ""})
    endpoint_for(receiver.url, ["article.unpublished", "article.published"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailadmin_pages:unpublish", args=[article.pk]))
    assert response.status_code == 302
    assert receiver.events() == ["article.unpublished"]
    assert json.loads(receiver.received[0][1])["article"]["url"] is None


def test_a_failing_receiver_never_breaks_the_approval_and_is_retried_until_delivered(
    client, newsroom, django_capture_on_commit_callbacks
):
    failing = Receiver(answers=[500, 503])
    try:
        endpoint_for(failing.url, ["article.published"])
        login(client, "redac-chef")
        with django_capture_on_commit_callbacks(execute=True):
            article = submit_new_article(client, newsroom)
            login(client, "redac-chef")
            response = client.post(workflow_action_url(article, "approve"), {"comment": ""})
        assert response.status_code == 302
        article.refresh_from_db()
        assert article.live  # the editor's action went through

        sent = WebhookDelivery.objects.get()
        assert (sent.status, sent.attempts, sent.last_status_code) == ("retrying", 1, 500)
        assert sent.next_attempt_at > timezone.now() + timedelta(seconds=50)
        assert delivery.retry_due() == 0  # not due yet

        WebhookDelivery.objects.update(next_attempt_at=timezone.now())
        assert delivery.retry_due() == 0  # 503: again later
        sent.refresh_from_db()
        assert (sent.status, sent.attempts, sent.last_status_code) == ("retrying", 2, 503)
        assert sent.next_attempt_at > timezone.now() + timedelta(seconds=290)

        WebhookDelivery.objects.update(next_attempt_at=timezone.now())
        assert delivery.retry_due() == 1
        sent.refresh_from_db()
        assert (sent.status, sent.attempts, sent.last_error) == ("delivered", 3, "")
        assert len(failing.received) == 3
        # Each retry is the same delivery: the receiver can drop duplicates by its id.
        assert len({headers["X-Newsroom-Delivery"] for headers, _ in failing.received}) == 1
    finally:
        failing.close()


def test_a_receiver_that_is_down_is_logged_and_given_up_after_the_last_retry(
    client, newsroom, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOK_RETRY_DELAYS = (0, 0)
    closed = Receiver()
    closed.close()  # nothing listens there any more
    endpoint_for(closed.url, ["article.submitted"])
    with django_capture_on_commit_callbacks(execute=True):
        submit_new_article(client, newsroom)
    delivery.retry_due()
    delivery.retry_due()
    sent = WebhookDelivery.objects.get()
    assert (sent.status, sent.attempts, sent.last_status_code) == ("failed", 3, None)
    assert "refused" in sent.last_error.lower()
    assert delivery.retry_due() == 0


def test_a_refused_publication_sends_nothing(
    client, newsroom, receiver, django_capture_on_commit_callbacks
):
    endpoint_for(receiver.url, ["article.published", "article.approved"])
    login(client, "redacteur")
    data = article_form(newsroom["image"], newsroom["categories"][:1], "action-publish")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtailadmin_pages:add", args=["news", "articlepage", newsroom["index"].pk]),
            data,
        )
    assert receiver.received == []
    assert not WebhookDelivery.objects.exists()


def test_a_correction_is_sent_as_corrected(
    client, newsroom, receiver, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article = submit_new_article(client, newsroom)
        login(client, "redac-chef")
        client.post(workflow_action_url(article, "approve"), {"comment": ""})
    endpoint_for(receiver.url, ["article.published", "article.corrected"])
    data = article_form(newsroom["image"], newsroom["categories"][:1], "action-publish")
    data.update(
        {
            "corrections-count": "1",
            "corrections-0-type": "correction",
            "corrections-0-deleted": "",
            "corrections-0-order": "0",
            "corrections-0-value-date": timezone.localdate().isoformat(),
            "corrections-0-value-text": "Le chiffre était faux : 12 et non 21.",
        }
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(article), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert receiver.events() == ["article.corrected"]


def test_only_administrators_reach_the_webhooks_and_their_log(client, newsroom):
    WebhookEndpoint.objects.create(name="Pipeline", url="https://example.org/hook", events=[])
    for username in ["redacteur", "redac-chef"]:
        login(client, username)
        for name in ["webhooks_webhookendpoint:list", "webhooks_webhookdelivery:list"]:
            response = client.get(reverse(f"wagtailsnippets_{name}"))
            assert response.status_code in (302, 403), (username, name)
        client.logout()
    assert CHIEF_EDITORS  # the chief is an editor-in-chief, not an administrator


def test_an_administrator_registers_an_endpoint_with_chosen_events(administrator):
    response = administrator.post(
        reverse("wagtailsnippets_webhooks_webhookendpoint:add"),
        {
            "name": "Chaîne IA",
            "url": "https://pipeline.example.org/hooks/newsroom",
            "events": ["article.approved", "article.published"],
            "secret": "un-secret-partage",
            "active": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    endpoint = WebhookEndpoint.objects.get()
    assert endpoint.events == ["article.approved", "article.published"]
    edit = administrator.get(
        reverse("wagtailsnippets_webhooks_webhookendpoint:edit", args=[endpoint.pk])
    )
    assert 'value="article.approved" checked' in edit.content.decode().replace("\n", " ") or (
        "checked" in edit.content.decode()
    )


def test_an_address_that_is_not_http_is_a_form_error(administrator):
    response = administrator.post(
        reverse("wagtailsnippets_webhooks_webhookendpoint:add"),
        {
            "name": "Fichier",
            "url": "file:///etc/passwd",
            "events": ["article.approved"],
            "secret": "x",
        },
    )
    assert response.status_code == 200
    assert not WebhookEndpoint.objects.exists()


def test_with_queued_tasks_the_editor_never_waits_for_the_receiver(
    client, newsroom, receiver, settings, monkeypatch, django_capture_on_commit_callbacks
):
    """Production's database backend: the approval records the delivery and returns; the
    worker sends it."""
    database = connections["default"]
    previous_mode = getattr(database, "transaction_mode", None)
    if database.vendor == "sqlite":
        database.transaction_mode = "EXCLUSIVE"  # the worker's transaction, inside the test's
    endpoint_for(receiver.url, ["article.published"])
    with django_capture_on_commit_callbacks(execute=True):
        article = submit_new_article(client, newsroom)
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.database.DatabaseBackend"}}
    task_backends._settings = None  # re-read TASKS
    try:
        login(client, "redac-chef")
        with django_capture_on_commit_callbacks(execute=True):
            client.post(workflow_action_url(article, "approve"), {"comment": ""})
        assert receiver.received == []
        assert WebhookDelivery.objects.get().status == "pending"

        monkeypatch.setattr(
            "django_tasks.backends.database.management.commands.db_worker.close_old_connections",
            lambda: None,
        )
        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
        assert receiver.events() == ["article.published"]
        assert WebhookDelivery.objects.get().status == "delivered"
    finally:
        task_backends._settings = None
        if database.vendor == "sqlite":
            database.transaction_mode = previous_mode


def test_a_draft_from_the_api_is_heard_back_until_its_publication(
    client, desk, empty_cache, receiver, settings, django_capture_on_commit_callbacks
):
    """The pipeline's loop: POST a draft, the chief approves, the pipeline hears each step
    with the live address at the end."""
    endpoint_for(receiver.url)
    _user, _token, plaintext = pipeline_token()
    settings.API_IMAGE_FETCH_ALLOW_PRIVATE = True  # the picture comes from 127.0.0.1
    with picture_server() as (base, _asked), django_capture_on_commit_callbacks(execute=True):
        response = post(client, plaintext, draft(url=f"{base}/hero.jpg"))
    assert response.status_code == 201, response.content
    page_id = response.json()["id"]
    assert receiver.events() == ["article.draft_received", "article.submitted"]
    received = json.loads(receiver.received[0][1])
    assert received["brief_reference"] == "brief-2026-11-20-03"
    assert received["article"]["id"] == page_id and received["article"]["url"] is None

    article = ArticlePage.objects.get(pk=page_id)
    login(client, "redac-chef")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(workflow_action_url(article, "approve"), {"comment": ""})
    assert receiver.events()[2:] == ["article.approved", "article.published"]
    article.refresh_from_db()
    assert article.live
    assert json.loads(receiver.received[3][1])["article"]["url"] == article.full_url
