"""Reading on: related articles, pinned ones, previous/next in the category, in few queries."""

import io
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from bench.articles import CATEGORIES, ArticleWriter
from bench.search import insert_articles
from news.models import ArticlePage, Category, ReadingOnLink
from tests.support.factories import ArticlePageFactory, days_ago, publish

pytestmark = pytest.mark.django_db


def article(index, slug, days, categories=(), tags=(), live=True):
    page = ArticlePageFactory(
        parent=index,
        live=False,
        title=slug.title(),
        slug=slug,
        categories=list(categories),
        tags=list(tags),
    )
    return publish(page, when=days_ago(days)) if live else page


def reading_on(reader, page):
    soup = BeautifulSoup(reader.get(page.url).content, "html.parser")
    related = [a.get_text() for a in soup.select(".related .card__title a")]
    nav = soup.select_one(".article-nav")
    previous = nav.select_one(".article-nav__link--previous .article-nav__title") if nav else None
    following = nav.select_one(".article-nav__link--next .article-nav__title") if nav else None
    return (
        related,
        previous.get_text() if previous else None,
        following.get_text() if following else None,
    )


@pytest.fixture
def newsroom(news_index, categories):
    ia, social, tech = categories
    pages = {
        "subject": article(news_index, "subject", 5, [ia], ["OpenAI", "Meta"]),
        # Scores: a shared tag counts twice a shared category.
        "two-tags": article(news_index, "two-tags", 20, [tech], ["OpenAI", "Meta"]),
        "tag-and-category": article(news_index, "tag-and-category", 30, [ia], ["Meta"]),
        "one-tag": article(news_index, "one-tag", 2, [social], ["OpenAI"]),
        "category-older": article(news_index, "category-older", 8, [ia]),
        "category-newer": article(news_index, "category-newer", 3, [ia]),
        "unrelated": article(news_index, "unrelated", 1, [tech], ["Pommes"]),
    }
    # What readers must never be offered, however related.
    article(news_index, "draft", 1, [ia], ["OpenAI", "Meta"], live=False)
    private = article(news_index, "private", 1, [ia], ["OpenAI", "Meta"])
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    expired = article(news_index, "expired", 4, [ia], ["OpenAI", "Meta"])
    ArticlePage.objects.filter(pk=expired.pk).update(expire_at=timezone.now() - timedelta(hours=1))
    return pages


def test_related_articles_are_ranked_by_shared_tags_then_categories(reader, newsroom):
    related, previous, following = reading_on(reader, newsroom["subject"])
    assert related == ["Two-Tags", "Tag-And-Category", "One-Tag"]
    # Previous and next in the first category, by date, never a hidden article.
    assert previous == "Category-Older"
    assert following == "Category-Newer"


def test_pinned_articles_come_first_and_hidden_ones_are_skipped(reader, newsroom):
    subject = newsroom["subject"]
    draft = ArticlePage.objects.get(slug="draft")
    subject.related_articles = [
        ("article", newsroom["unrelated"]),
        ("article", draft),
        ("article", newsroom["one-tag"]),
    ]
    publish(subject)
    related, _previous, _next = reading_on(reader, subject)
    assert related == ["Unrelated", "One-Tag", "Two-Tags"]


def test_an_article_without_neighbours_or_relations_shows_no_section(reader, news_index):
    alone = article(news_index, "alone", 1)
    soup = BeautifulSoup(reader.get(alone.url).content, "html.parser")
    assert soup.select_one(".related") is None
    assert soup.select_one(".article-nav") is None


def test_categories_and_tags_link_to_their_listings(reader, newsroom):
    soup = BeautifulSoup(reader.get(newsroom["subject"].url).content, "html.parser")
    header = [a["href"] for a in soup.select(".article__header .tag-list a")]
    footer = [a["href"] for a in soup.select(".article__footer .tag-list a")]
    assert header == ["/categorie/intelligence-artificielle/"]
    assert footer == ["/tag/openai/", "/tag/meta/"]
    for url in header + footer:
        assert reader.get(url).status_code == 200


@pytest.mark.parametrize("extra", [0, 12])
def test_reading_on_costs_two_queries_whatever_the_site_size(
    reader, news_index, categories, newsroom, extra, django_assert_max_num_queries
):
    for number in range(extra):
        article(news_index, f"more-{number}", 40 + number, [categories[number % 3]], ["OpenAI"])
    subject = newsroom["subject"]
    reader.get(subject.url)  # renditions made once
    with django_assert_max_num_queries(13):
        response = reader.get(subject.url)
    assert len(BeautifulSoup(response.content, "html.parser").select(".related .card")) == 3


def test_a_new_article_enters_its_neighbours_and_the_lists_it_outranks(
    reader, news_index, categories, newsroom
):
    ia, _social, _tech = categories
    # Between « subject » (5 days) and « category-newer » (3 days), sharing both tags.
    article(news_index, "newcomer", 4, [ia], ["OpenAI", "Meta"])
    related, previous, following = reading_on(reader, newsroom["subject"])
    assert (previous, following) == ("Category-Older", "Newcomer")
    _related, previous, _following = reading_on(reader, newsroom["category-newer"])
    assert previous == "Newcomer"
    # Three shared things (category and both tags) beat « two-tags » on the tie of scores.
    related, _previous, _following = reading_on(reader, newsroom["two-tags"])
    assert related[0] == "Newcomer"


def test_an_unpublished_article_leaves_every_list_that_offered_it(reader, newsroom):
    newsroom["two-tags"].unpublish()
    related, previous, following = reading_on(reader, newsroom["subject"])
    assert related == ["Tag-And-Category", "One-Tag"]
    newsroom["category-newer"].unpublish()
    assert reading_on(reader, newsroom["subject"])[1:] == ("Category-Older", None)
    assert not ReadingOnLink.objects.filter(target=newsroom["category-newer"]).exclude(
        kind=ReadingOnLink.Kind.PINNED
    )


def test_an_article_past_its_expiry_is_not_offered_before_the_scheduler_runs(reader, newsroom):
    # No signal: the stored rows still name it, the page filters it when it reads them.
    ArticlePage.objects.filter(pk=newsroom["category-older"].pk).update(
        expire_at=timezone.now() - timedelta(minutes=1)
    )
    ArticlePage.objects.filter(pk=newsroom["two-tags"].pk).update(
        expire_at=timezone.now() - timedelta(minutes=1)
    )
    related, previous, following = reading_on(reader, newsroom["subject"])
    # The next older of the category takes its place, and is not repeated below.
    assert (previous, following) == ("Tag-And-Category", "Category-Newer")
    assert related == ["One-Tag"]


def test_a_deleted_article_leaves_the_lists_that_offered_it(reader, newsroom):
    newsroom["two-tags"].delete()
    assert reading_on(reader, newsroom["subject"])[0] == ["Tag-And-Category", "One-Tag"]


def test_the_command_rebuilds_the_same_lists(reader, newsroom):
    pages = [newsroom[slug] for slug in ("subject", "two-tags", "category-newer", "unrelated")]
    before = [reading_on(reader, page) for page in pages]
    ReadingOnLink.objects.all().delete()
    ArticlePage.objects.update(sort_date=None)
    assert [reading_on(reader, page) for page in pages] == [([], None, None)] * 4
    call_command("refresh_reading_on", stdout=io.StringIO())
    assert [reading_on(reader, page) for page in pages] == before


def test_query_budgets_hold_at_a_few_hundred_articles(
    reader, home_page, news_index, django_assert_max_num_queries
):
    """A query per card, per related article or per category would show here."""
    writer = ArticleWriter()
    categories = {
        slug: Category.objects.create(slug=slug, name=name, sort_order=order)
        for order, (slug, name, _description) in enumerate(CATEGORIES)
    }
    insert_articles(news_index, 300, writer, categories, 100)
    call_command("refresh_reading_on", stdout=io.StringIO())
    seed = ArticlePage.objects.published().order_by("sort_date")[150]
    tag = seed.tags.first()
    budgets = {
        "/": 11,
        news_index.url: 11,
        f"{news_index.url}?page=3": 11,
        categories["technologie"].url: 8,
        reverse("news:tag", args=[tag.slug]): 8,
        seed.url: 13,
    }
    for url in budgets:
        reader.get(url)  # renditions made once
    for url, budget in budgets.items():
        with django_assert_max_num_queries(budget):
            response = reader.get(url)
        assert response.status_code == 200, url
    soup = BeautifulSoup(response.content, "html.parser")
    assert len(soup.select(".related .card")) == 3
    assert soup.select_one(".article-nav__link--previous")
    assert soup.select_one(".article-nav__link--next")
