"""Who may do what, asserted through the admin's own URLs: editor, editor-in-chief, anonymous."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from news.models import ArticlePage
from tests.support.editorial import (
    add_url,
    article_form,
    credited_image,
    edit_url,
    login,
    setup_newsroom,
    workflow_action_url,
)
from tests.support.factories import ArticlePageFactory, publish

pytestmark = pytest.mark.django_db

EDITOR, CHIEF = "redacteur", "redac-chef"


@pytest.fixture
def desk(news_index, categories):
    setup_newsroom()
    image = credited_image()
    article = ArticlePageFactory(
        parent=news_index,
        live=False,
        title="Une dépêche",
        slug="une-depeche",
        hero_image=image,
        categories=[categories[0]],
        sources=[("Techcrunch", "https://techcrunch.com/")],
    )
    article.save_revision()
    return {"index": news_index, "article": article, "image": image, "categories": categories}


def form(desk, action=None, **overrides):
    return article_form(
        desk["image"],
        desk["categories"][:1],
        action,
        title="Une dépêche",
        slug="une-depeche",
        **overrides,
    )


def refreshed(desk):
    return ArticlePage.objects.get(pk=desk["article"].pk)


def submit(client, desk):
    login(client, EDITOR)
    client.post(edit_url(desk["article"]), form(desk, "action-submit"))
    client.logout()
    return refreshed(desk)


def can_create(client, desk):
    return client.get(add_url(desk["index"])).status_code == 200


def can_edit(client, desk):
    response = client.post(edit_url(desk["article"]), form(desk, standfirst="Chapô modifié."))
    return response.status_code == 302 and (
        refreshed(desk).get_latest_revision_as_object().standfirst == "Chapô modifié."
    )


def can_submit(client, desk):
    client.post(edit_url(desk["article"]), form(desk, "action-submit"))
    return refreshed(desk).workflow_in_progress


def can_approve(client, desk, username):
    article = submit(client, desk)
    login(client, username)
    client.post(workflow_action_url(article, "approve"), {"comment": ""})
    return refreshed(desk).live


def can_reject(client, desk, username):
    article = submit(client, desk)
    login(client, username)
    client.post(workflow_action_url(article, "reject"), {"comment": "Non."})
    return refreshed(desk).current_workflow_state.status == "needs_changes"


def can_publish(client, desk):
    client.post(edit_url(desk["article"]), form(desk, "action-publish"))
    return refreshed(desk).live


def can_unpublish(client, desk, username):
    publish(desk["article"])
    login(client, username)
    client.post(reverse("wagtailadmin_pages:unpublish", args=[desk["article"].pk]))
    return not refreshed(desk).live


def can_schedule(client, desk):
    when = (timezone.localtime() + timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    client.post(edit_url(desk["article"]), form(desk, "action-publish", go_live_at=when))
    revision = refreshed(desk).latest_revision
    return revision.approved_go_live_at is not None and not refreshed(desk).live


def can_preview(client, desk):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[desk["article"].pk])
    posted = client.post(url, form(desk, standfirst="Chapô en prévisualisation."))
    if posted.status_code != 200 or not posted.json().get("is_valid"):
        return False
    response = client.get(url)
    return (
        response.status_code == 200
        and b"Chap\xc3\xb4 en pr\xc3\xa9visualisation." in response.content
    )


def can_edit_notice(client, desk):
    url = reverse("wagtailsettings:edit", args=["notice", "ainotice"])
    response = client.get(url, follow=True)
    return response.status_code == 200 and b'name="learn_more_label"' in response.content


ACTIONS = {
    "create": can_create,
    "edit": can_edit,
    "submit": can_submit,
    "publish": can_publish,
    "schedule": can_schedule,
    "preview": can_preview,
    "edit notice": can_edit_notice,
}
ACTIONS_AS = {"approve": can_approve, "reject": can_reject, "unpublish": can_unpublish}

MATRIX = {
    # action:       (editor, editor-in-chief)
    "create": (True, True),
    "edit": (True, True),
    "submit": (True, True),
    "approve": (False, True),
    "reject": (False, True),
    "publish": (False, True),
    "unpublish": (False, True),
    "schedule": (False, True),
    "preview": (True, True),
    "edit notice": (False, True),
}


@pytest.mark.parametrize("action", list(MATRIX))
@pytest.mark.parametrize("username", [EDITOR, CHIEF])
def test_permission_matrix(client, desk, action, username):
    allowed = MATRIX[action][0 if username == EDITOR else 1]
    if action in ACTIONS_AS:
        assert ACTIONS_AS[action](client, desk, username) is allowed
    else:
        login(client, username)
        assert ACTIONS[action](client, desk) is allowed
    if not allowed and action in {"publish", "approve", "schedule"}:
        assert client.get("/actualites/une-depeche/").status_code == 404


@pytest.mark.parametrize(
    "url_name",
    [
        "add",
        "edit",
        "preview_on_edit",
        "unpublish",
        "revisions_index",
        "history",
        "lock",
        "workflow_history",
    ],
)
def test_anonymous_visitors_are_sent_to_the_login_page(client, desk, url_name):
    args = [desk["index"].pk] if url_name == "add" else [desk["article"].pk]
    if url_name == "add":
        args = ["news", "articlepage", desk["index"].pk]
    response = client.get(reverse(f"wagtailadmin_pages:{url_name}", args=args))
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))
    assert "Une dépêche" not in response.content.decode()


def test_editor_cannot_edit_pages_outside_the_news_index(client, desk, home_page):
    login(client, EDITOR)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[home_page.pk]))
    assert response.status_code in (302, 403)


def test_revisions_compare_revert_and_locking_work_for_the_newsroom(client, desk):
    article = desk["article"]
    login(client, EDITOR)
    client.post(edit_url(article), form(desk, standfirst="Deuxième version."))
    revisions = list(refreshed(desk).revisions.order_by("created_at"))
    assert len(revisions) >= 2
    first, last = revisions[0], revisions[-1]
    compare = client.get(
        reverse("wagtailadmin_pages:revisions_compare", args=[article.pk, first.pk, last.pk])
    )
    assert compare.status_code == 200 and "Deuxième version." in compare.content.decode()
    revert = client.get(reverse("wagtailadmin_pages:revisions_revert", args=[article.pk, first.pk]))
    assert revert.status_code == 200
    client.logout()
    # The editor-in-chief locks the article: the editor can no longer save it.
    login(client, CHIEF)
    assert client.post(reverse("wagtailadmin_pages:lock", args=[article.pk])).status_code == 302
    assert refreshed(desk).locked
    client.logout()
    login(client, EDITOR)
    client.post(edit_url(article), form(desk, standfirst="Pendant le verrou."))
    assert refreshed(desk).get_latest_revision_as_object().standfirst != "Pendant le verrou."
