"""Reader comments as readers meet them: the form, the results, the anti-spam layers, faults."""

import time

import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches
from django.db import connection
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageViewRestriction

from news.comments import protection, service
from news.comments.models import Comment, CommentSettings, Status
from tests.factories import ArticlePageFactory, CommentFactory, days_ago, publish

pytestmark = pytest.mark.django_db

SEED_HEADING = "Laisser un commentaire"
SEED_NOTES = (
    "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *"
)
HELD = "Votre commentaire est en attente de modération"
CLOSED_REDIS = "redis://127.0.0.1:1/0"  # nothing listens there


@pytest.fixture(autouse=True)
def clean_cache():
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def article(news_index):
    page = ArticlePageFactory(parent=news_index, live=False, title="Un article à commenter")
    return publish(page, when=days_ago(1))


def comment_settings(**values):
    stored = CommentSettings.objects.first() or CommentSettings()
    for name, value in values.items():
        setattr(stored, name, value)
    stored.save()
    return stored


def form_data(article, seconds_ago=60, **overrides):
    data = {
        "name": "Claire Martin",
        "email": "claire.martin@example.fr",
        "url": "",
        "body": "Très bon résumé de la situation, merci. J’aimerais lire la suite.",
        "subject": "",
        "token": protection.issue_token(article.pk, time.time() - seconds_ago),
    }
    data.update(overrides)
    return data


def post(client, article, ip="203.0.113.7", headers=None, seconds_ago=60, **overrides):
    return client.post(
        reverse("comments:post", args=[article.pk]),
        form_data(article, seconds_ago=seconds_ago, **overrides),
        REMOTE_ADDR=ip,
        **(headers or {}),
    )


def page(client, article, query=""):
    response = client.get(article.url + query)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def shown_count(soup):
    return int(soup.select_one(".comments__count").get_text())


def returning(email="claire.martin@example.fr", article=None, **kwargs):
    """An earlier approved comment, so that this e-mail is known."""
    return CommentFactory(article=article, author_email=email, status=Status.PUBLISHED, **kwargs)


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
    article.save_revision().publish()
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


def test_missing_draft_and_private_articles_are_404(reader, article, news_index):
    draft = ArticlePageFactory(parent=news_index, live=False)
    private = publish(ArticlePageFactory(parent=news_index, live=False))
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    missing = type("Missing", (), {"pk": 999_999})()
    for target in [draft, private, missing]:
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


def test_a_post_faster_than_a_human_is_spam(reader, article):
    returning(article=article, body="Un avis plus ancien, déjà approuvé par la rédaction.")
    post(reader, article, seconds_ago=1)
    comment = Comment.objects.latest("pk")
    assert comment.status == Status.SPAM
    assert "too-fast" in comment.reasons_list


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
    assert protection.client_ip(request) == expected


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
        ("name", "Nul\x00byte", "caractère nul"),
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
