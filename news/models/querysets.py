"""What readers may see, and the article listings built on it."""

from django.db import models
from django.db.models import Count, F, IntegerField, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce, Length, Substr
from wagtail.models import PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from news.models.taxonomy import ArticleTag, Category
from operations.expiry import unexpired

# A shared tag says more than a shared category: the site has three categories, and
# hundreds of tags.
TAG_WEIGHT = 2
# Articles scored at most per kind of link (shared tags, same categories).
RELATED_CANDIDATES = 60


def _shared(model, owner_field, value_field, values):
    """How many of `values` the outer article shares, through the `model` link table."""
    if not values:
        return Value(0)
    return Coalesce(
        Subquery(
            model.objects.filter(**{owner_field: OuterRef("pk"), f"{value_field}__in": values})
            .order_by()
            .values(owner_field)
            .annotate(n=Count("pk"))
            .values("n")[:1],
            output_field=IntegerField(),
        ),
        0,
    )


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
        return self.select_related("hero_image").prefetch_related(
            "hero_image__renditions",
            Prefetch("categories", queryset=Category.objects.order_by("sort_order", "name")),
        )

    def offered_after(self, page):
        """The articles stored to read at the end of `page` (news.related) that readers may
        see, each row with its `offer_kind` and `offer_position`: one query, and one for the
        cards' renditions."""
        return (
            self.published()
            .filter(offered_in__article=page)
            .annotate(offer_kind=F("offered_in__kind"), offer_position=F("offered_in__position"))
            .select_related("hero_image")
            .prefetch_related("hero_image__renditions")
            .order_by("offer_kind", "offer_position")
        )

    def related_to(self, page, category_ids, tag_ids, limit):
        """(pk, score) of the articles best related to `page`, best first: a shared tag
        counts twice a shared category, then the newest. Only articles that can score are
        scored: those sharing the most tags and the latest of the same categories."""
        if not (category_ids or tag_ids):
            return []
        candidates = Q(pk__in=[])
        if tag_ids:
            candidates |= Q(
                pk__in=ArticleTag.objects.filter(tag_id__in=tag_ids)
                .values("content_object_id")
                .annotate(shared=Count("pk"))
                .order_by("-shared", "-content_object_id")
                .values("content_object_id")[:RELATED_CANDIDATES]
            )
        if category_ids:
            candidates |= Q(
                pk__in=self.published()
                .filter(categories__in=category_ids)
                .exclude(pk=page.pk)
                .order_by("-first_published_at")
                .values("pk")[:RELATED_CANDIDATES]
            )
        through = self.model.categories.through
        score = _shared(through, "articlepage_id", "category_id", category_ids) + (
            TAG_WEIGHT * _shared(ArticleTag, "content_object_id", "tag_id", tag_ids)
        )
        return list(
            self.published()
            .exclude(pk=page.pk)
            .filter(candidates)
            .annotate(score=score)
            .filter(score__gt=0)
            .order_by("-score", "-sort_date", "-pk")
            .values_list("pk", "score")[:limit]
        )

    def neighbours_of(self, page, category, limit):
        """The articles of `category` published just before and just after `page`, nearest
        first: two lists of pks, on the index of the reading date."""
        date = page.display_date
        if category is None or date is None:
            return [], []
        in_category = self.published().exclude(pk=page.pk).filter(categories=category)
        older = in_category.filter(Q(sort_date__lt=date) | Q(sort_date=date, pk__lt=page.pk))
        newer = in_category.filter(Q(sort_date__gt=date) | Q(sort_date=date, pk__gt=page.pk))
        return (
            list(older.order_by("-sort_date", "-pk").values_list("pk", flat=True)[:limit]),
            list(newer.order_by("sort_date", "pk").values_list("pk", flat=True)[:limit]),
        )


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)
