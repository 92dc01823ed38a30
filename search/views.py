from django.template.response import TemplateResponse

from news.models import ArticlePage
from news.models.pages import paginate

MAX_QUERY_LENGTH = 200
MAX_TERMS = 20


def clean_query(raw):
    """A query safe for every backend: no control characters, bounded length and terms."""
    text = "".join(ch if ch.isprintable() else " " for ch in raw or "")
    terms = text[:MAX_QUERY_LENGTH].split()[:MAX_TERMS]
    return " ".join(terms)


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results = None
    if query:
        found = ArticlePage.objects.live().public().search(query, operator="and")
        results = paginate(request, found)
    return TemplateResponse(
        request, "search/search.html", {"search_query": query, "results": results}
    )
