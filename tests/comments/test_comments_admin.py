"""Moderating reader comments in the admin, the moderators' digest, and commenters' data."""

import io
import json
import time
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from comments import feedback, jobs, protection
from comments.models import Comment, CommentSettings, Status
from editorial.roles import ensure_demo_accounts, ensure_roles
from operations import client_address
from tests.support.factories import ArticlePageFactory, CommentFactory, days_ago, publish

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]

QUEUE = "wagtailsnippets_comments_comment:list"


@pytest.fixture
def accounts(home_page):
    ensure_demo_accounts()


@pytest.fixture
def article(news_index, accounts):
    page = ArticlePageFactory(parent=news_index, live=False, title="L’article commenté")
    return publish(page, when=days_ago(1))


def login(client, username):
    assert client.login(username=username, password=f"{username}-demo")
    return client


def bulk_url(action, comments, next_url="/admin/"):
    ids = "&".join(f"id={comment.pk}" for comment in comments)
    return (
        reverse("wagtail_bulk_action", args=["comments", "comment", action])
        + f"?{ids}&next={next_url}"
    )


def reader_post(client, article, ip="203.0.113.50", **fields):
    data = {
        "name": "Bérénice",
        "email": "berenice@example.fr",
        "url": "",
        "body": "Merci pour ce papier clair et bien sourcé, je le fais lire autour de moi.",
        "subject": "",
        "token": protection.issue_token(article.pk, time.time() - 90),
        **fields,
    }
    return client.post(reverse("comments:post", args=[article.pk]), data, REMOTE_ADDR=ip)


def shown_count(client, article):
    soup = BeautifulSoup(client.get(article.url, HTTP_HOST="localhost").content, "html.parser")
    return int(soup.select_one(".comments__count").get_text())


# ---------- The whole path ----------


def test_reader_comments_moderator_approves_and_the_count_goes_from_0_to_1(client, article):
    reader = client.__class__(HTTP_HOST="localhost")
    assert shown_count(reader, article) == 0
    assert reader_post(reader, article).status_code == 303
    comment = Comment.objects.get()
    assert comment.status == Status.PENDING
    assert shown_count(reader, article) == 0  # the count is cached now

    moderator = login(client, "redac-chef")
    queue = moderator.get(reverse(QUEUE) + "?status=pending")
    assert queue.status_code == 200
    assert "Bérénice" in queue.content.decode()
    confirm = moderator.get(bulk_url("approve_comments", [comment]))
    assert confirm.status_code == 200
    assert "Merci pour ce papier" in confirm.content.decode()
    done = moderator.post(bulk_url("approve_comments", [comment]))
    assert done.status_code == 302

    comment.refresh_from_db()
    assert comment.status == Status.PUBLISHED
    assert comment.moderated_by.username == "redac-chef"
    assert comment.moderated_at is not None
    assert shown_count(reader, article) == 1


# ---------- Permissions ----------


@pytest.mark.parametrize("username, allowed", [("redac-chef", True), ("admin", True)])
def test_chief_editors_and_administrators_see_the_queue(client, article, username, allowed):
    CommentFactory(article=article, status=Status.PENDING, author_name="Gaspard")
    login(client, username)
    response = client.get(reverse(QUEUE))
    assert response.status_code == 200
    assert "Gaspard" in response.content.decode()
    # Nobody writes a comment in the admin.
    soup = BeautifulSoup(response.content, "html.parser")
    assert not soup.select('a[href$="/add/"]')
    assert client.get(reverse("wagtailsnippets_comments_comment:add")).status_code in (302, 403)


def test_editors_cannot_moderate(client, article):
    held = CommentFactory(article=article, status=Status.PENDING)
    login(client, "redacteur")
    assert client.get(reverse(QUEUE)).status_code in (302, 403)
    assert client.get(reverse(QUEUE), follow=True).redirect_chain[-1][0] == reverse(
        "wagtailadmin_home"
    )
    client.post(bulk_url("approve_comments", [held]))
    client.post(
        reverse("wagtailsnippets_comments_comment:edit", args=[held.pk]), {"status": "published"}
    )
    held.refresh_from_db()
    assert held.status == Status.PENDING
    assert client.get(reverse("comments_admin:suggestions")).status_code in (302, 403)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "pending-reader-comments" not in home


def test_anonymous_readers_reach_no_moderation_page(client, article):
    held = CommentFactory(article=article, status=Status.PENDING)
    for url in [reverse(QUEUE), bulk_url("approve_comments", [held])]:
        response = client.get(url)
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]
    client.post(bulk_url("approve_comments", [held]))
    held.refresh_from_db()
    assert held.status == Status.PENDING


# Every bulk action Wagtail registers for comments: ours, and the snippets' stock delete.
BULK_ACTIONS = ["approve_comments", "spam_comments", "trash_comments", "delete"]


def refused(response):
    """Wagtail's admin refuses with a 403 or a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def comments_as_stored():
    return list(
        Comment.objects.order_by("pk").values_list("pk", "status", "moderated_by", "moderated_at")
    )


@pytest.mark.parametrize("action", BULK_ACTIONS)
def test_a_writer_posting_a_comment_bulk_action_is_refused_and_changes_nothing(
    client, article, action
):
    comments = [
        CommentFactory(article=article, status=status)
        for status in (Status.PENDING, Status.PUBLISHED, Status.SPAM)
    ]
    before, entries = comments_as_stored(), ModelLogEntry.objects.count()
    login(client, "redacteur")
    # Done, the action would send to `next`: the queue.
    response = client.post(bulk_url(action, comments, next_url=reverse(QUEUE)))
    assert refused(response), (response.status_code, response.get("Location"))
    assert comments_as_stored() == before
    assert ModelLogEntry.objects.count() == entries


@pytest.mark.parametrize("action", BULK_ACTIONS)
def test_comment_bulk_actions_pass_the_newsrooms_bulk_gate(client, article, action):
    """staff/admin_bulk.py answers them: a bad id is a 400 (Wagtail: a 500), and a writer
    with nothing to act on is refused the confirmation page (Wagtail: shown it)."""
    held = CommentFactory(article=article, status=Status.PENDING, body="Un avis à modérer.")
    url = reverse("wagtail_bulk_action", args=["comments", "comment", action])
    assert login(client, "redac-chef").get(f"{url}?id=abc").status_code == 400
    client.logout()
    response = login(client, "redacteur").get(bulk_url(action, [held]))
    assert refused(response), response.status_code
    assert "Un avis à modérer" not in response.content.decode()


def test_roles_grant_moderation_to_chief_editors_only_and_stay_idempotent(accounts):
    change = Permission.objects.get(content_type__app_label="comments", codename="change_comment")
    ensure_roles()
    counts = [group.permissions.count() for group in Group.objects.order_by("name")]
    ensure_roles()
    assert [group.permissions.count() for group in Group.objects.order_by("name")] == counts
    assert change in Group.objects.get(name="Rédaction en chef").permissions.all()
    assert change not in Group.objects.get(name="Rédacteurs").permissions.all()


# ---------- The queue ----------


def test_queue_filters_by_status_and_article_and_searches(client, article, news_index):
    other = publish(ArticlePageFactory(parent=news_index, live=False, title="Un autre sujet"))
    CommentFactory(
        article=article, status=Status.PENDING, body="Le texte en attente, ornithorynque."
    )
    CommentFactory(article=article, status=Status.SPAM, body="Le texte indésirable, viagra.")
    CommentFactory(article=other, status=Status.PUBLISHED, body="Le texte publié, ailleurs.")
    login(client, "redac-chef")

    def listed(query):
        html = client.get(reverse(QUEUE) + query).content.decode()
        return [word for word in ["ornithorynque", "viagra", "ailleurs"] if word in html]

    assert listed("") == ["ornithorynque", "viagra", "ailleurs"]
    assert listed("?status=pending") == ["ornithorynque"]
    assert listed("?status=spam") == ["viagra"]
    assert listed(f"?article={other.pk}") == ["ailleurs"]
    assert listed("?q=ornithorynque") == ["ornithorynque"]
    assert listed("?status=nonsense") is not None  # a bad filter value is no 500


def test_bulk_spam_and_bin(client, article):
    first, second, third = (
        CommentFactory(article=article, status=Status.PUBLISHED) for _ in range(3)
    )
    reader = client.__class__(HTTP_HOST="localhost")
    assert shown_count(reader, article) == 3
    login(client, "redac-chef")
    client.post(bulk_url("spam_comments", [first, second]))
    client.post(bulk_url("trash_comments", [third]))
    statuses = sorted(Comment.objects.values_list("status", flat=True))
    assert statuses == [Status.DELETED, Status.SPAM, Status.SPAM]
    assert shown_count(reader, article) == 0


def test_approving_all_of_the_pending_listing_leaves_spam_and_the_bin_alone(client, article):
    """« Select all in listing » sends `id=all` with the listing's filters: only what the
    chief sees listed is acted on, on every page of it (here the pending comments)."""
    pending = [
        CommentFactory(article=article, status=Status.PENDING, body=f"En attente {n}.")
        for n in range(3)
    ]
    spam = CommentFactory(article=article, status=Status.SPAM, body="Montres pas chères.")
    binned = CommentFactory(article=article, status=Status.DELETED, body="Hors sujet.")
    login(client, "redac-chef")
    url = reverse("wagtail_bulk_action", args=["comments", "comment", "approve_comments"])
    query = f"?status=pending&id=all&next={reverse(QUEUE)}"
    confirm = client.get(url + query).content.decode()
    assert "En attente 2." in confirm
    assert "Montres pas chères" not in confirm and "Hors sujet" not in confirm
    assert client.post(url + query).status_code == 302
    statuses = dict(Comment.objects.values_list("pk", "status"))
    assert [statuses[c.pk] for c in pending] == [Status.PUBLISHED] * 3
    assert statuses[spam.pk] == Status.SPAM
    assert statuses[binned.pk] == Status.DELETED
    # A search narrows it the same way.
    client.post(
        reverse("wagtail_bulk_action", args=["comments", "comment", "trash_comments"])
        + "?q=montres&id=all"
    )
    assert Comment.objects.filter(status=Status.DELETED).count() == 2
    assert Comment.objects.filter(status=Status.PUBLISHED).count() == 3


def test_each_decision_is_in_the_comments_history_with_who_took_it(client, article):
    held = CommentFactory(article=article, status=Status.PENDING)
    login(client, "redac-chef")
    client.post(bulk_url("approve_comments", [held]))
    client.post(bulk_url("spam_comments", [held]))
    client.post(bulk_url("spam_comments", [held]))  # no change, no entry
    history = client.get(reverse("wagtailsnippets_comments_comment:history", args=[held.pk]))
    assert history.status_code == 200
    rows = [
        row.get_text(" ", strip=True)
        for row in BeautifulSoup(history.content, "html.parser").select("table tbody tr")
    ]
    approved = [row for row in rows if "Commentaire approuvé" in row]
    spam = [row for row in rows if "Commentaire marqué comme indésirable" in row]
    assert len(approved) == len(spam) == 1
    assert "Camille Durand" in approved[0] and "Camille Durand" in spam[0]


def test_edit_view_changes_the_status_and_the_page(client, article):
    held = CommentFactory(article=article, status=Status.PENDING)
    reader = client.__class__(HTTP_HOST="localhost")
    assert shown_count(reader, article) == 0
    login(client, "redac-chef")
    edit = reverse("wagtailsnippets_comments_comment:edit", args=[held.pk])
    assert client.get(edit).status_code == 200
    response = client.post(edit, {"status": "published"})
    assert response.status_code == 302
    held.refresh_from_db()
    assert held.status == Status.PUBLISHED
    assert held.moderated_by.username == "redac-chef"
    assert shown_count(reader, article) == 1


def test_dashboard_counts_comments_awaiting_moderation(client, article):
    for _ in range(3):
        CommentFactory(article=article, status=Status.PENDING)
    CommentFactory(article=article, status=Status.SPAM)
    login(client, "redac-chef")
    soup = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    panel = soup.select_one("#pending-reader-comments-section")
    assert panel is not None
    assert "3 commentaires en attente de modération" in " ".join(panel.get_text().split())
    assert panel.select_one(".comments-dashboard__pending")["href"].endswith("?status=pending")


# ---------- Moderation feeds the filter ----------


def test_marking_spam_makes_the_commenter_suspect_and_suggests_their_domain(client, article):
    reader = client.__class__(HTTP_HOST="localhost")
    CommentFactory(article=article, author_email="berenice@example.fr", status=Status.PUBLISHED)
    reader_post(reader, article, body="Lisez donc https://bons-plans.example/promo, très utile.")
    sneaky = Comment.objects.latest("pk")
    assert sneaky.status == Status.PUBLISHED  # a known commenter, one link

    login(client, "redac-chef")
    client.post(bulk_url("spam_comments", [sneaky]))
    # The same commenter's next comment is filed as spam.
    reader_post(
        reader, article, ip="203.0.113.51", body="Encore moi, avec un autre avis cette fois."
    )
    assert Comment.objects.latest("pk").status == Status.SPAM
    # Their domain is suggested for the blocklist, and a click adds it.
    page = client.get(reverse("comments_admin:suggestions"))
    assert "bons-plans.example" in page.content.decode()
    client.post(reverse("comments_admin:suggestions"), {"term": "bons-plans.example"})
    assert "bons-plans.example" in CommentSettings.objects.get().blocklist
    assert "bons-plans.example" not in [term for term, *_ in feedback.blocklist_suggestions()]
    # Anyone linking it now is filed as spam.
    reader_post(
        reader,
        article,
        ip="203.0.113.52",
        email="autre@example.fr",
        body="Vu sur bons-plans.example, intéressant.",
    )
    assert Comment.objects.latest("pk").status == Status.SPAM


def test_approving_from_spam_restores_the_commenters_reputation(client, article):
    reader = client.__class__(HTTP_HOST="localhost")
    misfiled = CommentFactory(
        article=article, author_email="berenice@example.fr", status=Status.SPAM
    )
    reader_post(reader, article)
    assert Comment.objects.latest("pk").status == Status.SPAM
    login(client, "redac-chef")
    client.post(bulk_url("approve_comments", [misfiled, Comment.objects.latest("pk")]))
    reader_post(reader, article, ip="203.0.113.60", body="Un troisième avis, publié directement.")
    assert Comment.objects.latest("pk").status == Status.PUBLISHED


def test_domains_seen_in_published_comments_are_not_suggested(article):
    CommentFactory(article=article, status=Status.SPAM, body="https://wikipedia.org/x spam")
    CommentFactory(article=article, status=Status.PUBLISHED, body="Source https://wikipedia.org/y")
    CommentFactory(article=article, status=Status.SPAM, body="https://only-spam.example/z")
    terms = [term for term, *_ in feedback.blocklist_suggestions()]
    assert "only-spam.example" in terms
    assert "wikipedia.org" not in terms


# ---------- Moderators' digest ----------


def test_held_comments_go_out_in_one_digest_to_chief_editors(article, settings):
    settings.COMMENTS_DIGEST_MINUTES = 60
    for number in range(3):
        CommentFactory(article=article, status=Status.PENDING, body=f"En attente numéro {number}.")
    for _ in range(20):
        CommentFactory(article=article, status=Status.SPAM)
    assert jobs.send_digest() == 3
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["redac-chef@example.org"]
    assert "3 commentaires en attente de modération" in message.subject
    assert "En attente numéro 2" in message.body
    assert "?status=pending" in message.body
    # Nothing new: no mail. Something new within the hour: it waits for the next digest.
    assert jobs.send_digest() == 0
    CommentFactory(article=article, status=Status.PENDING, body="Arrivé après.")
    assert jobs.send_digest() == 0
    later = timezone.now() + timedelta(minutes=61)
    assert jobs.send_digest(now=later) == 1
    assert len(mail.outbox) == 2


def test_the_scheduler_sends_the_digest(article):
    CommentFactory(article=article, status=Status.PENDING)
    call_command("run_scheduler", "--once", stdout=io.StringIO())
    assert len(mail.outbox) == 1


def test_a_failing_mail_server_keeps_comments_for_the_next_digest(article, settings):
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": 1, "timeout": 1},
        }
    }
    CommentFactory(article=article, status=Status.PENDING)
    jobs.run_periodic()  # logs, never raises
    assert Comment.objects.get().notified_at is None


# ---------- Privacy ----------


def test_ip_addresses_are_stored_hashed_then_purged(client, article, settings):
    reader = client.__class__(HTTP_HOST="localhost")
    reader_post(reader, article, ip="192.0.2.123")
    comment = Comment.objects.get()
    assert comment.ip_hash == client_address.hash_ip("192.0.2.123")
    assert "192.0.2.123" not in json.dumps(list(Comment.objects.values()), default=str)
    settings.COMMENTS_IP_HASH_KEY = "another-secret"
    assert client_address.hash_ip("192.0.2.123") != comment.ip_hash

    old = timezone.now() - timedelta(days=settings.COMMENTS_IP_RETENTION_DAYS + 1)
    Comment.objects.update(created_at=old)
    stale_spam = CommentFactory(article=article, status=Status.SPAM, ip_hash="x" * 64)
    Comment.objects.filter(pk=stale_spam.pk).update(created_at=old)
    fresh_spam = CommentFactory(article=article, status=Status.SPAM)
    out = io.StringIO()
    call_command("purge_comments", stdout=out)
    comment.refresh_from_db()
    assert comment.ip_hash == ""
    assert not Comment.objects.filter(pk=stale_spam.pk).exists()
    assert Comment.objects.filter(pk=fresh_spam.pk).exists()


def test_export_and_erase_one_commenters_data(article, tmp_path):
    mine = CommentFactory(article=article, author_email="Berenice@Example.fr", body="À moi.")
    reply = CommentFactory(article=article, parent=mine, body="La réponse de quelqu’un d’autre.")
    CommentFactory(article=article, author_email="autre@example.fr", body="Pas à moi.")

    out = io.StringIO()
    call_command("commenter_data", "export", "berenice@example.FR", stdout=out)
    data = json.loads(out.getvalue())
    assert [c["text"] for c in data["comments"]] == ["À moi."]
    assert data["comments"][0]["article"] == "L’article commenté"
    target = tmp_path / "export.json"
    call_command(
        "commenter_data", "export", "berenice@example.fr", output=str(target), stderr=io.StringIO()
    )
    assert json.loads(target.read_text())["comments"][0]["text"] == "À moi."

    call_command("commenter_data", "erase", "berenice@example.fr", yes=True, stdout=io.StringIO())
    assert not Comment.objects.by_email("berenice@example.fr").exists()
    reply.refresh_from_db()
    assert reply.parent is None
    assert Comment.objects.count() == 2


# ---------- Demo content ----------


def test_demo_comments_never_go_on_the_seed_article(news_index):
    from comments import demo

    seed = publish(
        ArticlePageFactory(parent=news_index, live=False, slug=demo.SEED_SLUG), days_ago(0)
    )
    other = publish(ArticlePageFactory(parent=news_index, live=False), days_ago(2))
    assert demo.load() == 3
    assert demo.load() == 0  # idempotent
    assert not Comment.objects.filter(article=seed).exists()
    assert Comment.objects.filter(article=other, status=Status.PUBLISHED).count() == 3


def test_demo_comments_are_added_once_and_never_dated_in_the_future(news_index):
    from comments import demo

    demo_article = publish(ArticlePageFactory(parent=news_index, live=False), days_ago(2))
    assert demo.load() == 3
    # The newsroom publishes an article, then runs `make run` again.
    newest = publish(ArticlePageFactory(parent=news_index, live=False))
    assert demo.load() == 0
    assert not Comment.objects.filter(article=newest).exists()
    assert Comment.objects.filter(article=demo_article).count() == 3

    Comment.objects.all().delete()
    assert demo.load() == 3  # under the article just published: dated before now
    assert Comment.objects.filter(article=newest).count() == 3
    assert not Comment.objects.filter(created_at__gt=timezone.now()).exists()


def test_the_queue_has_a_checkbox_per_comment_for_bulk_actions(client, article):
    # The bulk actions are reached through these checkboxes; without them they are not.
    held = reader_post(client.__class__(HTTP_HOST="localhost"), article)
    assert held.status_code == 303
    comment = Comment.objects.get()
    queue = login(client, "redac-chef").get(reverse(QUEUE))
    soup = BeautifulSoup(queue.content, "html.parser")
    assert soup.select(f'input[data-bulk-action-checkbox][data-object-id="{comment.pk}"]')
