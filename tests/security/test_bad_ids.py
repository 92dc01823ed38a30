"""A hand-made request with an id that is not one (`abc`) gets a form error, a 400 or a 404,
never a 500: every admin address that takes parameters, the id query parameters Wagtail reads,
and each chooser field of the staff forms; and nothing changes."""

import re

import pytest
from django.urls import URLResolver, get_resolver, reverse
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import Page
from wagtail.test.utils.form_data import streamfield

from news.models import ArticlePage, ShareLink
from tests.support.access_sweep import build_newsroom, built_once
from tests.support.editorial import article_form

pytestmark = pytest.mark.django_db

# Wagtail's own "test the error page" address, which fails on purpose.
ON_PURPOSE = ("admin/failwhale/",)
ID_PARAMETERS = ["", "?id=abc", "?parent_page_id=abc", "?target_pages[]=abc", "?id=all&childOf=abc"]


@pytest.fixture(scope="module")
def newsroom(django_db_setup, django_db_blocker):
    yield from built_once(django_db_blocker, build_newsroom)


def admin_patterns(resolver=None, prefix=""):
    for pattern in (resolver or get_resolver()).url_patterns:
        route = prefix + str(pattern.pattern).lstrip("^").rstrip("$")
        if isinstance(pattern, URLResolver):
            yield from admin_patterns(pattern, route)
        elif route.startswith("admin/") and "<" in route and route not in ON_PURPOSE:
            yield route


def bulk_addresses():
    bulk_action_registry.get_bulk_actions_for_model("wagtailcore", "page")  # loads them
    for app, models in bulk_action_registry.actions.items():
        for model, actions in models.items():
            for action in actions:
                yield reverse("wagtail_bulk_action", args=[app, model, action])


def answer(client, method, address, data=None):
    """The status, or the exception a 500 would be."""
    try:
        response = client.post(address, data or {}) if method == "POST" else client.get(address)
    except Exception as error:  # the test client re-raises what would be a 500
        return f"{type(error).__name__}: {error}"
    return response.status_code


def test_no_admin_address_answers_500_to_an_id_that_is_not_one(client, newsroom):
    client.force_login(newsroom.users["admin"])
    real = str(newsroom.pages["published"].pk)
    addresses = set(bulk_addresses())
    for route in admin_patterns():
        # A real id where the route wants a number; `abc` where it takes any text.
        addresses.add(
            "/" + re.sub(r"<(?:(\w+):)?\w+>", lambda m: real if m[1] == "int" else "abc", route)
        )
    problems = {}
    for address in sorted(addresses):
        for query in ID_PARAMETERS:
            for method in ("GET", "POST"):
                status = answer(client, method, address + query)
                if not isinstance(status, int) or status >= 500:
                    problems[f"{method} {address}{query}"] = status
    assert not problems
    assert len(addresses) > 100  # the sweep reached the admin


def edit(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def article(n, **overrides):
    return article_form(n.image, [n.category], slug="dossier-draft", **overrides)


# form: (address, data); each posts an id that is not one in a chooser field.
FORMS = {
    "article's hero image": (
        lambda n: edit(n.pages["draft"]),
        lambda n: article(n, hero_image="abc"),
    ),
    # Read as an empty chooser, which a draft may hold (Wagtail checks it on publication).
    "article's pinned read-next page": (
        lambda n: edit(n.pages["draft"]),
        lambda n: article(n, related_articles=streamfield([("article", "abc")])),
    ),
    "article's category": (
        lambda n: edit(n.pages["draft"]),
        lambda n: {**article(n), "categories": ["abc"]},
    ),
    "home page's lead article": (
        lambda n: edit(n.home),
        lambda n: {"title": n.home.title, "slug": n.home.slug, "lead_article": "abc"},
    ),
    "share link's page": (
        lambda n: reverse("wagtailsnippets_news_sharelink:add"),
        {"page": "abc", "note": "", "expires_at": ""},
    ),
    "AI notice's page": (
        lambda n: reverse("wagtailsettings:edit", args=["notice", "ainotice", n.settings[1]]),
        {"text": '{"blocks": [], "entityMap": {}}', "learn_more_page": "abc"},
    ),
    "copy's new parent": (
        lambda n: reverse("wagtailadmin_pages:copy", args=[n.pages["published"].pk]),
        {"new_title": "Copie", "new_slug": "copie", "new_parent_page": "abc"},
    ),
    "copy's unknown parent": (
        lambda n: reverse("wagtailadmin_pages:copy", args=[n.pages["published"].pk]),
        {"new_title": "Copie", "new_slug": "copie", "new_parent_page": "999999"},
    ),
    "bulk move's destination": (
        lambda n: (
            reverse("wagtail_bulk_action", args=["wagtailcore", "page", "move"])
            + f"?id={n.elsewhere_draft.pk}"
        ),
        {"chooser": "abc"},
    ),
}


def the_site():
    return (
        list(Page.objects.order_by("pk").values_list("pk", "path", "live", "latest_revision_id")),
        ShareLink.objects.count(),
    )


@pytest.mark.parametrize("name", FORMS)
def test_a_chooser_field_holding_an_id_that_is_not_one_is_refused(client, newsroom, name):
    client.force_login(newsroom.users["admin"])
    address, data = FORMS[name]
    before = the_site()
    status = answer(client, "POST", address(newsroom), data(newsroom) if callable(data) else data)
    if name == "article's pinned read-next page":
        assert status == 302
        saved = ArticlePage.objects.get(pk=newsroom.pages["draft"].pk).related_articles.raw_data
        assert [block["value"] for block in saved] == [None]
        return
    assert status in (200, 400, 404)  # 200: the form again, with its error
    assert the_site() == before


def test_the_form_says_what_is_wrong(client, newsroom):
    client.force_login(newsroom.users["admin"])
    response = client.post(edit(newsroom.pages["draft"]), article(newsroom, hero_image="abc"))
    assert response.status_code == 200
    assert "Sélectionnez un choix valide" in response.content.decode()
    assert ArticlePage.objects.get(pk=newsroom.pages["draft"].pk).hero_image_id == newsroom.image.pk
