from django.http import HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse

from news import scopes
from news.models import ArticlePage, Category
from news.models.taxonomy import tag_at
from news.pagination import paginate
from pagecache.cache import depends_on


def render_listing(request, template, articles, scope, **context):
    context["articles"] = paginate(request, articles)
    depends_on(scope)
    scopes.shows(context["articles"])
    return TemplateResponse(request, template, context)


def category_listing(request, slug):
    category = get_object_or_404(Category, slug=slug)
    return render_listing(
        request,
        "news/category_listing.html",
        ArticlePage.objects.listing().filter(categories=category),
        scopes.category(category.pk),
        category=category,
        current_category=category,
        listing_title=category.name,
        listing_description=category.description,
    )


def tag_listing(request, slug):
    tag, current = tag_at(slug)
    if not current:
        address = reverse("news:tag", args=[tag.slug])
        query = request.GET.urlencode()
        return HttpResponsePermanentRedirect(f"{address}?{query}" if query else address)
    return render_listing(
        request,
        "news/tag_listing.html",
        ArticlePage.objects.listing().filter(tags=tag),
        scopes.tag(tag.pk),
        tag=tag,
        listing_title=tag.name,
    )
