"""Listing pages: ?page=N read as a reader may type it."""

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.http import Http404
from django.utils.translation import gettext_lazy as _


def paginate(request, queryset, per_page=None):
    """Page of a listing: a bad page number gives page 1, one past the end a 404."""
    paginator = Paginator(queryset, per_page or settings.NEWS_ARTICLES_PER_PAGE)
    raw = request.GET.get("page", "1")
    try:
        number = int(raw)
    except (TypeError, ValueError):
        number = 1
    if number < 1:
        number = 1
    try:
        return paginator.page(number)
    except EmptyPage:
        if number == 1:
            return paginator.page(1)  # an empty listing still has a first page
        raise Http404(_("This page of the listing does not exist.")) from None
