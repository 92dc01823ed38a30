"""The AI pipeline's loop with a chief in a real browser: the pipeline posts a draft over the
API, the chief approves it in the admin, and the pipeline's receiver hears each step, the live
address last."""

import json

import pytest
from django.test import Client

from news.models import ArticlePage
from tests.e2e.test_editorial_flow import expect_message, log_in, open_action_menu
from tests.support.pipeline_api import draft, picture_server, pipeline_token, post
from tests.support.webhook_receiver import Receiver
from webhooks.models import EVENTS, WebhookEndpoint

try:
    from playwright.sync_api import expect
except ImportError:  # conftest skips these tests and says why
    expect = None

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "Les petits modèles d’IA font leur nid dans les PME"


def test_a_draft_posted_by_the_pipeline_is_approved_in_the_browser_and_heard_back(
    new_page, site_url, newsroom, settings
):
    receiver = Receiver()
    try:
        WebhookEndpoint.objects.create(
            name="Chaîne IA", url=receiver.url, secret="secret-e2e", events=list(EVENTS)
        )
        _user, _token, plaintext = pipeline_token()
        settings.API_IMAGE_FETCH_ALLOW_PRIVATE = True  # the picture comes from 127.0.0.1
        with picture_server() as (base, _asked):
            response = post(Client(), plaintext, draft(url=f"{base}/hero.jpg"))
        assert response.status_code == 201, response.content
        article = ArticlePage.objects.get(pk=response.json()["id"])
        assert receiver.events() == ["article.draft_received", "article.submitted"]

        chief = new_page("chief")
        log_in(chief, site_url, "redac-chef")
        awaiting = chief.get_by_role("region", name="En attente de ma relecture")
        awaiting.get_by_role("link", name=TITLE).click()
        open_action_menu(chief)
        chief.get_by_role("button", name="Approuver", exact=True).click()
        expect_message(chief, r"est approuvé et publié")

        article.refresh_from_db()
        assert article.live and article.approved_by.username == "redac-chef"
        assert receiver.events()[2:] == ["article.approved", "article.published"]
        published = json.loads(receiver.received[-1][1])
        assert published["article"]["url"] == article.full_url
        assert published["article"]["reviewer"] == "Camille Durand"
        reader = new_page("reader")
        reader.goto(f"{site_url}{article.url}")  # the site's address is not the live server's
        expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)
    finally:
        receiver.close()
