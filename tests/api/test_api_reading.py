"""The read API shows what readers may see, with the page's transparency, and nothing else:
the access sweep's newsroom (a draft, a page in review, a private, a members-only and a
published page, each with a secret marker), read anonymously and with the pipeline's token."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import ArticlePage
from tests.support.access_sweep import HIDDEN, SECRETS, build_newsroom, built_once, leaked
from tests.support.factories import ArticlePageFactory, publish
from tests.support.pipeline_api import pipeline_token

pytestmark = pytest.mark.django_db
READS = ["/api/v1/articles/", "/api/v1/categories/", "/api/v1/tags/"]
READS += ["/api/v1/articles/?category=enquetes", "/api/v1/articles/?tag=investigation"]


def build():
    newsroom = build_newsroom()
    _user, _token, newsroom.key = pipeline_token()
    draft = newsroom.pages["draft"].get_latest_revision_as_object()
    draft.tags.add("QZMOTCLEBROUILLON")
    draft.save_revision()
    ArticlePage.objects.filter(pk=newsroom.pages["published"].pk).update(
        ai_model="Modèle X", ai_model_version="2", approved_by=newsroom.users["redac-chef"]
    )
    return newsroom


@pytest.fixture(scope="module")
def newsroom(django_db_setup, django_db_blocker):
    yield from built_once(django_db_blocker, build)


@pytest.mark.parametrize("how", ["anonymous", "pipeline token"])
def test_no_read_shows_a_draft_a_page_in_review_or_a_private_page(client, newsroom, how):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {newsroom.key}"} if how != "anonymous" else {}
    problems = []
    for address in READS + [f"/api/v1/articles/{page.pk}/" for page in newsroom.pages.values()]:
        response = client.get(address, **headers)
        if secrets := leaked(response, [*HIDDEN, "QZMOTCLEBROUILLON"]):
            problems.append(f"{address} shows {secrets}")
    assert not problems
    for key in ("draft", "review", "private", "members"):
        pk = newsroom.pages[key].pk
        assert client.get(f"/api/v1/articles/{pk}/", **headers).status_code == 404


def test_an_expired_article_leaves_the_api(client, newsroom):
    published = newsroom.pages["published"]
    assert client.get(f"/api/v1/articles/{published.pk}/").status_code == 200
    ArticlePage.objects.filter(pk=published.pk).update(expire_at="2020-01-01T00:00Z")
    assert client.get(f"/api/v1/articles/{published.pk}/").status_code == 404
    assert client.get("/api/v1/articles/").json()["count"] == 0


def test_an_article_carries_the_transparency_of_its_page(client, newsroom):
    published = newsroom.pages["published"]
    listing = client.get("/api/v1/articles/?category=enquetes").json()
    assert listing["count"] == 1 and listing["pages"] == 1
    assert (
        listing["items"][0]["provenance"]
        == client.get(f"/api/v1/articles/{published.pk}/").json()["provenance"]
    )
    data = client.get(f"/api/v1/articles/{published.pk}/").json()
    assert SECRETS["published"] in data["title"] and SECRETS["published"] in data["body_markdown"]
    assert data["sources"] == [
        {"name": f"Source {SECRETS['published']}", "url": "https://example.org/"}
    ]
    assert data["provenance"]["text"] == "Article rédigé par Modèle X 2, relu par Camille Durand"
    assert data["provenance"]["reviewed_by"] == "Camille Durand"
    assert data["hero_image"]["credit"] == published.hero_image.credit
    assert data["ai_notice"]["text"]
    assert data["url"].endswith(published.url)


def test_filters_and_conditional_requests(client, newsroom):
    assert client.get("/api/v1/articles/?tag=investigation").json()["count"] == 1
    assert client.get("/api/v1/articles/?category=inconnue").json()["count"] == 0
    assert client.get("/api/v1/articles/?since=2999-01-01").json()["count"] == 0
    assert client.get("/api/v1/articles/?until=2999-01-01").json()["count"] == 1
    assert client.get("/api/v1/articles/?since=hier").status_code == 404
    first = client.get("/api/v1/articles/")
    assert first["ETag"]
    again = client.get("/api/v1/articles/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_the_listing_costs_the_same_queries_whatever_its_length(client, newsroom):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/api/v1/articles/").status_code == 200
        return len(captured)

    queries()  # warm: the site's root paths are cached
    one = queries()
    for n in range(5):
        publish(ArticlePageFactory(parent=newsroom.index, slug=f"en-plus-{n}", tags=["Plus"]))
    assert client.get("/api/v1/articles/").json()["count"] == 6
    assert queries() == one
    assert one <= 12
