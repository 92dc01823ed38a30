"""The editorial workflow through the real admin: submit, review, approve or reject, publish."""

import pytest
from django.urls import reverse

from editorial.roles import CHIEF_EDITORS
from news.models import ArticlePage
from tests.support.editorial import (
    add_url,
    article_form,
    credited_image,
    edit_url,
    login,
    setup_newsroom,
    submit_new_article,
    workflow_action_url,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def newsroom(news_index, categories):
    users = setup_newsroom()
    return {
        "users": users,
        "index": news_index,
        "categories": categories,
        "image": credited_image(),
    }


def assert_refused(response):
    """Wagtail answers a refused admin action with a redirect to the dashboard (or a 403)."""
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response.url == reverse("wagtailadmin_home")


def test_submitted_article_waits_in_review_then_goes_live_on_approval(client, newsroom, mailoutbox):
    article = submit_new_article(client, newsroom)
    assert not article.live
    assert article.workflow_in_progress
    assert client.get("/actualites/les-chercheurs-changent-dequipe/").status_code == 404
    # The editor-in-chief's group is told, and nobody else.
    assert [sorted(mail.to) for mail in mailoutbox] == [["redac-chef@example.org"]]

    login(client, "redac-chef")
    response = client.post(workflow_action_url(article, "approve"), {"comment": ""})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.live
    assert article.approved_by.username == "redac-chef"
    client.logout()
    page = client.get("/actualites/les-chercheurs-changent-dequipe/").content.decode()
    assert "Article rédigé par Modèle X 2, relu par Camille Durand" in page
    assert any("redacteur@example.org" in mail.to for mail in mailoutbox[1:])


def test_rejection_returns_the_article_with_the_comment_and_it_can_be_resubmitted(
    client, newsroom, mailoutbox
):
    article = submit_new_article(client, newsroom)
    login(client, "redac-chef")
    client.post(workflow_action_url(article, "reject"), {"comment": "Sourcez le chiffre."})
    article.refresh_from_db()
    assert not article.live
    assert article.current_workflow_state.status == "needs_changes"
    rejection = [mail for mail in mailoutbox if "redacteur@example.org" in mail.to]
    assert rejection and "Sourcez le chiffre." in (
        rejection[-1].body + str(rejection[-1].alternatives)
    )
    client.logout()

    login(client, "redacteur")
    data = article_form(
        newsroom["image"],
        newsroom["categories"][:1],
        "action-submit",
        standfirst="Un mercato très agité, chiffres sourcés.",
    )
    assert client.post(edit_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.current_workflow_state.status == "in_progress"
    assert not article.live


def test_an_edit_during_review_needs_approval_again(client, newsroom):
    article = submit_new_article(client, newsroom)
    login(client, "redac-chef")
    client.post(workflow_action_url(article, "approve"), {"comment": ""})
    article.refresh_from_db()
    assert article.live
    # Submitted again, approved task states do not carry over to a newer revision.
    client.logout()
    login(client, "redacteur")
    data = article_form(
        newsroom["image"],
        newsroom["categories"][:1],
        "action-submit",
        standfirst="Une nouvelle version du chapô.",
    )
    client.post(edit_url(article), data)
    article.refresh_from_db()
    assert article.workflow_in_progress
    assert article.has_unpublished_changes
    assert ArticlePage.objects.get(pk=article.pk).standfirst == "Un mercato très agité."


def test_editor_cannot_publish_by_posting_action_publish(client, newsroom):
    login(client, "redacteur")
    data = article_form(newsroom["image"], newsroom["categories"][:1], "action-publish")
    client.post(add_url(newsroom["index"]), data)
    article = ArticlePage.objects.get(slug="les-chercheurs-changent-dequipe")
    assert not article.live
    assert client.get(
        workflow_action_url(article, "approve")
        if article.workflow_in_progress
        else edit_url(article)
    ).status_code in (200, 403)


def test_editor_cannot_approve_through_the_approve_url(client, newsroom):
    article = submit_new_article(client, newsroom)
    login(client, "redacteur")
    response = client.post(workflow_action_url(article, "approve"), {"comment": ""})
    assert_refused(response)
    article.refresh_from_db()
    assert not article.live


def test_draft_saves_are_allowed_with_the_checklist_unmet(client, newsroom):
    login(client, "redacteur")
    data = article_form(None, [], None, standfirst="")
    data["sources-TOTAL_FORMS"] = "0"
    response = client.post(add_url(newsroom["index"]), data)
    assert response.status_code == 302
    draft = ArticlePage.objects.get(slug="les-chercheurs-changent-dequipe")
    assert not draft.live and not draft.workflow_in_progress
    editor = client.get(edit_url(draft)).content.decode()
    assert "Avant que cet article puisse être approuvé" in editor
    assert 'data-check="sources" data-done="false"' in editor


def test_submitting_names_what_the_checklist_misses(client, newsroom):
    login(client, "redacteur")
    bare = credited_image(photographer="", credit_source="", description="")
    data = article_form(bare, [], "action-submit")
    data["sources-TOTAL_FORMS"] = "0"
    response = client.post(add_url(newsroom["index"]), data)
    assert response.status_code == 200
    html = response.content.decode()
    for item in [
        "au moins une source",
        "au moins une catégorie",
        "un crédit pour l’image principale",
    ]:
        assert f"Nécessaire avant publication\u00a0: {item}" in html, item
    assert not ArticlePage.objects.filter(slug="les-chercheurs-changent-dequipe").exists()


def test_approval_waits_for_the_checklist(client, newsroom):
    article = submit_new_article(client, newsroom)
    # The image loses its credit while the article is in review.
    newsroom["image"].photographer = newsroom["image"].credit_source = ""
    newsroom["image"].save()
    login(client, "redac-chef")
    assert_refused(client.post(workflow_action_url(article, "approve"), {"comment": ""}))
    article.refresh_from_db()
    assert not article.live
    # Requesting changes stays possible.
    assert (
        client.post(workflow_action_url(article, "reject"), {"comment": "Crédit ?"}).status_code
        == 302
    )


def test_only_active_members_of_the_group_are_notified(client, newsroom, mailoutbox):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    User = get_user_model()
    gone = User.objects.create_user("ancien", "ancien@example.org", "x", is_active=False)
    gone.groups.add(Group.objects.get(name=CHIEF_EDITORS))
    submit_new_article(client, newsroom)
    recipients = {address for mail in mailoutbox for address in mail.to}
    assert recipients == {"redac-chef@example.org"}


def test_preview_shows_the_article_and_its_listing_card(client, newsroom):
    article = submit_new_article(client, newsroom)
    login(client, "redac-chef")
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[article.pk])
    data = article_form(newsroom["image"], newsroom["categories"][:1])
    assert client.post(url, data).json()["is_valid"]
    page = client.get(url).content.decode()
    assert "«&nbsp;L’argent attire les algorithmes.&nbsp;»" in page
    assert "Crédits image\u00a0: " in page
    assert "Les articles de ce site sont tous écrits par des intelligences artificielles" in page
    card = client.get(url, {"mode": "card"}).content.decode()
    assert 'class="card card--featured"' in card
    assert "Un mercato très agité." in card
