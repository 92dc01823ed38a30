"""The page chooser names only live public pages and the pages the user may edit, in every
one of its views: browsing (the listed pages, the parent page itself, a parent found by page
type), search (the results and their parents) and the chosen view's JSON."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse

from tests.support.access_sweep import (
    ELSEWHERE,
    FREELANCER,
    SECRETS,
    SECRETS_OF,
    WRITER,
    build_newsroom,
    built_once,
    leaked,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def newsroom(django_db_setup, django_db_blocker):
    yield from built_once(django_db_blocker, build_newsroom)


def browse(page_of=None, **params):
    def build(n):
        address = (
            reverse("wagtailadmin_choose_page_child", args=[page_of(n).pk])
            if page_of
            else reverse("wagtailadmin_choose_page")
        )
        return address + ("?" + urlencode(params) if params else "")

    return build


def search(q):
    return lambda n: reverse("wagtailadmin_choose_page_search") + "?" + urlencode({"q": q})


def chosen(*pages):
    return lambda n: (
        reverse("wagtailadmin_choose_page_chosen_multiple")
        + "?"
        + urlencode({"id": [page(n).pk for page in pages]}, doseq=True)
    )


def home(n):
    return n.home


def index(n):
    return n.index


def section_a(n):
    return n.section_a


def elsewhere(n):
    return n.elsewhere_draft


# Every view of the chooser, each opening for everyone with admin access.
VIEWS = {
    "root": browse(),
    "home page and its children": browse(home),
    "section A": browse(section_a),
    "section B": browse(index),
    "standard pages, opened where they are": browse(page_type="home.standardpage"),
    "articles, opened where they are": browse(page_type="news.articlepage"),
    "multiple choice in the home page": browse(home, multiple="1"),
    "search for drafts": search("brouillon"),
    "search for the home page": search("accueil"),
    "search for the sections": search("rubrique"),
    "search for articles": search("confidentiel"),
    "chosen": chosen(home, section_a, elsewhere, lambda n: n.pages["draft"]),
}


@pytest.mark.parametrize("who", [WRITER, FREELANCER])
@pytest.mark.parametrize("name", VIEWS)
def test_the_page_chooser_names_nothing_beyond_the_users_reach(client, newsroom, name, who):
    client.force_login(newsroom.users[who])
    response = client.get(VIEWS[name](newsroom))
    assert response.status_code == 200
    assert not leaked(response, SECRETS_OF[who])


@pytest.mark.parametrize("name", VIEWS)
def test_the_same_chooser_views_name_everything_for_an_administrator(client, newsroom, name):
    """The control: the secrets above are there to be found."""
    client.force_login(newsroom.users["admin"])
    response = client.get(VIEWS[name](newsroom))
    assert response.status_code == 200
    if name in ("search for articles", "section B"):
        assert leaked(response, [SECRETS["draft"]])
    elif name not in ("section A", "articles, opened where they are"):
        assert leaked(response, [ELSEWHERE["draft"], ELSEWHERE["home title"]])


# A page the user may neither read nor edit, opened as the chooser's parent.
UNREADABLE_PARENTS = {
    WRITER: ["elsewhere_draft"],
    FREELANCER: ["elsewhere_draft", "draft", "review", "private", "members"],
}


@pytest.mark.parametrize(
    ("who", "key"), [(who, key) for who, keys in UNREADABLE_PARENTS.items() for key in keys]
)
def test_a_page_out_of_reach_does_not_open_as_the_choosers_parent(client, newsroom, who, key):
    page = getattr(newsroom, key, None) or newsroom.pages[key]
    client.force_login(newsroom.users[who])
    response = client.get(reverse("wagtailadmin_choose_page_child", args=[page.pk]))
    assert response.status_code == 404
    assert not leaked(response, SECRETS_OF[who])


def test_a_writer_still_browses_and_chooses_the_drafts_of_their_section(client, newsroom):
    """Section B is the writer's: its drafts and pages in review are theirs to choose."""
    client.force_login(newsroom.users[WRITER])
    listing = client.get(browse(index)(newsroom))
    draft = client.get(browse(lambda n: n.pages["draft"])(newsroom))
    picked = client.get(chosen(lambda n: n.pages["review"])(newsroom))
    assert leaked(listing, [SECRETS["draft"], SECRETS["review"]]) == [
        SECRETS["draft"],
        SECRETS["review"],
    ]
    assert draft.status_code == 200
    assert SECRETS["draft"] in draft.content.decode()
    assert SECRETS["review"] in picked.json()["result"][0]["adminTitle"]


def test_a_page_the_user_may_not_edit_shows_its_published_title(client, newsroom):
    client.force_login(newsroom.users[WRITER])
    response = client.get(chosen(home)(newsroom))
    assert response.json()["result"][0]["adminTitle"] == newsroom.home.title
