"""Reader comments against spam and faults: each anti-spam layer, the cache going away, and
what is never shown."""

import time

import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches
from django.db import connection
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext

from comments import protection, service
from comments.models import Comment, Status
from operations import client_address
from tests.support.commenting import (
    CLOSED_REDIS,
    comment_settings,
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


# ---------- Anti-spam layers ----------


def test_a_filled_honeypot_files_the_comment_as_spam(reader, article):
    response = post(reader, article, subject="Buy now")
    assert response.status_code == 303  # told nothing more than a held comment
    comment = Comment.objects.get()
    assert comment.status == Status.SPAM
    assert "honeypot" in comment.reasons_list


@pytest.mark.parametrize(
    "token",
    [
        "",
        "garbage",
        "WzEsIDE3MDAwMDAwMDBd:1abc:forged",
        None,  # replaced below: a valid token for another article
    ],
)
def test_a_tampered_token_is_refused_and_the_text_kept(reader, article, news_index, token):
    if token is None:
        other = publish(ArticlePageFactory(parent=news_index, live=False))
        token = protection.issue_token(other.pk, time.time() - 60)
    response = post(reader, article, token=token)
    assert response.status_code == 400
    html = response.content.decode()
    assert "a expiré ou a été modifié" in html
    assert "Très bon résumé" in html
    assert not Comment.objects.exists()


def test_a_token_edited_by_hand_is_refused(reader, article):
    token = protection.issue_token(article.pk, time.time() - 60)
    value, _, signature = token.partition(":")
    # Pretend the form was served an hour earlier, keeping the signature.
    forged = protection.issue_token(article.pk, time.time() - 3600).partition(":")[0]
    assert post(reader, article, token=f"{forged}:{signature}").status_code == 400


def test_an_expired_token_is_refused(reader, article, settings):
    settings.COMMENTS_FORM_MAX_AGE = 60
    assert post(reader, article, seconds_ago=120).status_code == 400


def test_a_quick_short_genuine_comment_is_held_not_binned(reader, article):
    # A reader who types « Bravo » fast is a reader: timing alone holds the comment for a
    # moderator, who finds it in the pending list; it is never filed as spam.
    returning(article=article, body="Un avis plus ancien, déjà approuvé par la rédaction.")
    post(reader, article, seconds_ago=1, body="Bravo, super papier !")
    comment = Comment.objects.latest("pk")
    assert "too-fast" in comment.reasons_list
    assert comment.status == Status.PENDING
    assert comment in Comment.objects.filter(status=Status.PENDING)


def test_a_fast_post_with_other_spam_signals_is_still_spam(reader, article):
    post(reader, article, seconds_ago=1, body="Buy cheap viagra online http://pills.xyz")
    comment = Comment.objects.latest("pk")
    assert comment.status == Status.SPAM


def test_rate_limit_per_client_address(reader, article, settings):
    settings.COMMENTS_RATE_LIMIT = (3, 600)
    for number in range(3):
        assert (
            post(reader, article, body=f"Commentaire numéro {number} du même lecteur.").status_code
            == 303
        )
    response = post(reader, article, body="Un de trop, envoyé trop vite après les autres.")
    assert response.status_code == 429
    assert "réessayer dans quelques minutes" in response.content.decode()
    assert "Un de trop" in response.content.decode()  # the text is kept
    # A spoofed X-Forwarded-For changes nothing without a trusted proxy.
    spoofed = post(
        reader, article, headers={"HTTP_X_FORWARDED_FOR": "198.51.100.1"}, body="Autre essai."
    )
    assert spoofed.status_code == 429
    # Another reader is not affected.
    assert post(reader, article, ip="203.0.113.99", body="Un autre lecteur.").status_code == 303


def test_behind_a_trusted_proxy_the_forwarded_client_counts(reader, article, settings):
    settings.COMMENTS_RATE_LIMIT = (1, 600)
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]

    def through_proxy(client_chain, body):
        return post(
            reader,
            article,
            ip="10.0.0.2",
            headers={"HTTP_X_FORWARDED_FOR": client_chain},
            body=body,
        )

    assert through_proxy("198.51.100.1", "Premier lecteur derrière le proxy.").status_code == 303
    assert through_proxy("198.51.100.2", "Second lecteur derrière le proxy.").status_code == 303
    # The first reader forging an address on the left is still the first reader.
    forged = through_proxy("192.0.2.77, 198.51.100.1", "Le premier, déguisé en un autre.")
    assert forged.status_code == 429


@pytest.mark.parametrize(
    "remote, forwarded, trusted, expected",
    [
        ("203.0.113.5", "", [], "203.0.113.5"),
        ("203.0.113.5", "1.1.1.1", [], "203.0.113.5"),
        ("10.0.0.2", "1.1.1.1", [], "10.0.0.2"),
        ("10.0.0.2", "6.6.6.6, 1.1.1.1", ["10.0.0.0/8"], "1.1.1.1"),
        ("10.0.0.2", "1.1.1.1, 10.0.0.9", ["10.0.0.0/8"], "1.1.1.1"),
        ("10.0.0.2", "junk, 1.1.1.1", ["10.0.0.0/8"], "1.1.1.1"),
        ("10.0.0.2", "1.1.1.1, junk", ["10.0.0.0/8"], "10.0.0.2"),
        ("10.0.0.2", "", ["10.0.0.0/8"], "10.0.0.2"),
        ("::1", "2001:db8::7", ["::1"], "2001:db8::7"),
        ("", "1.1.1.1", ["10.0.0.0/8"], ""),
    ],
)
def test_client_address(settings, remote, forwarded, trusted, expected):
    settings.TRUSTED_PROXIES = trusted
    request = RequestFactory().post("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_address.client_ip(request) == expected


def test_duplicates_are_refused(reader, article, news_index):
    assert post(reader, article).status_code == 303
    again = post(reader, article)
    assert again.status_code == 400
    assert "déjà été envoyé" in again.content.decode()
    # The same long text from someone else, elsewhere: a bot's copy.
    other = publish(ArticlePageFactory(parent=news_index, live=False))
    copy = post(
        reader,
        other,
        ip="198.51.100.3",
        name="Autre",
        email="autre@example.org",
        body="  très bon résumé de la situation, MERCI. J’aimerais lire la suite !  ",
    )
    assert copy.status_code == 400
    # A short « Merci ! » from two readers is not a duplicate.
    post(reader, article, ip="198.51.100.4", email="a@example.org", body="Merci !")
    post(reader, article, ip="198.51.100.5", email="b@example.org", body="Merci !")
    assert Comment.objects.filter(body="Merci !").count() == 2


@pytest.mark.parametrize(
    "body, status",
    [
        ("Source : https://example.org/a, utile pour comprendre le débat.", Status.PUBLISHED),
        (
            "Trois sources : https://a.example/1 https://b.example/2 https://c.example/3 à lire.",
            Status.PENDING,
        ),
        (
            'Voir <a href="https://x.example">ici</a> https://x.example/1 https://x.example/2 '
            "https://x.example/3",
            Status.SPAM,
        ),
    ],
)
def test_links_count(reader, article, body, status):
    returning(article=article, body="Un avis plus ancien, déjà approuvé par la rédaction.")
    post(reader, article, body=body)
    assert Comment.objects.latest("pk").status == status


def test_blocklist_and_moderation_keywords_are_editable(reader, article):
    returning(article=article, body="Un avis plus ancien, déjà approuvé par la rédaction.")
    comment_settings(blocklist="casino-royal.example\nsuper promo", moderation_keywords="procès")
    post(reader, article, body="Allez voir casino-royal.example pour vous détendre un peu.")
    assert Comment.objects.latest("pk").status == Status.SPAM
    # Another reader: the first one is now a known spammer.
    post(
        reader,
        article,
        ip="198.51.100.8",
        email="lea@example.org",
        body="Ce PROCES va durer des années, à mon avis, et coûter cher.",
    )
    held = Comment.objects.latest("pk")
    assert held.status == Status.PENDING
    assert "moderation-word" in held.reasons_list
    # Whole words only: « superpromotion » is not « super promo ».
    returning(article=article, email="lea@example.org", body="Léa a déjà été approuvée.")
    post(
        reader,
        article,
        ip="198.51.100.8",
        email="lea@example.org",
        body="Une superpromotion de l’article ? Non, un bon papier de fond.",
    )
    assert Comment.objects.latest("pk").status == Status.PUBLISHED


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("body", "x" * 100_000, "trop long"),
        ("body", "x", "Assurez-vous"),
        ("name", "N" * 81, "Assurez-vous"),
        ("email", "a" * 250 + "@example.org", "Assurez-vous"),
        ("url", "https://example.org/" + "a" * 200, "Assurez-vous"),
    ],
)
def test_every_field_has_a_length_cap(reader, article, field, value, message):
    response = post(reader, article, **{field: value})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Comment.objects.exists()


# ---------- Faults: the cache ----------


@override_settings(
    CACHES={
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "comments": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": CLOSED_REDIS,
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
        },
    },
    COMMENTS_CACHE="comments",
    COMMENTS_RATE_LIMIT=(2, 600),
)
def test_a_raising_cache_loses_no_comment_and_still_limits(reader, article):
    soup = page(reader, article)
    assert shown_count(soup) == 0
    for number in range(2):
        response = post(reader, article, body=f"Avis numéro {number}, cache en panne.")
        assert response.status_code == 303
    assert Comment.objects.count() == 2
    # The limit is counted from the stored comments instead.
    refused = post(reader, article, body="Un de trop, cache en panne.")
    assert refused.status_code == 429
    assert "Un de trop" in refused.content.decode()


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": CLOSED_REDIS,
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 0.2,
                "SOCKET_TIMEOUT": 0.2,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    },
    COMMENTS_RATE_LIMIT=(2, 600),
)
def test_redis_down_with_errors_ignored_serves_and_accepts(reader, article):
    returning(article=article, body="Un avis plus ancien, déjà approuvé par la rédaction.")
    assert shown_count(page(reader, article)) == 1
    response = post(reader, article)
    assert response.status_code == 303
    assert shown_count(page(reader, article)) == 2
    post(reader, article, body="Deuxième essai du même lecteur, cache absent.")
    assert post(reader, article, body="Troisième, refusé.").status_code == 429


# ---------- Never shown: page, counts, search ----------


def test_unpublished_comments_are_absent_from_page_count_and_search(reader, article):
    returning(article=article, body="Un avis visible sur le xylophone numérique.")
    for status in [Status.PENDING, Status.SPAM, Status.DELETED]:
        CommentFactory(article=article, status=status, body=f"Texte caché {status} zorglub.")
    soup = page(reader, article)
    assert shown_count(soup) == 1
    assert "zorglub" not in soup.decode()
    # Comments are never part of an article's search index content.
    for word in ["zorglub", "xylophone"]:
        results = BeautifulSoup(reader.get(f"/recherche/?q={word}").content, "html.parser")
        assert not results.select(".search-result")


def test_a_reply_under_a_hidden_comment_is_hidden_too(reader, article):
    hidden = CommentFactory(article=article, status=Status.DELETED)
    returning(article=article, parent=hidden, body="Réponse orpheline.")
    soup = page(reader, article)
    assert shown_count(soup) == 0
    assert "orpheline" not in soup.get_text()


def test_cached_count_changes_when_a_comment_is_approved(reader, article):
    held = CommentFactory(article=article, status=Status.PENDING)
    assert shown_count(page(reader, article)) == 0
    assert caches["default"].get(service.THREAD_KEY.format(article.pk)) is not None
    service.moderate([held], Status.PUBLISHED)
    assert shown_count(page(reader, article)) == 1
    # And back: spam leaves the page at once.
    service.moderate([held], Status.SPAM)
    assert shown_count(page(reader, article)) == 0


def test_article_queries_do_not_grow_with_comments(reader, article):
    def queries():
        caches["default"].clear()
        reader.get(article.url)  # renditions and caches warm
        with CaptureQueriesContext(connection) as cold:
            reader.get(article.url)
        return len(cold)

    returning(article=article, body="Premier.")
    few = queries()
    top = returning(article=article, body="Deuxième.")
    for number in range(15):
        returning(article=article, body=f"Réponse {number}.", parent=top if number % 2 else None)
    assert queries() == few
