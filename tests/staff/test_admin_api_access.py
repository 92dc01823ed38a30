"""The admin's JSON API (pages, images, documents, and the page actions) tells a writer and a
freelancer nothing their rights do not cover, refuses them every action they may not take,
and refuses an anonymous visitor everything; each address works for an administrator."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail.models import Page, Revision

from tests.support.access_sweep import (
    ANONYMOUS,
    DOCUMENT_SECRET,
    ELSEWHERE,
    FREELANCER,
    IMAGE_SECRET,
    OUT_OF_REACH,
    SECRETS,
    SECRETS_OF,
    WRITER,
    as_user,
    build_newsroom,
    built_once,
    leaked,
    refusal,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def newsroom(django_db_setup, django_db_blocker):
    yield from built_once(django_db_blocker, build_newsroom)


def api(endpoint, view="listing", target=None, **params):
    def build(n):
        args = [target(n).pk] if target else []
        address = reverse(f"wagtailadmin_api:{endpoint}:{view}", args=args)
        return address + ("?" + urlencode(params) if params else "")

    return build


def home(n):
    return n.home


def members_document(n):
    return n.members_document


# Each read, and the secret an administrator finds there (the proof it is the right address).
READS = {
    "pages": (api("pages"), ELSEWHERE["home title"]),
    "pages searched": (api("pages", search="accueil"), ELSEWHERE["home title"]),
    "pages under the home page": (api("pages", child_of="root"), ELSEWHERE["home title"]),
    "children of the home page": (
        lambda n: api("pages", child_of=n.home.pk)(n),
        ELSEWHERE["draft"],
    ),
    "descendants of the home page": (
        lambda n: api("pages", descendant_of=n.home.pk)(n),
        SECRETS["draft"],
    ),
    "home page": (api("pages", "detail", home), ELSEWHERE["home title"]),
    "home page, every field": (api("pages", "detail", home, fields="*"), ELSEWHERE["home title"]),
    "an article's ancestors": (
        api("pages", "detail", lambda n: n.pages["published"], fields="ancestors"),
        ELSEWHERE["home title"],
    ),
    "pages found by id": (lambda n: api("pages", "find", id=n.home.pk)(n), None),
    "images": (api("images"), IMAGE_SECRET),
    "images searched": (api("images", search="photo"), IMAGE_SECRET),
    "documents": (api("documents"), ELSEWHERE["document"]),
    "documents, every field": (api("documents", fields="*"), ELSEWHERE["document"]),
    "documents searched": (api("documents", search="note"), DOCUMENT_SECRET),
    "a members-only document": (api("documents", "detail", members_document), "Note"),
    "a members-only document found by id": (
        lambda n: api("documents", "find", id=n.members_document.pk)(n),
        None,
    ),
}


@pytest.mark.parametrize("who", [WRITER, FREELANCER])
@pytest.mark.parametrize("name", READS)
def test_the_admin_api_shows_nothing_beyond_the_users_reach(client, newsroom, name, who):
    response = as_user(client, newsroom, who).get(READS[name][0](newsroom))
    assert response.status_code in (200, 302, 403, 404)
    if response.status_code == 302:  # a find view's redirect: where to, and what it shows
        response = client.get(response["Location"])
    assert not leaked(response, SECRETS_OF[who])


@pytest.mark.parametrize("name", READS)
def test_the_admin_api_refuses_an_anonymous_visitor(client, newsroom, name):
    response = client.get(READS[name][0](newsroom))
    assert refusal(response, ANONYMOUS, newsroom) is None
    assert not leaked(response, [*OUT_OF_REACH, SECRETS["published"]])


@pytest.mark.parametrize("name", READS)
def test_the_same_reads_show_everything_to_an_administrator(client, newsroom, name):
    client.force_login(newsroom.users["admin"])
    response = client.get(READS[name][0](newsroom), follow=True)
    assert response.status_code == 200
    secret = READS[name][1]
    assert secret is None or secret in response.content.decode()


def test_a_writer_without_document_rights_is_refused_the_documents(client, newsroom):
    client.force_login(newsroom.users[WRITER])
    assert client.get(api("documents")(newsroom)).status_code == 403


def test_a_writer_reads_their_own_sections_drafts(client, newsroom):
    """The control for the writer: section B is theirs, drafts included."""
    client.force_login(newsroom.users[WRITER])
    response = client.get(api("pages", child_of=newsroom.index.pk)(newsroom))
    assert response.status_code == 200
    assert SECRETS["draft"] in response.content.decode()


# ---------- Page actions: refused to whoever lacks the right, and nothing changes ----------


def the_site():
    pages = Page.objects.order_by("path").values_list(
        "pk", "path", "live", "draft_title", "alias_of_id", "latest_revision_id", "locked"
    )
    return list(pages), Revision.objects.count()


def an_alias(n):
    n.pages["published"].create_alias(parent=n.home, update_slug="alias-publie")


# Made before the snapshot: the action alone must change nothing.
PREPARE = {"convert_alias": an_alias}


# action: (the page it acts on, its data)
ACTIONS = {
    "publish": (lambda n: n.pages["draft"], {}),
    "unpublish": (lambda n: n.pages["published"], {}),
    "delete": (lambda n: n.pages["published"], {}),
    "move": (lambda n: n.elsewhere_draft, lambda n: {"destination_page_id": n.section_a.pk}),
    # Kept live: a writer may copy into section B, not publish there.
    "copy": (
        lambda n: n.pages["published"],
        lambda n: {"destination_page_id": n.index.pk, "slug": "copie-publie"},
    ),
    "create_alias": (
        lambda n: n.pages["published"],
        lambda n: {"destination_page_id": n.index.pk, "update_slug": "alias-publie-b"},
    ),
    "convert_alias": (lambda n: Page.objects.get(slug="alias-publie"), {}),
    "revert_to_page_revision": (
        lambda n: n.home,
        lambda n: {"revision_id": n.home.revisions.order_by("pk").first().pk},
    ),
}


def act(client, newsroom, action):
    target, data = ACTIONS[action]
    page = target(newsroom)
    data = data(newsroom) if callable(data) else data
    address = reverse("wagtailadmin_api:pages:action", args=[page.pk, action])
    return client.post(address, data, content_type="application/json")


@pytest.mark.parametrize("who", [WRITER, FREELANCER, ANONYMOUS])
@pytest.mark.parametrize("action", ACTIONS)
def test_a_refused_page_action_changes_nothing(client, newsroom, action, who):
    as_user(client, newsroom, who)
    PREPARE.get(action, lambda n: None)(newsroom)
    before = the_site()
    response = act(client, newsroom, action)
    assert refusal(response, who, newsroom) is None
    assert not leaked(response, [*OUT_OF_REACH, SECRETS["published"]])
    assert the_site() == before


@pytest.mark.parametrize("action", ACTIONS)
def test_the_same_page_actions_act_for_an_administrator(client, newsroom, action):
    client.force_login(newsroom.users["admin"])
    PREPARE.get(action, lambda n: None)(newsroom)
    before = the_site()
    response = act(client, newsroom, action)
    assert response.status_code in (200, 201, 204), response.content
    assert the_site() != before
