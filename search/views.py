from django.core.paginator import Paginator
from django.db import connection
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from taggit.models import Tag
from wagtail.contrib.search_promotions.models import Query
from wagtail.search.query import Fuzzy

from news.models import ArticlePage, Category
from news.models.taxonomy import categories_for
from search.highlight import excerpt
from search.models import UnansweredSearch

MAX_QUERY_LENGTH = 200
MAX_TERMS = 20
PER_PAGE = 10
SORTS = {"pertinence", "date"}


def clean_query(raw):
    """A query safe for every backend: no control characters, bounded length and terms."""
    text = "".join(ch if ch.isprintable() else " " for ch in raw or "")
    terms = text[:MAX_QUERY_LENGTH].split()[:MAX_TERMS]
    return " ".join(terms)


def clean_slug(raw):
    raw = (raw or "").strip()
    return raw if raw and raw.isprintable() and len(raw) <= 100 else ""


def search(request):
    query = clean_query(request.GET.get("q", ""))
    sort = request.GET.get("tri") if request.GET.get("tri") in SORTS else "pertinence"
    notices = []
    # What readers may see (live, public, not expired: ArticlePage.objects.published()), as an
    # id filter the search backends understand. Past its expiry date, an article leaves the
    # results at once, not when the scheduler runs.
    articles = ArticlePage.objects.filter(id__in=ArticlePage.objects.published().values("id"))

    category = tag = None
    if slug := request.GET.get("categorie"):
        category = Category.objects.filter(slug=clean_slug(slug)).first()
        if category is None:
            notices.append(_("This category does not exist: the search covers all of them."))
        else:
            articles = articles.filter(
                id__in=ArticlePage.objects.filter(categories=category).values("id")
            )
    if slug := request.GET.get("tag"):
        tag = Tag.objects.filter(slug=clean_slug(slug)).first()
        if tag is None:
            notices.append(_("This tag does not exist: the search covers all articles."))
        else:
            articles = articles.filter(id__in=ArticlePage.objects.filter(tags=tag).values("id"))

    context = {
        "search_query": query,
        "sort": sort,
        "notices": notices,
        "category_filter": category,  # not current_category: the menu would mark it as the section
        "by_relevance": sort == "pertinence",
        "current_tag": tag,
        "results": None,
    }
    if query:
        if sort == "date":
            found = articles.order_by("-first_published_at").search(
                query, operator="and", order_by_relevance=False
            )
        else:
            found = articles.search(query, operator="and")
        if connection.vendor == "postgresql" and not found.count():
            # A misspelt word (« chercheus »): trigram matching finds the near words.
            approximate = articles.search(Fuzzy(query, unaccent=True))
            if approximate.count():
                found = approximate
                context["approximate"] = True
        page = Paginator(found, PER_PAGE).get_page(request.GET.get("page"))
        with_cards = {
            article.pk: article
            for article in ArticlePage.objects.filter(
                pk__in=[a.pk for a in page.object_list]
            ).with_card_data()
        }
        page.object_list = [
            (with_cards[a.pk], excerpt(search_text(with_cards[a.pk]), query))
            for a in page.object_list
            if a.pk in with_cards
        ]
        context["results"] = page
        context["facets"] = facets(found, category, tag)
        logged = Query.get(query)
        logged.add_hit()  # the query log: words and daily counts, nothing about the reader
        context["promotions"] = logged.editors_picks.select_related("page")
        if not page.paginator.count:
            UnansweredSearch.record(logged)
            context["latest"] = list(ArticlePage.objects.listing()[:4])
            context["all_categories"] = categories_for(request)
    return TemplateResponse(request, "search/search.html", context)


def search_text(article):
    return " ".join([article.standfirst, *article.body_texts()])


def facets(found, category, tag):
    """Result counts per category and per tag, for the filters beside the results."""
    try:
        category_counts = found.facet("categories")
        tag_counts = found.facet("tags")
    except Exception:  # a backend without facets: no filters, still results
        return None
    categories = Category.objects.filter(pk__in=[pk for pk in category_counts if pk])
    tags = Tag.objects.filter(pk__in=[pk for pk in tag_counts if pk])
    return {
        "categories": sorted(
            ((c, category_counts[c.pk]) for c in categories), key=lambda item: -item[1]
        ),
        "tags": sorted(((t, tag_counts[t.pk]) for t in tags), key=lambda item: -item[1])[:12],
    }
