"""The newsroom's groups, as the demo accounts use them in the admin."""

import io

import pytest
from django.urls import reverse

from editorial.roles import ensure_demo_accounts

pytestmark = pytest.mark.django_db


@pytest.fixture
def accounts(home_page):
    ensure_demo_accounts()


def admin_as(client, username):
    assert client.login(username=username, password=f"{username}-demo")
    return client


def test_editor_uploads_images_but_cannot_edit_the_ai_notice(client, accounts):
    admin_as(client, "redacteur")
    assert client.get(reverse("wagtailimages:add_multiple")).status_code == 200
    notice = client.get(reverse("wagtailsettings:edit", args=["notice", "ainotice"]), follow=True)
    assert notice.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    assert "Mention IA" not in notice.content.decode()


def test_chief_editor_edits_the_ai_notice(client, accounts):
    admin_as(client, "redac-chef")
    response = client.get(reverse("wagtailsettings:edit", args=["notice", "ainotice"]), follow=True)
    assert response.status_code == 200
    assert b"En savoir plus" in response.content


def test_admin_menu_keeps_wagtail_labels(client, accounts):
    # The project's catalog must not re-translate Wagtail's own words.
    admin_as(client, "admin")
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert '"label": "Pages"' in html or "&quot;label&quot;: &quot;Pages&quot;" in html
    assert "Pagination" not in html


def test_setup_newsroom_is_idempotent(news_index):
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from wagtail.models import GroupPagePermission, Workflow, WorkflowPage, WorkflowTask

    def counts():
        return [
            model.objects.count()
            for model in (Group, GroupPagePermission, Workflow, WorkflowTask, WorkflowPage)
        ]

    call_command("setup_newsroom", stdout=io.StringIO())
    first = counts()
    call_command("setup_newsroom", stdout=io.StringIO())
    assert counts() == first
    assert WorkflowPage.objects.get(page=news_index).workflow.name == "Relecture"
    # Wagtail's default workflow no longer applies anywhere.
    assert not WorkflowPage.objects.exclude(workflow__name="Relecture").exists()
