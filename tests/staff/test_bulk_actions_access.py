"""Bulk actions (`/admin/bulk/<app>/<model>/<action>/?id=…`) on pages, images, documents,
users and snippets: a writer, a freelancer and an anonymous visitor are refused, shown no
secret on the confirmation page, and what they post changes nothing; an administrator acts."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page

from comments.models import Comment
from news.models import Category, CreditedImage, ShareLink
from tests.support.access_sweep import (
    ANONYMOUS,
    FREELANCER,
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


def live_pages_and_a_draft_elsewhere(n):
    return [*(n.pages[key].pk for key in ("published", "private", "members")), n.elsewhere_draft.pk]


def images(n):
    return [n.image.pk]


def documents(n):
    return [n.document.pk, n.members_document.pk]


def chief_editor(n):
    return [n.users["redac-chef"].pk]


def comment(n):
    return [n.comment.pk]


def other_collection(n):
    return {"collection": Collection.objects.get(name="Rubrique régionale").pk}


PAGES = ("wagtailcore", "page", live_pages_and_a_draft_elsewhere)
IMAGES = ("news", "creditedimage", images)
DOCUMENTS = ("wagtaildocs", "document", documents)
USERS = ("auth", "user", chief_editor)
COMMENTS = ("comments", "comment", comment)

# name: (app, model, ids, action, POST data)
BULK = {
    "publish pages": (*PAGES, "publish", {}),
    "unpublish pages": (*PAGES, "unpublish", {}),
    "delete pages": (*PAGES, "delete", {}),
    # A standard page, to where standard pages go: the administrator's move goes through.
    "move pages": (
        *PAGES[:2],
        lambda n: [n.elsewhere_draft.pk],
        "move",
        lambda n: {"chooser": n.section_a.pk},
    ),
    "delete images": (*IMAGES, "delete", {}),
    "tag images": (*IMAGES, "add_tags", {"tags": "étiquette"}),
    "move images": (*IMAGES, "add_to_collection", other_collection),
    "delete documents": (*DOCUMENTS, "delete", {}),
    "tag documents": (*DOCUMENTS, "add_tags", {"tags": "étiquette"}),
    "move documents": (*DOCUMENTS, "add_to_collection", other_collection),
    "delete users": (*USERS, "delete", {}),
    "assign a role": (*USERS, "assign_role", lambda n: {"role": Group.objects.first().pk}),
    "deactivate users": (*USERS, "set_active_state", {"mark_as_active": "False"}),
    "approve comments": (*COMMENTS, "approve_comments", {}),
    "mark comments as spam": (*COMMENTS, "spam_comments", {}),
    "trash comments": (*COMMENTS, "trash_comments", {}),
    "delete comments": (*COMMENTS, "delete", {}),
    "delete categories": ("news", "category", lambda n: [n.category.pk], "delete", {}),
    "delete share links": ("news", "sharelink", lambda n: [n.link.pk], "delete", {}),
    "delete tags": (
        "taggit",
        "tag",
        lambda n: [Tag.objects.get(name="Investigation").pk],
        "delete",
        {},
    ),
}


def address(n, name, ids=None):
    app, model, objects, action, _data = BULK[name]
    query = "&".join(f"id={pk}" for pk in (ids or objects(n)))
    return reverse("wagtail_bulk_action", args=[app, model, action]) + "?" + query


def data(n, name):
    value = BULK[name][4]
    return value(n) if callable(value) else value


def the_newsroom():
    """Everything a bulk action could change."""
    return (
        list(Page.objects.order_by("pk").values_list("pk", "path", "live")),
        list(CreditedImage.objects.order_by("pk").values_list("pk", "collection", "tags__name")),
        list(
            get_document_model()
            .objects.order_by("pk")
            .values_list("pk", "collection", "tags__name")
        ),
        list(get_user_model().objects.order_by("pk").values_list("pk", "is_active", "groups")),
        list(Comment.objects.order_by("pk").values_list("pk", "status")),
        Category.objects.count(),
        ShareLink.objects.count(),
        Tag.objects.count(),
    )


@pytest.mark.parametrize("who", [WRITER, FREELANCER, ANONYMOUS])
@pytest.mark.parametrize("name", BULK)
def test_a_bulk_confirmation_shows_nothing_out_of_reach(client, newsroom, name, who):
    response = as_user(client, newsroom, who).get(address(newsroom, name))
    assert refusal(response, who, newsroom) is None
    assert not leaked(response, SECRETS_OF[who])


@pytest.mark.parametrize("who", [WRITER, FREELANCER])
@pytest.mark.parametrize("app_model", [("wagtailcore", "page"), ("news", "creditedimage")])
def test_every_child_of_section_b_names_nothing_out_of_reach(client, newsroom, app_model, who):
    """`id=all` takes every item of a listing: the writer may delete section B's drafts, the
    freelancer nothing; neither sees a name beyond their reach."""
    as_user(client, newsroom, who)
    base = reverse("wagtail_bulk_action", args=[*app_model, "delete"])
    response = client.get(f"{base}?id=all&childOf={newsroom.index.pk}")
    assert response.status_code == 200 or refusal(response, who, newsroom) is None
    assert not leaked(response, SECRETS_OF[who])


@pytest.mark.parametrize("who", [WRITER, FREELANCER, ANONYMOUS])
@pytest.mark.parametrize("name", BULK)
def test_a_refused_bulk_action_changes_nothing(client, newsroom, name, who):
    before = the_newsroom()
    response = as_user(client, newsroom, who).post(address(newsroom, name), data(newsroom, name))
    assert refusal(response, who, newsroom) is None
    assert not leaked(response, SECRETS_OF[who])
    assert the_newsroom() == before


@pytest.mark.parametrize("name", BULK)
def test_the_same_bulk_actions_work_for_an_administrator(client, newsroom, name):
    client.force_login(newsroom.users["admin"])
    assert client.get(address(newsroom, name)).status_code == 200
    before = the_newsroom()
    response = client.post(address(newsroom, name), data(newsroom, name))
    assert response.status_code == 302
    assert the_newsroom() != before


def test_pages_a_user_may_read_stay_named_among_those_they_may_not_act_on(client, newsroom):
    """A writer may delete a draft of section B, not its published article: both are named."""
    client.force_login(newsroom.users[WRITER])
    draft, published = newsroom.pages["draft"], newsroom.pages["published"]
    response = client.get(address(newsroom, "delete pages", ids=[draft.pk, published.pk]))
    assert response.status_code == 200
    assert draft.title in response.content.decode()
    assert published.title in response.content.decode()
