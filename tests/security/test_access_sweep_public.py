"""Drafts, pages in review and private pages are nowhere readers or machines look: pages,
listings, search, feeds, sitemaps, related articles, machine-readable views, comments and
share links. The published article of the same section is the control: it shows everywhere."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from comments.models import Comment
from news.models import ArticlePage, ShareLink
from news.share_links.signing import signed_url
from tests.support.access_sweep import SECRETS, build_newsroom, built_once
from tests.support.factories import body_stream, publish

pytestmark = pytest.mark.django_db

# A new draft of the published article: readers keep reading its published version.
EDIT_SECRET = "QZRETOUCHEX8"
NOT_PUBLIC = ["draft", "review", "private", "members"]
SECRET_WORDS = [*(SECRETS[key] for key in NOT_PUBLIC), EDIT_SECRET]
# Where a page's title cannot show (a sitemap), its address does.
HIDDEN = [*SECRET_WORDS, *(f"dossier-{key}" for key in NOT_PUBLIC)]
SHOWN = "dossier-published"


def build_public_newsroom():
    newsroom = build_newsroom()
    published = newsroom.pages["published"]
    # The editor pins the secret pages under the published one; the home page leads with one.
    published.related_articles = [
        ("article", newsroom.pages[key]) for key in ("draft", "review", "private", "members")
    ]
    publish(published)
    draft = ArticlePage.objects.get(pk=published.pk)
    draft.title = f"Dossier retouché {EDIT_SECRET}"
    draft.body = body_stream(("paragraph", f"<p>Nouvelle version {EDIT_SECRET}.</p>"))
    draft.save_revision()
    home = newsroom.index.get_parent().specific
    home.lead_article = newsroom.pages["draft"]
    publish(home)
    now = timezone.now()
    draft_page = newsroom.pages["draft"]
    newsroom.expired_link = ShareLink.objects.create(
        page=draft_page, expires_at=now + timedelta(days=1)
    )
    ShareLink.objects.filter(pk=newsroom.expired_link.pk).update(
        expires_at=now - timedelta(minutes=1)
    )
    newsroom.revoked_link = ShareLink.objects.create(page=draft_page, revoked_at=now)
    return newsroom


@pytest.fixture(scope="module")
def newsroom(django_db_setup, django_db_blocker):
    yield from built_once(django_db_blocker, build_public_newsroom)


@pytest.fixture
def reader(client):
    client.defaults["HTTP_HOST"] = "localhost"
    return client


def found(response, words):
    text = (response.content.decode(errors="replace") + response.get("Location", "")).lower()
    return [word for word in words if word.lower() in text]


def article_url(newsroom, key):
    return newsroom.pages[key].url


def index_url(newsroom):
    return newsroom.index.url


def surface(name, *args):
    return lambda newsroom: reverse(name, args=args)


# Every public place an article can show up in; each must list the published article.
SURFACES = {
    "home page": lambda newsroom: "/",
    "news index": index_url,
    "category listing": surface("news:category", "enquetes"),
    "tag listing": surface("news:tag", "investigation"),
    "search": lambda newsroom: reverse("search") + "?q=confidentiel",
    "search by date": lambda newsroom: reverse("search") + "?q=confidentiel&tri=date",
    "rss feed": surface("news:feed_rss"),
    "atom feed": surface("news:feed_atom"),
    "category rss feed": surface("news:category_feed_rss", "enquetes"),
    "category atom feed": surface("news:category_feed_atom", "enquetes"),
    "tag rss feed": surface("news:tag_feed_rss", "investigation"),
    "tag atom feed": surface("news:tag_feed_atom", "investigation"),
    "sitemap": surface("news:sitemap"),
    "news sitemap": surface("news:sitemap_news"),
    "llms.txt": surface("news:llms_txt"),
    "published article and its related articles": lambda newsroom: article_url(
        newsroom, "published"
    ),
    "published article as markdown": lambda newsroom: (
        article_url(newsroom, "published").rstrip("/") + ".md"
    ),
}


@pytest.mark.parametrize("name", SURFACES)
def test_no_public_surface_shows_what_readers_may_not_see(reader, newsroom, name):
    response = reader.get(SURFACES[name](newsroom))
    assert response.status_code == 200
    assert found(response, [SHOWN])  # the control: the published article is there
    assert not found(response, HIDDEN)


# What a reader gets at each secret page's own address.
AT_THEIR_ADDRESS = {
    "draft": (404, None),
    "review": (404, None),
    "private": (200, "password"),  # Wagtail's password form, and nothing else
    "members": (302, reverse("wagtailcore_login")),
}


@pytest.mark.parametrize("key", NOT_PUBLIC)
def test_secret_pages_do_not_open_at_their_address(reader, newsroom, key):
    status, sign = AT_THEIR_ADDRESS[key]
    response = reader.get(article_url(newsroom, key))
    assert response.status_code == status
    if status == 200:
        assert f'name="{sign}"' in response.content.decode()
    if status == 302:
        assert response["Location"].startswith(sign)
    assert not found(response, SECRET_WORDS)


@pytest.mark.parametrize("key", NOT_PUBLIC)
def test_secret_pages_have_no_markdown_version(reader, newsroom, key):
    response = reader.get(article_url(newsroom, key).rstrip("/") + ".md")
    assert response.status_code == 404
    assert not found(response, HIDDEN)


@pytest.mark.parametrize("key", NOT_PUBLIC)
def test_secret_pages_take_no_comment_and_hand_out_no_form_keys(reader, newsroom, key):
    article_id = newsroom.pages[key].pk
    comments = Comment.objects.count()
    keys = reader.get(reverse("comments:keys", args=[article_id]))
    posted = reader.post(
        reverse("comments:post", args=[article_id]),
        {"name": "Lectrice", "email": "l@example.org", "body": "Un avis.", "token": "x"},
    )
    for response in (keys, posted):
        assert response.status_code == 404
        assert not found(response, HIDDEN)
    assert Comment.objects.count() == comments


def test_the_published_article_hands_out_form_keys(reader, newsroom):
    """The control for the comment endpoints above."""
    response = reader.get(reverse("comments:keys", args=[newsroom.pages["published"].pk]))
    assert response.status_code == 200
    assert set(response.json()) == {"csrf", "token"}


def tampered(newsroom):
    address = signed_url(newsroom.link)
    return address[:-3] + ("A" if address[-3] != "A" else "B") + address[-2:]


# A share link that no longer opens: 404 when forged, 410 (« gone ») when expired or revoked.
DEAD_LINKS = {
    "tampered": (tampered, 404),
    "unknown": (lambda newsroom: reverse("news:shared_draft", args=["inconnu"]), 404),
    "expired": (lambda newsroom: signed_url(newsroom.expired_link), 410),
    "revoked": (lambda newsroom: signed_url(newsroom.revoked_link), 410),
}


@pytest.mark.parametrize("name", DEAD_LINKS)
def test_dead_share_links_show_nothing_of_the_draft(reader, newsroom, name):
    build, status = DEAD_LINKS[name]
    response = reader.get(build(newsroom))
    assert response.status_code == status
    assert not found(response, HIDDEN)


def test_a_live_share_link_shows_its_draft_and_no_other_secret(reader, newsroom):
    """The control for the dead links: the same draft, through a valid address."""
    response = reader.get(signed_url(newsroom.link))
    assert response.status_code == 200
    assert SECRETS["draft"] in response.content.decode()
    assert not found(response, [SECRETS[key] for key in ("review", "private", "members")])


def test_a_page_made_private_leaves_the_page_cache_at_once(reader, newsroom, settings):
    settings.PAGE_CACHE_SECONDS = 600
    address = article_url(newsroom, "published")
    assert SECRETS["published"] in reader.get(address).content.decode()
    assert reader.get(address)["X-Page-Cache"] == "hit"
    PageViewRestriction.objects.create(
        page=newsroom.pages["published"], restriction_type=PageViewRestriction.LOGIN
    )
    response = reader.get(address)
    assert response.status_code == 302
    assert not found(response, [SECRETS["published"]])
