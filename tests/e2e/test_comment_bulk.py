"""The editor-in-chief moderates reader comments in bulk from the pending queue.

She ticks two of the waiting comments and approves them: a French confirmation says so, and a
reader sees those two under the article, not the third left unticked. Then she files the two
still waiting as spam in one go, and the pending queue is empty.
"""

import re

import pytest

from comments.models import Comment, Status
from tests.e2e.test_editorial_flow import expect_message, log_in, shoot
from tests.support.factories import ArticlePageFactory, CommentFactory, days_ago, publish

try:
    from playwright.sync_api import expect
except ImportError:  # conftest skips these tests and says why
    expect = None

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

QUEUE = "/admin/snippets/comments/comment/?status=pending"
# name: body
COMMENTS = {
    "Bérénice": "Enfin un papier qui cite ses sources, merci.",
    "Anatole": "La deuxième partie mériterait un graphique.",
    "Clémence": "Je ne suis pas d’accord avec la conclusion.",
    "Gédéon": "Achetez des montres pas chères sur mon site.",
}


def tick(page, comments):
    for comment in comments:
        page.locator(f'input[data-bulk-action-checkbox][data-object-id="{comment.pk}"]').check()


def run_bulk_action(page, label):
    """The listing's bulk-action footer, then « Oui, continuer » on the confirmation page."""
    footer = page.locator("[data-bulk-action-footer]")
    expect(footer).to_be_visible()
    footer.locator("[data-bulk-action-button]", has_text=label).click()
    page.get_by_role("button", name="Oui, continuer").click()


def test_chief_approves_two_comments_then_files_two_as_spam(
    new_page, site_url, newsroom, artifacts
):
    article = publish(
        ArticlePageFactory(parent=newsroom["index"], live=False, title="Le papier commenté"),
        when=days_ago(1),
    )
    first, second, third, fourth = (
        CommentFactory(article=article, status=Status.PENDING, author_name=name, body=body)
        for name, body in COMMENTS.items()
    )

    chief = new_page("chief")
    log_in(chief, site_url, "redac-chef")
    chief.goto(f"{site_url}{QUEUE}")
    listing = chief.locator("table.listing tbody")
    for name in COMMENTS:
        expect(listing).to_contain_text(name)
    tick(chief, [first, second])
    run_bulk_action(chief, "Approuver")
    expect_message(chief, "2 commentaires publiés")
    shoot(chief, artifacts, "comments-01-approved")

    reader = new_page("reader")
    reader.goto(f"{site_url}{article.url}")
    comments = reader.locator(".comment-list")
    expect(comments).to_contain_text(COMMENTS["Bérénice"])
    expect(comments).to_contain_text(COMMENTS["Anatole"])
    expect(reader.get_by_text(COMMENTS["Clémence"])).to_have_count(0)
    expect(reader.get_by_text(COMMENTS["Gédéon"])).to_have_count(0)
    shoot(reader, artifacts, "comments-02-reader", full_page=True)

    chief.goto(f"{site_url}{QUEUE}")
    listing = chief.locator("table.listing tbody")
    expect(listing).not_to_contain_text("Bérénice")
    tick(chief, [third, fourth])
    run_bulk_action(chief, re.compile("Marquer comme indésirable"))
    expect_message(chief, "2 commentaires marqués comme indésirables")
    chief.goto(f"{site_url}{QUEUE}")
    for name in COMMENTS:
        expect(chief.get_by_text(name, exact=True)).to_have_count(0)
    shoot(chief, artifacts, "comments-03-spam")

    assert dict(Comment.objects.values_list("author_name", "status")) == {
        "Bérénice": Status.PUBLISHED,
        "Anatole": Status.PUBLISHED,
        "Clémence": Status.SPAM,
        "Gédéon": Status.SPAM,
    }
    assert not chief.errors and not reader.errors
    assert not [r for r in chief.failed_responses + reader.failed_responses if r[0] == "5"]
