"""The pipeline's account can only draft: with its token, or even with a session of its own,
no admin address opens and no post publishes, approves, unpublishes or edits another's article;
through the API, nothing but the drafts endpoint exists. The access sweep's newsroom, with
the pipeline's own draft in review beside its secret pages."""

from types import SimpleNamespace

import pytest
from django.urls import NoReverseMatch, reverse
from wagtail.models import WorkflowState

from news.models import ArticlePage
from tests.security.test_access_sweep import ELSEWHERE, ON_EACH_PAGE, POSTS, page_urls
from tests.security.test_access_sweep import post as post_action
from tests.support.access_sweep import EVERY_SECRET, build_newsroom, built_once, leaked, refusal
from tests.support.pipeline_api import DRAFTS, draft, pipeline_token, post

pytestmark = pytest.mark.django_db
PIPELINE = "chaine-ia"


def build():
    newsroom = build_newsroom()
    user, token, plaintext = pipeline_token()
    newsroom.users[PIPELINE] = user
    newsroom.token = SimpleNamespace(instance=token, key=plaintext)
    return newsroom


@pytest.fixture(scope="module")
def newsroom(django_db_setup, django_db_blocker):
    yield from built_once(django_db_blocker, build)


@pytest.fixture
def own_draft(client, newsroom, empty_cache):
    """The pipeline's own article, delivered through the API and now in review."""
    response = post(client, newsroom.token.key, draft(categories=[]))
    assert response.status_code == 201, response.content
    return ArticlePage.objects.get(pk=response.json()["id"])


def every_address(newsroom, own):
    pages = [*newsroom.pages.values(), own]
    addresses = [
        (name, ON_EACH_PAGE[name](newsroom, page))
        for name in ON_EACH_PAGE
        for page in pages
        if page is own or (name, ON_EACH_PAGE[name](newsroom, page)) in page_urls(newsroom, name)
    ]
    return [(name, address) for name, address in addresses if address] + [
        (name, build(newsroom)) for name, build in ELSEWHERE.items()
    ]


@pytest.mark.parametrize("how", ["session", "bearer token"])
def test_the_pipeline_opens_no_admin_address_and_reads_no_draft(client, newsroom, own_draft, how):
    headers = {}
    if how == "session":  # it has no password: as if a session of its own were stolen
        client.force_login(newsroom.users[PIPELINE])
    else:
        headers["HTTP_AUTHORIZATION"] = f"Bearer {newsroom.token.key}"
    problems = []
    for name, address in every_address(newsroom, own_draft):
        response = client.get(address, **headers)
        if wrong := refusal(response, PIPELINE, newsroom):
            problems.append(f"{name}: {address} answered {wrong}")
        if secrets := leaked(response, EVERY_SECRET):
            problems.append(f"{name}: {address} shows {secrets}")
    assert not problems


@pytest.mark.parametrize("action", POSTS)
def test_the_pipelines_session_changes_nothing(client, newsroom, action):
    state = POSTS[action][2]
    before = state(newsroom)
    client.force_login(newsroom.users[PIPELINE])
    response = post_action(client, newsroom, action)
    assert refusal(response, PIPELINE, newsroom) is None
    assert state(newsroom) == before


def test_the_pipeline_cannot_publish_or_approve_its_own_draft(client, newsroom, own_draft):
    user = newsroom.users[PIPELINE]
    rights = own_draft.permissions_for_user(user)
    assert not rights.can_publish() and not rights.can_unpublish() and not rights.can_lock()
    task_state = own_draft.current_workflow_task_state
    assert task_state.task.specific.get_actions(own_draft, user) == []
    client.force_login(user)
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[own_draft.pk, "approve", task_state.pk]
    )
    assert refusal(client.post(approve, {"comment": ""}), PIPELINE, newsroom) is None
    own_draft.refresh_from_db()
    assert not own_draft.live
    assert own_draft.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_the_pipeline_edits_no_one_elses_article(newsroom):
    user = newsroom.users[PIPELINE]
    for key, page in newsroom.pages.items():
        rights = page.permissions_for_user(user)
        assert not (rights.can_edit() or rights.can_publish() or rights.can_delete()), key
    assert newsroom.index.permissions_for_user(user).can_add_subpage()
    assert not newsroom.home.permissions_for_user(user).can_add_subpage()


def test_a_draft_cannot_ask_to_be_published(client, newsroom, empty_cache):
    response = post(
        client, newsroom.token.key, draft(categories=[], live=True, go_live_at="2026-01-01")
    )
    assert response.status_code == 422
    assert {e["field"]: e["type"] for e in response.json()["errors"]} == {
        "live": "unknown_key",
        "go_live_at": "unknown_key",
    }


def test_the_api_writes_through_the_drafts_endpoint_alone(client, newsroom):
    schema = client.get("/api/v1/openapi.json").json()
    assert {path: sorted(verbs) for path, verbs in schema["paths"].items()} == {
        DRAFTS: ["post"],
        "/api/v1/articles/": ["get"],
        "/api/v1/articles/{article_id}/": ["get"],
        "/api/v1/categories/": ["get"],
        "/api/v1/tags/": ["get"],
    }
    token = {"HTTP_AUTHORIZATION": f"Bearer {newsroom.token.key}"}
    assert client.get(DRAFTS, **token).status_code == 405
    for name in ("wagtailapi_v3:pages_list", "wagtailapi_v3:whoami"):
        with pytest.raises(NoReverseMatch):
            reverse(name)
