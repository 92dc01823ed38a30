"""What readers may see, and the article listings built on it."""

from django.db import models
from django.db.models import Prefetch
from django.db.models.functions import Coalesce, Length, Substr
from wagtail.models import PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from news.models.images import CreditedImage
from news.models.taxonomy import Category
from operations.expiry import unexpired


def visible_to_readers():
    """What readers may see, for any page queryset: live, not past its expiry date, and under
    no view restriction (on the page or on any ancestor: one path is a prefix of the other,
    the same test as Wagtail's public(), inside the query)."""
    return models.Q(
        models.Q(live=True),
        unexpired(),
        ~models.Exists(
            PageViewRestriction.objects.filter(
                page__path=Substr(models.OuterRef("path"), 1, Length("page__path"))
            )
        ),
    )


class ArticlePageQuerySet(PageQuerySet):
    def published(self):
        """What readers may see: live, public, and not past its expiry date."""
        return self.filter(visible_to_readers())

    def listing(self, within=None):
        """Live, public articles, newest first, with what a card shows, in constant queries."""
        queryset = self.published()
        if within is not None:
            queryset = queryset.descendant_of(within)
        return queryset.with_card_data().order_by("-sort_date", "-pk")

    def with_card_data(self):
        return self.annotate(
            sort_date=Coalesce("publication_date", "first_published_at")
        ).prefetch_related(
            Prefetch("hero_image", queryset=CreditedImage.objects.prefetch_renditions()),
            Prefetch("categories", queryset=Category.objects.order_by("sort_order", "name")),
        )


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)
