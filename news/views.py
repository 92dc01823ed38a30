from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from taggit.models import Tag

from news.models import ArticlePage, Category
from news.models.pages import paginate


def category_listing(request, slug):
    category = get_object_or_404(Category, slug=slug)
    articles = ArticlePage.objects.listing().filter(categories=category)
    return TemplateResponse(
        request,
        "news/category_listing.html",
        {
            "category": category,
            "current_category": category,
            "listing_title": category.name,
            "listing_description": category.description,
            "articles": paginate(request, articles),
        },
    )


def tag_listing(request, slug):
    if "\x00" in slug:
        raise Http404(_("No such tag."))
    tag = get_object_or_404(Tag, slug=slug)
    articles = ArticlePage.objects.listing().filter(tags=tag)
    return TemplateResponse(
        request,
        "news/tag_listing.html",
        {
            "tag": tag,
            "listing_title": tag.name,
            "articles": paginate(request, articles),
        },
    )
