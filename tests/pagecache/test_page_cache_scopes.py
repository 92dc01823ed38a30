"""Precise invalidation: a change empties the cached pages that show it, and only those."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.urls import reverse
from taggit.models import Tag
from wagtail import hooks

from comments import service
from comments.models import Comment, Status
from news.models import ArticlePage
from pagecache.versions import invalidate
from tests.support.factories import ArticlePageFactory, CommentFactory, publish

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def article(news_index, title, category, tags=()):
    page = ArticlePageFactory(
        parent=news_index, live=False, title=title, categories=[category], tags=list(tags)
    )
    publish(page)
    page.refresh_from_db()
    return page


@pytest.fixture
def site(home_page, news_index, categories):
    ia, social, _tech = categories
    return {
        "a": article(news_index, "Le cerveau des robots", ia, ["OpenAI"]),
        "neighbour": article(news_index, "Un voisin de rubrique", ia),
        "b": article(news_index, "Les réseaux en campagne", social, ["Élections"]),
    }


def tag_url(name):
    return reverse("news:tag", args=[Tag.objects.get(name=name).slug])


def readers_pages(site, categories):
    """Every cached page that shows article A, and a tag page that does not."""
    return {
        "home": "/",
        "index": "/actualites/",
        "category": categories[0].url,
        "tag": tag_url("OpenAI"),
        "feed": reverse("news:feed_rss"),
        "category feed": reverse("news:category_feed_rss", args=[categories[0].slug]),
        "sitemap": reverse("news:sitemap"),
        "neighbour": site["neighbour"].url,
    }


def warm(reader, *urls):
    for url in urls:
        reader.get(url)
        assert reader.get(url)["X-Page-Cache"] == "hit", url


def test_publishing_an_article_leaves_unrelated_pages_cached(reader, site, categories):
    unrelated = (site["b"].url, tag_url("Élections"), categories[1].url)
    warm(reader, *unrelated)
    a = site["a"]
    a.title = "Le cerveau des machines"
    publish(a)
    for url in unrelated:
        response = reader.get(url)
        assert response["X-Page-Cache"] == "hit", url
        assert "Le cerveau des machines" not in response.text


def test_publishing_an_article_reaches_every_page_that_shows_it(reader, site, categories):
    pages = readers_pages(site, categories)
    warm(reader, site["a"].url, *pages.values())
    a = site["a"]
    a.title = "Le cerveau des machines"
    publish(a)
    for name, url in {"article": a.url, **pages}.items():
        response = reader.get(url)
        assert response["X-Page-Cache"] == "miss", name
        if name != "sitemap":
            assert "Le cerveau des machines" in response.text, name


def test_an_unpublished_article_is_served_from_no_cached_page(reader, site, categories):
    pages = readers_pages(site, categories)
    a = site["a"]
    url = a.url
    warm(reader, url, *pages.values())
    for name, page_url in pages.items():
        assert a.title in reader.get(page_url).text or name == "sitemap", name
    assert url in reader.get(reverse("news:sitemap")).text
    a.unpublish()
    assert reader.get(url).status_code == 404
    for name, page_url in pages.items():
        response = reader.get(page_url)
        assert a.title not in response.text and url not in response.text, name


def test_an_article_that_leaves_a_tag_or_a_category_leaves_its_cached_listing(
    reader, site, categories
):
    a = site["a"]
    listings = (tag_url("OpenAI"), categories[0].url)
    warm(reader, *listings)
    a.tags.set(["Robotique"])
    a.categories.set([categories[2]])
    publish(a)
    for url in listings:
        assert a.title not in reader.get(url).text, url
    assert a.title in reader.get(tag_url("Robotique")).text
    assert a.title in reader.get(categories[2].url).text


def test_a_new_article_sharing_a_tag_shows_in_the_related_articles_of_another_category(
    reader, news_index, site, categories
):
    b = site["b"]
    warm(reader, b.url)
    article(news_index, "Scrutin et algorithmes", categories[2], ["Élections"])
    html = BeautifulSoup(reader.get(b.url).content, "html.parser")
    assert "Scrutin et algorithmes" in [a.get_text() for a in html.select(".related a")]


def test_a_published_comment_shows_on_its_article_and_purges_nothing_else(reader, site, categories):
    a = site["a"]
    others = ("/", categories[0].url, site["neighbour"].url, site["b"].url)
    warm(reader, a.url, *others)
    held = CommentFactory(article=a, status=Status.PENDING, body="Un avis très mesuré.")
    assert reader.get(a.url)["X-Page-Cache"] == "hit"  # held: readers see nothing new
    service.moderate(Comment.objects.filter(pk=held.pk), Status.PUBLISHED)
    response = reader.get(a.url)
    assert response["X-Page-Cache"] == "miss" and "Un avis très mesuré." in response.text
    for url in others:
        assert reader.get(url)["X-Page-Cache"] == "hit", url
    service.moderate(Comment.objects.filter(pk=held.pk), Status.DELETED)
    assert "Un avis très mesuré." not in reader.get(a.url).text


def test_a_renamed_category_shows_on_every_page_that_names_it(reader, site, categories):
    urls = (site["b"].url, "/", categories[1].url, tag_url("Élections"))
    warm(reader, *urls)
    categories[0].name = "IA générative"
    categories[0].save()
    for url in urls:  # the header names every category
        assert "IA générative" in reader.get(url).text, url


def test_a_renamed_tag_shows_on_its_articles_and_leaves_the_others_cached(reader, site):
    a, b = site["a"], site["b"]
    warm(reader, a.url, b.url)
    tag = a.tags.get()
    tag.name = "Open AI"
    tag.save()
    assert "Open AI" in reader.get(a.url).text
    assert reader.get(b.url)["X-Page-Cache"] == "hit"


def test_a_change_committed_while_a_page_renders_is_not_hidden_by_its_copy(reader, site):
    """The first render of a page reads the versions of its scopes only after it: a change
    committed meanwhile (here by another worker, halfway through) must not be stored as seen."""
    a = site["a"]
    changed = []

    def another_worker_changes_the_title(page, request, serve_args, serve_kwargs):
        if page.pk == a.pk and not changed:  # the page is read, the render not yet done
            ArticlePage.objects.filter(pk=a.pk).update(title="Le cerveau des machines")
            invalidate([f"article:{a.pk}"], removal=False)
            changed.append(True)

    with hooks.register_temporarily("before_serve_page", another_worker_changes_the_title):
        first = reader.get(a.url)
    assert "Le cerveau des robots" in first.text  # what it had read before the change
    assert "Le cerveau des machines" in reader.get(a.url).text
