"""The AI pipeline's ingestion API through HTTP: a draft in review per brief, every problem
at once, idempotent retries, hands off once the newsroom has the draft, images fetched with
care, and a trace of each call."""

import json
import re

import pytest
from django.urls import reverse
from wagtail.models import APIToken, ModelLogEntry, PageLogEntry, Revision

from api.models import PipelineDraft
from editorial.roles import PIPELINE_ACCOUNT
from news.models import ArticlePage, CreditedImage
from tests.support.editorial import login
from tests.support.import_files import stored_files
from tests.support.pipeline_api import DRAFTS, draft, picture_server, pipeline_token, post

pytestmark = pytest.mark.django_db


@pytest.fixture
def pipeline(desk, empty_cache):
    user, token, plaintext = pipeline_token()
    return {"user": user, "token": token, "key": plaintext, **desk}


def written():
    """What a refused call must leave as it was."""
    return (
        ArticlePage.objects.count(),
        Revision.objects.count(),
        CreditedImage.objects.count(),
        PipelineDraft.objects.count(),
        stored_files(),
    )


def calls(token):
    return list(
        ModelLogEntry.objects.filter(action="api.call", object_id=str(token.pk))
        .order_by("pk")
        .values_list("data", flat=True)
    )


def test_a_draft_becomes_an_article_in_review_submitted_by_the_pipeline(client, pipeline):
    response = post(client, pipeline["key"], draft())
    assert response.status_code == 201, response.content
    answer = response.json()
    page = ArticlePage.objects.get(pk=answer["id"])
    assert not page.live and page.first_published_at is None
    assert page.owner == pipeline["user"]
    state = page.current_workflow_state
    assert state.requested_by == pipeline["user"] and state.workflow.name == "Relecture"
    assert answer["status"] == "in_review"
    assert answer["admin_url"] == f"http://localhost/admin/pages/{page.pk}/edit/"
    latest = page.get_latest_revision_as_object()
    assert latest.ai_model_version == "1.0" and latest.prompt_reference == "brief-2026-11-20-03"
    assert {c.slug for c in latest.categories.all()} == {"intelligence-artificielle", "technologie"}


def test_the_draft_admin_page_says_it_came_from_the_pipeline_and_through_which_token(
    client, pipeline
):
    page_id = post(client, pipeline["key"], draft()).json()["id"]
    entry = PageLogEntry.objects.get(page_id=page_id, action="api.draft")
    assert entry.data["token"] == "Chaîne IA de production"
    login(client, "redac-chef")
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page_id])).content.decode()
    assert "chaîne IA" in edit and "« Chaîne IA de production »" in edit
    history = client.get(reverse("wagtailadmin_pages:history", args=[page_id])).content.decode()
    assert "Brouillon reçu de la chaîne IA" in history


def test_every_problem_comes_back_at_once_with_its_path_and_code_and_nothing_is_written(
    client, pipeline
):
    before = written()
    data = draft(title=12, categories=["inconnue"])
    data["body"][2]["value"]["quote"] = ""
    data["provenance"] = {"ai_model": "Modèle X", "surprise": 1}
    response = post(client, pipeline["key"], data)
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    errors = {error["field"]: (error["type"], error["msg"]) for error in response.json()["errors"]}
    assert errors == {
        "title": ("wrong_type", "texte attendu, pas un nombre"),
        "body[2].value.quote": ("required", "ce champ est obligatoire"),
        "categories[0]": ("unknown_category", "rubrique inconnue « inconnue »"),
        "provenance.surprise": ("unknown_key", "clé inconnue"),
        "provenance.ai_model_version": ("required", "ce champ est obligatoire"),
        "provenance.prompt_reference": ("required", "ce champ est obligatoire"),
        "provenance.generated_at": ("required", "ce champ est obligatoire"),
    }
    loc = next(e["loc"] for e in response.json()["errors"] if e["field"].startswith("body"))
    assert loc == ["body", 2, "value", "quote"]
    assert written() == before


def test_a_body_that_is_not_json_is_one_error_in_french(client, pipeline):
    response = post(client, pipeline["key"], b'{"title": "x",}')
    assert response.status_code == 422
    [error] = response.json()["errors"]
    assert error["type"] == "invalid_json" and "virgule en trop" in error["msg"]


def test_a_retry_with_the_same_idempotency_key_returns_the_same_draft(client, pipeline):
    first = post(client, pipeline["key"], draft(), HTTP_IDEMPOTENCY_KEY="essai-1")
    again = post(client, pipeline["key"], draft(), HTTP_IDEMPOTENCY_KEY="essai-1")
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.json() == first.json() and again["Idempotent-Replayed"] == "true"
    assert ArticlePage.objects.count() == 1 and Revision.objects.count() == 2  # + the index
    other = post(client, pipeline["key"], draft(title="Autre"), HTTP_IDEMPOTENCY_KEY="essai-1")
    assert other.status_code == 422
    assert other.json()["errors"][0]["type"] == "idempotency_key_reused"


def test_the_same_brief_again_returns_the_same_draft_without_a_key(client, pipeline):
    first = post(client, pipeline["key"], draft()).json()
    again = post(client, pipeline["key"], draft())
    assert again.status_code == 200 and again.json()["id"] == first["id"]
    assert ArticlePage.objects.count() == 1


def test_an_untouched_draft_is_updated_and_refused_once_an_editor_edited_it(client, pipeline):
    submit = {"path": DRAFTS + "?submit=false"}
    first = post(client, pipeline["key"], draft(), **submit).json()
    assert first["status"] == "draft"
    update = post(client, pipeline["key"], draft(title="Titre revu"), **submit)
    assert update.status_code == 200 and update.json()["id"] == first["id"]
    page = ArticlePage.objects.get(pk=first["id"])
    assert page.get_latest_revision_as_object().title == "Titre revu"
    assert page.slug == "petits-modeles-ia-pme"  # its own slug is not « taken »

    edited = page.get_latest_revision_as_object()
    edited.title = "Titre de la rédaction"
    edited.save_revision(user=pipeline["users"]["redacteur"])
    before = written()
    refused = post(client, pipeline["key"], draft(title="Titre de la machine"))
    assert refused.status_code == 409
    assert refused.json()["errors"][0]["type"] == "edited"
    assert "un membre de la rédaction a modifié cet article" in refused.json()["detail"]
    assert written() == before
    page = ArticlePage.objects.get(pk=first["id"])
    assert page.get_latest_revision_as_object().title == "Titre de la rédaction"
    # The body it last sent again: the same draft, without the newsroom's unpublished title.
    again = post(client, pipeline["key"], draft(title="Titre revu"))
    assert again.status_code == 200 and again.json()["id"] == first["id"]
    assert "rédaction" not in again.content.decode()


def test_a_draft_in_review_is_not_replaced(client, pipeline):
    post(client, pipeline["key"], draft())
    before = written()
    refused = post(client, pipeline["key"], draft(title="Titre de la machine"))
    assert refused.status_code == 409 and refused.json()["errors"][0]["type"] == "in_review"
    assert written() == before


def test_the_hero_image_is_fetched_and_stored_with_its_credit(client, pipeline, settings):
    settings.API_IMAGE_FETCH_ALLOW_PRIVATE = True
    with picture_server() as (base, asked):
        response = post(client, pipeline["key"], draft(url=f"{base}/photos/puce.jpg"))
    assert response.status_code == 201, response.content
    assert asked == ["/photos/puce.jpg"]
    image = ArticlePage.objects.get(pk=response.json()["id"]).get_latest_revision_as_object()
    image = image.hero_image
    assert image.photographer == "Atelier graphique de la rédaction"
    assert image.licence == "Libre de droits" and image.width > 0
    assert image.file.name.startswith("original_images/puce")


def test_an_image_address_on_the_loopback_is_refused_unless_allowed(client, pipeline):
    before = written()
    with picture_server() as (base, asked):
        response = post(client, pipeline["key"], draft(url=f"{base}/puce.jpg"))
    assert response.status_code == 422
    [error] = response.json()["errors"]
    assert error["field"] == "hero_image.url" and error["type"] == "address_refused"
    assert asked == []  # not even asked
    assert written() == before


@pytest.mark.parametrize(
    ("content", "content_type", "code"),
    [
        (b"<html>pas une image</html>", "text/html", "not_an_image"),
        (b"GIF89a pas vraiment", "image/gif", "not_an_image"),
        (b"x" * 2048, "image/png", "file_too_large"),
    ],
)
def test_what_is_not_an_acceptable_image_is_refused(
    client, pipeline, settings, content, content_type, code
):
    settings.API_IMAGE_FETCH_ALLOW_PRIVATE = True
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    before = written()
    with picture_server(content, content_type) as (base, _asked):
        response = post(client, pipeline["key"], draft(url=f"{base}/x"))
    assert response.status_code == 422
    assert [error["type"] for error in response.json()["errors"]] == [code]
    assert written() == before


def test_without_a_valid_token_nothing_is_written(client, pipeline):
    before = written()
    assert post(client, None, draft()).status_code == 401
    assert post(client, "wagtail_pas-un-jeton", draft()).status_code == 401
    pipeline["token"].revoke()
    assert post(client, pipeline["key"], draft()).status_code == 401
    assert written() == before


def test_a_token_of_another_account_is_refused(client, pipeline):
    _token, plaintext = APIToken.create_token(user=pipeline["users"]["redac-chef"], name="Chef")
    response = post(client, plaintext, draft())
    assert response.status_code == 403
    assert ArticlePage.objects.count() == 0


def test_a_body_over_the_limit_is_refused_unread(client, pipeline, settings):
    settings.API_MAX_BODY_BYTES = 1000
    response = post(client, pipeline["key"], draft())
    assert response.status_code == 413 and ArticlePage.objects.count() == 0


def test_each_token_has_its_rate_limit(client, pipeline, settings):
    settings.API_RATE_LIMIT = "2/m"
    statuses = [post(client, pipeline["key"], b"{}").status_code for _ in range(3)]
    assert statuses == [422, 422, 429]
    _user, _token, other = pipeline_token("Chaîne IA de secours")
    assert post(client, other, b"{}").status_code == 422


def test_every_call_is_in_the_tokens_history(client, pipeline):
    post(client, pipeline["key"], draft(title=""))
    post(client, pipeline["key"], draft())
    post(client, pipeline["key"], draft())
    statuses = [data["status"] for data in calls(pipeline["token"])]
    assert statuses == [422, 201, 200]


def test_an_administrator_creates_a_token_in_the_admin_shown_once_and_revokes_it(client, pipeline):
    login(client, "admin")
    account = pipeline["user"]
    response = client.post(
        reverse("wagtailusers_api_tokens:add"), {"name": "Chaîne IA v2", "user": account.pk}
    )
    assert response.status_code == 200
    token = APIToken.objects.get(name="Chaîne IA v2")
    [plaintext] = set(re.findall(r"wagtail_[0-9A-Za-z]{30,}", response.content.decode()))
    stored = json.dumps(list(APIToken.objects.values()), default=str)
    assert APIToken.hash_token(plaintext) in stored and plaintext not in stored
    edit = client.get(reverse("wagtailusers_api_tokens:edit", args=[token.pk]))
    assert plaintext not in edit.content.decode()
    client.logout()
    assert post(client, plaintext, b"{}").status_code == 422  # authenticated
    token.refresh_from_db()
    assert token.last_used_at is not None
    login(client, "admin")
    client.post(reverse("wagtailusers_api_tokens:delete", args=[token.pk]))
    client.logout()
    assert post(client, plaintext, b"{}").status_code == 401


def test_the_pipeline_account_cannot_log_in(pipeline):
    account = pipeline["user"]
    assert account.username == PIPELINE_ACCOUNT and not account.has_usable_password()
    assert not account.has_perm("wagtailadmin.access_admin")
