"""Every route to readers obeys one rule: a complete article, approved by someone named.

The routes: the editor's « Publier », the workflow's approval, bulk « Publier » (with or without
the pages below), the admin API's publish action, scheduled publishing, a copy kept live, and a
publication from code. Readers are told who approved the version they read, never its author.
"""

import io
import json
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from news.models import ArticlePage
from news.publication import REFUSED_LOG_ACTION, PublicationRefused
from tests.support.editorial import (
    add_url,
    article_form,
    credited_image,
    edit_url,
    login,
    submit_new_article,
    workflow_action_url,
)

pytestmark = pytest.mark.django_db

SLUG = "les-chercheurs-changent-dequipe"
DISCLOSURE = "Article rédigé par Modèle X 2, relu par Camille Durand"
WRITER_AS_REVIEWER = "relu par Jules Rédacteur"


def incomplete_article(client, desk):
    """Submitted by the writer, then its only source removed: the checklist fails."""
    article = submit_new_article(client, desk)
    draft = article.get_latest_revision_as_object()
    draft.sources = []
    draft.save_revision(user=desk["users"]["redacteur"])
    return article


def reader_page(client, slug=SLUG):
    client.logout()
    return client.get(f"/actualites/{slug}/", HTTP_HOST="localhost")


def bulk_publish(client, *pages, include_descendants=False):
    url = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
        + "?"
        + "&".join(f"id={page.pk}" for page in pages)
    )
    data = {"include_descendants": "on"} if include_descendants else {}
    assert client.post(url, data).status_code == 302
    return client.get(reverse("wagtailadmin_home"))  # where its messages are shown


def api_publish(client, page):
    return client.post(
        f"/admin/api/main/pages/{page.pk}/action/publish/",
        data=json.dumps({}),
        content_type="application/json",
    )


def refusals(page):
    return list(PageLogEntry.objects.filter(page=page, action=REFUSED_LOG_ACTION))


# ---------- bulk « Publier » ----------


def test_bulk_publish_names_the_chief_who_published_never_the_writer(client, desk):
    article = submit_new_article(client, desk)
    login(client, "redac-chef")
    response = bulk_publish(client, article)
    assert response.status_code == 200
    article.refresh_from_db()
    assert article.live
    assert article.approved_by.username == "redac-chef"
    page = reader_page(client).content.decode()
    assert DISCLOSURE in page
    assert WRITER_AS_REVIEWER not in page


def test_bulk_publish_refuses_an_incomplete_article_and_says_why(client, desk):
    article = incomplete_article(client, desk)
    login(client, "redac-chef")
    response = bulk_publish(client, article)
    assert response.status_code == 200
    html = response.content.decode()
    assert "n’a pas été publié" in html
    assert "au moins une source" in html
    article.refresh_from_db()
    assert not article.live
    assert reader_page(client).status_code == 404
    assert len(refusals(article)) == 1


def test_bulk_publish_with_the_pages_below_skips_incomplete_drafts(client, desk):
    incomplete = incomplete_article(client, desk)
    complete = submit_new_article(client, desk, title="Un second article", slug="second")
    login(client, "redac-chef")
    bulk_publish(client, desk["index"], include_descendants=True)
    incomplete.refresh_from_db()
    complete.refresh_from_db()
    assert not incomplete.live
    assert complete.live and complete.approved_by.username == "redac-chef"


# ---------- the admin API ----------


def test_api_publish_refuses_an_incomplete_article_with_a_400(client, desk):
    article = incomplete_article(client, desk)
    login(client, "redac-chef")
    response = api_publish(client, article)
    assert response.status_code == 400
    assert "au moins une source" in response.content.decode()
    article.refresh_from_db()
    assert not article.live
    assert reader_page(client).status_code == 404


def test_api_publish_names_the_chief_who_published(client, desk):
    article = submit_new_article(client, desk)
    login(client, "redac-chef")
    assert api_publish(client, article).status_code == 200
    article.refresh_from_db()
    assert article.live
    assert article.approved_by.username == "redac-chef"
    assert DISCLOSURE in reader_page(client).content.decode()


def test_api_publish_is_refused_to_a_writer(client, desk):
    article = submit_new_article(client, desk)
    login(client, "redacteur")
    assert api_publish(client, article).status_code in (400, 403)
    article.refresh_from_db()
    assert not article.live


# ---------- the editor and the workflow ----------


def test_publishing_from_the_editor_names_the_chief(client, desk):
    article = submit_new_article(client, desk)
    login(client, "redac-chef")
    data = article_form(desk["image"], desk["categories"][:1], "action-publish")
    assert client.post(edit_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.live and article.approved_by.username == "redac-chef"


def test_an_approval_in_review_names_the_approver(client, desk):
    article = submit_new_article(client, desk)
    login(client, "redac-chef")
    client.post(workflow_action_url(article, "approve"), {"comment": ""})
    article.refresh_from_db()
    assert article.live and article.approved_by.username == "redac-chef"
    assert DISCLOSURE in reader_page(client).content.decode()


def test_a_publication_by_nobody_is_refused(client, desk):
    article = submit_new_article(client, desk)
    revision = article.get_latest_revision()
    with pytest.raises(PublicationRefused, match="Personne ayant le droit de publier"):
        revision.publish()
    article.refresh_from_db()
    assert not article.live
    with pytest.raises(PermissionDenied):  # Wagtail's own check, before the rule
        revision.publish(user=desk["users"]["redacteur"])
    assert not ArticlePage.objects.get(pk=article.pk).live


# ---------- scheduling ----------


def writer_dates():
    soon = timezone.localtime() + timedelta(days=3)
    later = soon + timedelta(days=1)
    return {
        "go_live_at": soon.strftime("%Y-%m-%d %H:%M"),
        "expire_at": later.strftime("%Y-%m-%d %H:%M"),
    }


def test_a_writer_cannot_choose_when_an_article_goes_live_or_expires(client, desk):
    article = submit_new_article(client, desk, **writer_dates())
    draft = article.get_latest_revision_as_object()
    assert draft.go_live_at is None and draft.expire_at is None
    login(client, "redac-chef")
    client.post(workflow_action_url(article, "approve"), {"comment": ""})
    article.refresh_from_db()
    assert article.live  # now, not when the writer said
    assert article.expire_at is None


def test_the_writer_sees_the_schedule_but_cannot_change_it(client, desk):
    article = submit_new_article(client, desk)
    login(client, "redacteur")
    editor = client.get(edit_url(article)).content.decode()
    at = editor.index('name="go_live_at"')
    assert "disabled" in editor[editor.rindex("<input", 0, at) : editor.index(">", at)]
    assert "Seule la rédaction en chef programme les articles." in editor


def test_a_schedule_set_by_the_chief_survives_the_writers_next_edit(client, desk):
    login(client, "redacteur")
    data = article_form(desk["image"], desk["categories"][:1])
    assert client.post(add_url(desk["index"]), data).status_code == 302
    article = ArticlePage.objects.get(slug=SLUG)
    draft = article.get_latest_revision_as_object()
    when = (timezone.now() + timedelta(days=2)).replace(microsecond=0)
    draft.go_live_at = when
    draft.save_revision(user=desk["users"]["redac-chef"])
    data = article_form(desk["image"], desk["categories"][:1], **writer_dates())
    assert client.post(edit_url(article), data).status_code == 302
    assert ArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object().go_live_at == when


def approved_for_later(client, desk, slug=SLUG, **overrides):
    """Submitted, published by the chief for tomorrow from the editor; then the clock moves on."""
    article = submit_new_article(client, desk, slug=slug, **overrides)
    login(client, "redac-chef")
    tomorrow = timezone.localtime() + timedelta(days=1)
    data = article_form(
        desk["image"],
        desk["categories"][:1],
        "action-publish",
        slug=slug,
        go_live_at=tomorrow.strftime("%Y-%m-%d %H:%M"),
        **overrides,
    )
    assert client.post(edit_url(article), data).status_code == 302
    client.logout()
    article.refresh_from_db()
    assert not article.live
    revision = article.revisions.get(approved_go_live_at__isnull=False)
    past = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    return article


def test_a_scheduled_article_goes_live_under_the_name_of_its_approver(client, desk):
    article = approved_for_later(client, desk)
    call_command("run_scheduler", "--once", stdout=io.StringIO())
    article.refresh_from_db()
    assert article.live
    assert article.approved_by.username == "redac-chef"
    assert DISCLOSURE in reader_page(client).content.decode()


def test_a_scheduled_article_that_lost_its_credit_is_not_published(client, desk):
    lost = approved_for_later(client, desk)
    other = credited_image()
    kept = approved_for_later(client, desk, slug="second", title="Un autre", hero_image=other.pk)
    desk["image"].photographer = desk["image"].credit_source = ""
    desk["image"].save()
    with pytest.raises(PublicationRefused):
        call_command("run_scheduler", "--once", stdout=io.StringIO())
    lost.refresh_from_db()
    assert not lost.live
    assert not lost.revisions.filter(approved_go_live_at__isnull=False).exists()
    assert "un crédit pour l’image principale" in " ".join(refusals(lost)[0].data["reasons"])
    # The refused one no longer blocks the queue: the next run publishes the other.
    call_command("run_scheduler", "--once", stdout=io.StringIO())
    kept.refresh_from_db()
    assert kept.live and kept.approved_by.username == "redac-chef"


# ---------- copies ----------


def copy(client, page, keep_live=True):
    url = reverse("wagtailadmin_pages:copy", args=[page.pk])
    data = {
        "new_title": "Une copie",
        "new_slug": "une-copie",
        "new_parent_page": page.get_parent().pk,
        "publish_copies": "on" if keep_live else "",
    }
    return client.post(url, data)


def test_a_copy_kept_live_names_who_copied_it(client, desk):
    article = submit_new_article(client, desk)
    login(client, "redac-chef")
    client.post(workflow_action_url(article, "approve"), {"comment": ""})
    login(client, "admin")
    assert copy(client, ArticlePage.objects.get(pk=article.pk)).status_code == 302
    duplicate = ArticlePage.objects.get(slug="une-copie")
    assert duplicate.live
    assert duplicate.approved_by.username == "admin"


def test_a_copy_of_an_incomplete_article_does_not_go_live(client, desk):
    article = submit_new_article(client, desk)
    login(client, "redac-chef")
    client.post(workflow_action_url(article, "approve"), {"comment": ""})
    ArticlePage.objects.get(pk=article.pk).sources.all().delete()
    live = ArticlePage.objects.get(pk=article.pk)
    live.save_revision(user=desk["users"]["redac-chef"], changed=False)  # the source is gone
    login(client, "admin")
    copy(client, live)
    duplicate = ArticlePage.objects.get(slug="une-copie")
    assert not duplicate.live
    assert reader_page(client, "une-copie").status_code == 404
