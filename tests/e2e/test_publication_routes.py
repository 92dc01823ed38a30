"""Bulk « Publier » in a real browser, with the writer in another window: the rule holds.

The chief selects two articles in the explorer and publishes them at once: the complete one
goes live under her name, the incomplete one is refused and named with what it lacks. In the
writer's window, the schedule's dates are shown but cannot be changed.
"""

import re

import pytest
from django.test import Client

from news.models import ArticlePage
from tests.e2e.test_editorial_flow import log_in, shoot
from tests.support.editorial import edit_url, submit_new_article

try:
    from playwright.sync_api import expect
except ImportError:  # conftest skips these tests and says why
    expect = None

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DISCLOSURE = "Article rédigé par Modèle X 2, relu par Camille Durand"


def test_bulk_publish_publishes_the_complete_and_names_the_incomplete(
    new_page, site_url, desk, artifacts
):
    client = Client()
    complete = submit_new_article(client, desk, title="Un article complet", slug="complet")
    incomplete = submit_new_article(client, desk, title="Un article sans source", slug="sans")
    draft = incomplete.get_latest_revision_as_object()
    draft.sources = []
    draft.save_revision(user=desk["users"]["redacteur"])

    writer = new_page("writer")
    log_in(writer, site_url, "redacteur")
    writer.goto(f"{site_url}/admin/pages/add/news/articlepage/{desk['index'].pk}/")
    go_live = writer.locator("input[name=go_live_at]")
    expect(go_live).to_be_disabled()
    expect(writer.locator("input[name=expire_at]")).to_be_disabled()

    chief = new_page("chief")
    log_in(chief, site_url, "redac-chef")
    chief.goto(f"{site_url}/admin/pages/{desk['index'].pk}/")
    for article in (complete, incomplete):
        chief.locator(f"input[data-bulk-action-checkbox][data-object-id='{article.pk}']").check()
    footer = chief.locator("[data-bulk-action-footer]")
    footer.get_by_text("Publier", exact=True).click()
    shoot(chief, artifacts, "publication-01-bulk-confirm")
    chief.get_by_role("button", name=re.compile("Oui, publier")).click()
    expect(
        chief.get_by_text(re.compile(r"«\s*Un article sans source\s*» n’a pas été publié"))
    ).to_be_visible()
    expect(chief.get_by_text(re.compile("au moins une source")).first).to_be_visible()
    shoot(chief, artifacts, "publication-02-bulk-refused")

    complete = ArticlePage.objects.get(pk=complete.pk)
    assert complete.live and complete.approved_by.username == "redac-chef"
    assert not ArticlePage.objects.get(pk=incomplete.pk).live

    reader = new_page("reader")
    reader.goto(f"{site_url}{complete.url}")
    expect(reader.locator(".article__provenance")).to_have_text(DISCLOSURE)
    assert reader.goto(f"{site_url}/actualites/sans/").status == 404
    writer.goto(f"{site_url}{edit_url(incomplete)}")
    assert chief.errors == [] and writer.errors == []
