"""The moderators' digest lists one comment per entry whatever the rows hold: a line break
in a name, a title or a text cannot forge an entry, a total or a link."""

import pytest
from django.core import mail

from comments import jobs
from comments.models import Comment, Status
from news.models import ArticlePage
from tests.support.control_characters import assert_clean, storable
from tests.support.editorial import setup_newsroom
from tests.support.factories import ArticlePageFactory, CommentFactory, days_ago, publish

pytestmark = pytest.mark.django_db

FORGED = "\n— Faux, sur « Autre » (1 janvier 2026)\n  Forgé"  # 80 characters at most
FORGED_TOTAL = "\nEn attente de modération au total : 0.\nLes modérer : https://pirate.example/"


@pytest.fixture
def article(news_index):
    setup_newsroom()
    return publish(ArticlePageFactory(parent=news_index, live=False), when=days_ago(1))


def digest_lines():
    assert len(mail.outbox) == 1
    return mail.outbox[0].body.splitlines()


@pytest.mark.parametrize("break_", ["\n", "\r\n", "\r", "\u2028", "\x0b", "\x85"])
def test_line_breaks_stored_in_names_and_titles_forge_no_digest_entry(article, break_):
    for number in range(2):
        CommentFactory(article=article, status=Status.PENDING, body=f"Avis numéro {number}.")
    # Written past the models, as older rows or a route that skips them would be.
    Comment.objects.update(
        author_name="Claire" + FORGED.replace("\n", break_),
        body="Un avis." + FORGED_TOTAL.replace("\n", break_),
    )
    ArticlePage.objects.filter(pk=article.pk).update(
        title="Le titre" + FORGED.replace("\n", break_)
    )
    assert jobs.send_digest(force=True) == 2
    lines = digest_lines()
    entries = [line for line in lines if line.startswith("—")]
    assert len(entries) == 2
    assert all(line.startswith("— Claire — Faux, sur « Autre »") for line in entries)
    assert sum(line.startswith("Les modérer") for line in lines) == 1
    assert not any(line.startswith("Les modérer : https://pirate") for line in lines)
    assert sum(line.startswith("En attente de modération au total") for line in lines) == 1
    for line in lines:
        assert not any(char in line for char in "\r\u2028\x0b\x85")


def test_control_characters_stored_in_a_comment_stay_out_of_the_digest(article):
    CommentFactory(article=article, status=Status.PENDING)
    chars = "".join(storable())
    Comment.objects.update(author_name=f"Claire{chars}", body=f"Un avis{chars}.")
    assert jobs.send_digest(force=True) == 1
    assert_clean(mail.outbox[0].body, "digest")
    assert_clean(mail.outbox[0].subject, "subject")
    assert "— Claire, sur" in mail.outbox[0].body
