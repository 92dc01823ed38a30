from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from taggit.models import Tag

from news.models import ArticlePage, Category
from news.models.pages import paginate


def render_listing(request, template, articles, **context):
    context["articles"] = paginate(request, articles)
    return TemplateResponse(request, template, context)


def category_listing(request, slug):
    category = get_object_or_404(Category, slug=slug)
    return render_listing(
        request,
        "news/category_listing.html",
        ArticlePage.objects.listing().filter(categories=category),
        category=category,
        current_category=category,
        listing_title=category.name,
        listing_description=category.description,
    )


def tag_listing(request, slug):
    if "\x00" in slug:
        raise Http404(_("No such tag."))
    tag = get_object_or_404(Tag, slug=slug)
    return render_listing(
        request,
        "news/tag_listing.html",
        ArticlePage.objects.listing().filter(tags=tag),
        tag=tag,
        listing_title=tag.name,
    )
