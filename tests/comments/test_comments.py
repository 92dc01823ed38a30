"""Reader comments as readers meet them: the form, the results, closed and missing articles."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from comments import protection
from comments.models import Comment, Status
from news.models import ArticlePage
from tests.support.commenting import (
    HELD,
    SEED_HEADING,
    SEED_NOTES,
    comment_settings,
    form_data,
    page,
    post,
    returning,
    shown_count,
)
from tests.support.factories import ArticlePageFactory, CommentFactory, days_ago, publish

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


@pytest.fixture
def article(news_index):
    page = ArticlePageFactory(parent=news_index, live=False, title="Un article à commenter")
    return publish(page, when=days_ago(1))


# ---------- What readers see ----------


def test_article_shows_the_seed_form_count_and_a_truthful_privacy_note(reader, article):
    soup = page(reader, article)
    section = soup.select_one("#commentaires")
    text = " ".join(section.get_text(" ").split())
    assert shown_count(soup) == 0
    assert SEED_HEADING in text
    assert SEED_NOTES in text
    labels = [
        " ".join(label.get_text().split()) for label in section.select(".comment-form__label")
    ]
    assert labels == ["Commentaire *", "Nom *", "E-mail *", "Site web"]
    for name in ["body", "name", "email"]:
        assert section.select_one(f'[name="{name}"]').has_attr("required")
    assert not section.select_one('[name="url"]').has_attr("required")
    assert section.select_one("form")["method"] == "post"
    assert section.select_one('input[name="csrfmiddlewaretoken"]')
    note = section.select_one(".comment-form__privacy").get_text(" ")
    assert "sans service extérieur" in note
    assert "30 jours" in note
    contact = section.select_one(".comment-form__privacy a[href^='mailto:']")
    assert contact["href"] == "mailto:redaction@localhost"
    assert "écrivez à la rédaction" in note
    assert "Akismet" not in text


def test_a_first_comment_is_held_and_the_reader_is_told(reader, article):
    response = post(reader, article)
    assert response.status_code == 303
    assert response["Location"].endswith("?commentaire=attente#commentaires")
    comment = Comment.objects.get()
    assert comment.status == Status.PENDING
    soup = page(reader, article, "?commentaire=attente")
    assert HELD in soup.select_one(".comments__result").get_text()
    assert shown_count(soup) == 0
    assert "Très bon résumé" not in soup.get_text()


def test_a_returning_commenter_is_published_directly(reader, article):
    returning(article=article, body="Un premier avis, approuvé la semaine dernière.")
    response = post(reader, article)
    comment = Comment.objects.latest("pk")
    assert comment.status == Status.PUBLISHED
    assert response["Location"].endswith(f"?commentaire=publie#commentaire-{comment.pk}")
    soup = page(reader, article, "?commentaire=publie")
    assert "Votre commentaire est publié" in soup.select_one(".comments__result").get_text()
    assert shown_count(soup) == 2
    shown = soup.select_one(f"#commentaire-{comment.pk}")
    assert shown.select_one(".comment__author").get_text() == "Claire Martin"
    assert shown.select_one("time")["datetime"]
    assert "Très bon résumé" in shown.get_text()
    # The e-mail address is never public.
    assert "claire.martin@example.fr" not in soup.decode()


@pytest.mark.parametrize(
    "policy, known, expected",
    [
        ("first-time", False, Status.PENDING),
        ("first-time", True, Status.PUBLISHED),
        ("all", True, Status.PENDING),
        ("score", False, Status.PUBLISHED),
    ],
)
def test_the_moderation_policy_is_a_setting(reader, article, policy, known, expected):
    comment_settings(moderation=policy)
    if known:
        returning(article=article, body="Un avis plus ancien, déjà approuvé par la rédaction.")
    post(reader, article)
    assert Comment.objects.latest("pk").status == expected


def test_errors_keep_what_the_reader_typed(reader, article):
    response = post(reader, article, email="", url="pas une adresse")
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.select_one(".comment-form")
    assert form.select_one('[name="name"]')["value"] == "Claire Martin"
    assert "Très bon résumé" in form.select_one('[name="body"]').get_text()
    errors = " ".join(e.get_text() for e in form.select(".comment-form__error"))
    assert "e-mail" in errors
    assert soup.select_one(".comments__result--error")
    assert not Comment.objects.exists()


def test_errors_keep_the_first_token_so_typing_time_counts(reader, article):
    first = form_data(article, seconds_ago=90)
    response = reader.post(
        reverse("comments:post", args=[article.pk]), {**first, "email": ""}, REMOTE_ADDR="1.2.3.4"
    )
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one('input[name="token"]')["value"] == first["token"]


def test_replies_are_one_level_deep(reader, article):
    top = returning(article=article, author_name="Paul", body="Premier commentaire publié.")
    reply = returning(article=article, author_name="Inès", body="Une réponse à Paul.", parent=top)
    soup = page(reader, article, f"?repondre={top.pk}")
    assert "Répondre à Paul" in soup.select_one(".comment-respond__title").get_text()
    assert soup.select_one('input[name="parent"]')["value"] == str(top.pk)
    # Replies have no reply link of their own.
    assert not soup.select_one(f"#commentaire-{reply.pk} .comment__reply")
    assert soup.select_one(f"#commentaire-{top.pk} .comment__reply")
    # Replying to the reply joins Paul's thread.
    post(reader, article, parent=str(reply.pk))
    assert Comment.objects.latest("pk").parent == top
    soup = page(reader, article)
    assert len(soup.select(".comment-list--replies > li")) == 2
    assert not soup.select(".comment-list--replies .comment-list--replies")


def test_a_reply_to_a_comment_elsewhere_is_refused(reader, article, news_index):
    other = publish(ArticlePageFactory(parent=news_index, live=False))
    foreign = returning(article=other, email="x@example.org")
    held = CommentFactory(article=article, status=Status.PENDING)
    for parent in [foreign, held]:
        response = post(reader, article, parent=str(parent.pk), body=f"Réponse {parent.pk}.")
        assert response.status_code == 400
        assert "plus disponible" in response.content.decode()
    assert Comment.objects.count() == 2


def test_comment_text_is_escaped_and_links_are_nofollow_ugc(reader, article):
    returning(article=article, email="mallory@example.org", body="Déjà approuvé auparavant.")
    body = (
        "<script>alert('x')</script> <b>gras</b>\n"
        'javascript:alert(1) et <a href="javascript:alert(2)">clic</a>\n\n'
        "Source : https://example.org/etude?a=1&b=2."
    )
    post(
        reader,
        article,
        email="mallory@example.org",
        name="<img src=x onerror=alert(3)>",
        url="https://mallory.example/",
        body=body,
    )
    comment = Comment.objects.latest("pk")
    comment.status = Status.PUBLISHED  # whatever the filter said: the page must stay safe
    comment.save()
    html = reader.get(article.url).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    shown = soup.select_one(f"#commentaire-{comment.pk}")
    assert not shown.select("script, img, .comment__text b")
    assert "&lt;script&gt;" in html
    assert "javascript:" not in " ".join(a["href"] for a in soup.select("a[href]"))
    links = shown.select(".comment__text a")
    assert [a["href"] for a in links] == ["https://example.org/etude?a=1&b=2"]
    assert links[0]["rel"] == ["nofollow", "ugc", "noopener"]
    author = shown.select_one(".comment__author a")
    assert author["href"] == "https://mallory.example/"
    assert "nofollow" in author["rel"] and "ugc" in author["rel"]
    assert author.get_text() == "<img src=x onerror=alert(3)>"


def test_a_javascript_website_is_refused(reader, article):
    response = post(reader, article, url="javascript:alert(1)")
    assert response.status_code == 400
    assert not Comment.objects.exists()


# ---------- Closed, missing, private, draft ----------


def test_closed_article_shows_comments_but_refuses_new_ones(reader, article):
    returning(article=article, body="Un avis publié avant la fermeture.")
    article.comments_open = False
    publish(article)
    soup = page(reader, article)
    assert "Les commentaires sont fermés" in soup.get_text()
    assert not soup.select_one(".comment-form")
    assert shown_count(soup) == 1
    response = post(reader, article, body="Trop tard, mais je tente quand même ma chance.")
    assert response.status_code == 400
    kept = BeautifulSoup(response.content, "html.parser").select_one("#comment-kept")
    assert "Trop tard" in kept.get_text()
    assert Comment.objects.count() == 1


@pytest.mark.parametrize("days, open_", [(10, True), (40, False)])
def test_comments_close_by_themselves_after_the_set_days(reader, news_index, days, open_):
    comment_settings(close_after_days=30)
    old = publish(ArticlePageFactory(parent=news_index, live=False), when=days_ago(days))
    assert bool(page(reader, old).select_one(".comment-form")) is open_
    assert post(reader, old).status_code == (303 if open_ else 400)


def test_zero_days_keeps_comments_open(reader, news_index):
    comment_settings(close_after_days=0)
    old = publish(ArticlePageFactory(parent=news_index, live=False), when=days_ago(400))
    assert post(reader, old).status_code == 303


def test_missing_draft_private_and_expired_articles_are_404(reader, article, news_index):
    draft = ArticlePageFactory(parent=news_index, live=False)
    private = publish(ArticlePageFactory(parent=news_index, live=False))
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    # Past its expiry date, before the scheduler has unpublished it.
    expired = publish(ArticlePageFactory(parent=news_index, live=False))
    ArticlePage.objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - timedelta(minutes=1)
    )
    missing = type("Missing", (), {"pk": 999_999})()
    for target in [draft, private, expired, missing]:
        assert post(reader, target).status_code == 404
    assert reader.get(reverse("comments:post", args=[article.pk])).status_code == 405
    assert reader.post("/commentaires/abc/").status_code == 404
    assert not Comment.objects.exists()


def test_a_post_without_csrf_token_is_sent_back_to_confirm_and_kept(article):
    from django.test import Client

    client = Client(enforce_csrf_checks=True, HTTP_HOST="localhost")
    response = post(client, article, body="Un commentaire écrit sans JavaScript, à garder.")
    assert response.status_code == 200
    assert not Comment.objects.exists()
    soup = BeautifulSoup(response.content, "html.parser")
    assert "Encore une étape" in soup.get_text()
    assert "à garder" in soup.select_one("textarea[name=body]").get_text()
    # The page sent back holds a token: sending it again goes through.
    token = soup.select_one('input[name="csrfmiddlewaretoken"]')["value"]
    assert token
    response = post(client, article, csrfmiddlewaretoken=token)
    assert response.status_code == 303
    assert Comment.objects.count() == 1


def test_the_shared_article_page_holds_no_csrf_token_and_keys_come_apart(reader, article):
    soup = page(reader, article)
    assert soup.select_one('form.comment-form input[name="csrfmiddlewaretoken"]')["value"] == ""
    keys_url = soup.select_one("form.comment-form")["data-keys"]
    response = reader.get(keys_url)
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    keys = response.json()
    assert keys["csrf"] and protection.read_token(keys["token"], article.pk) is not None
    assert reader.get(reverse("comments:keys", args=[999999])).status_code == 404
