"""What the admin's JavaScript shows reads in French: the Status panel and its dialog.

The server-rendered screens are walked in tests/staff/test_admin_french.py; here, the text the
browser shows once the side panel is open, its « Voir les détails » dialog, and the panel
as Wagtail's autosave re-renders it.
"""

import re

import pytest

from tests.e2e.test_editorial_flow import log_in, settle_autosave
from tests.staff.test_admin_french import JUST_NOW, offending
from tests.support.editorial import edit_url, login, submit_new_article, workflow_action_url

try:
    from playwright.sync_api import expect
except ImportError:  # conftest skips these tests and says why
    expect = None

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def sent_back(client, newsroom):
    """An article the writer submitted and the chief sent back for changes."""
    article = submit_new_article(client, newsroom)
    login(client, "redac-chef")
    client.post(workflow_action_url(article, "reject"), {"comment": "Revoir le titre."})
    client.logout()
    return article


def test_status_panel_and_its_dialog_read_in_french(new_page, site_url, sent_back):
    page = new_page("redacteur")
    log_in(page, site_url, "redacteur")
    page.goto(site_url + edit_url(sent_back))
    page.get_by_role("button", name=re.compile("statut", re.IGNORECASE)).click()
    panel = page.locator("[data-side-panel='status']")
    expect(panel).to_be_visible()
    assert offending(page.locator("body").inner_text()) == []

    panel.get_by_role("button", name="Voir les détails").click()
    dialog = page.locator("#workflow-status-dialog")
    expect(dialog).to_be_visible()
    expect(dialog.locator(".w-dialog__message-heading")).to_have_text(
        re.compile(f"Modifications demandées {JUST_NOW} par Camille Durand")
    )
    assert offending(dialog.inner_text()) == []
    dialog.get_by_role("button", name="Fermer").click()

    # An edit autosaves a draft, and Wagtail refetches the panel: its times read in French too.
    page.get_by_label(re.compile("^Titre")).first.fill("Les chercheurs changent encore d’équipe")
    settle_autosave(page)
    expect(panel).to_contain_text("Modifications demandées")
    assert offending(panel.inner_text()) == []
