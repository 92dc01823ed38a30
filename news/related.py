"""Reading on: related articles and the previous/next article of the same category.

Everything comes from one query (the pinned articles, the best-scored related ones and the
two neighbours, ranked by the database) plus one for the cards' image renditions, however
many articles the site holds.
"""

from django.db.models import Case, Count, F, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce

from news.models.corrections import pinned_article_ids
from news.models.pages import ArticlePage
from news.models.taxonomy import ArticleTag

RELATED_COUNT = 3
# A shared tag says more than a shared category: the site has three categories, and
# hundreds of tags.
TAG_WEIGHT = 2
# Articles scored at most per kind of link (shared tags, same categories).
CANDIDATES = 60


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


def reading_on(page, categories, tags, count=RELATED_COUNT):
    """Related articles (pinned first), and the previous/next article of the first category."""
    result = {
        "related": [],
        "previous_article": None,
        "next_article": None,
        "neighbours_category": categories[0] if categories else None,
    }
    if page.pk is None:  # a preview of an article never saved
        return result

    pinned = pinned_article_ids(page)
    category_ids = [category.pk for category in categories]
    tag_ids = [tag.pk for tag in tags]
    visible = ArticlePage.objects.published().exclude(pk=page.pk)
    sort_date = Coalesce("publication_date", "first_published_at")

    annotations = {
        "sort_date": sort_date,
        "score": _shared(
            ArticlePage.categories.through, "articlepage_id", "category_id", category_ids
        )
        + TAG_WEIGHT * _shared(ArticleTag, "content_object_id", "tag_id", tag_ids),
    }
    wanted = Q(score__gt=0) | Q(pk__in=pinned)
    date = page.display_date
    if categories and date:
        in_category = (
            ArticlePage.objects.published()
            .exclude(pk=page.pk)
            .filter(categories=categories[0])
            .annotate(sort_date=sort_date)
        )
        older = (
            in_category.filter(Q(sort_date__lt=date) | Q(sort_date=date, pk__lt=page.pk))
            .order_by("-sort_date", "-pk")
            .values("pk")[:1]
        )
        newer = (
            in_category.filter(Q(sort_date__gt=date) | Q(sort_date=date, pk__gt=page.pk))
            .order_by("sort_date", "pk")
            .values("pk")[:1]
        )
        annotations["previous_id"] = Subquery(older, output_field=IntegerField())
        annotations["next_id"] = Subquery(newer, output_field=IntegerField())
        wanted |= Q(pk=F("previous_id")) | Q(pk=F("next_id"))
        is_neighbour = [When(pk=F("previous_id"), then=0), When(pk=F("next_id"), then=0)]
    else:
        is_neighbour = []
    if not (category_ids or tag_ids or pinned or "previous_id" in annotations):
        return result

    group = Case(
        *is_neighbour,
        *([When(pk__in=pinned, then=1)] if pinned else []),
        default=2,
        output_field=IntegerField(),
    )
    pin_order = Case(
        *(When(pk=pk, then=position) for position, pk in enumerate(pinned)),
        default=len(pinned),
        output_field=IntegerField(),
    )
    # Only articles that can score are scored: those sharing the most tags, the latest of
    # the same categories, the pinned ones and the neighbours (not every article on the site).
    candidates = Q(pk__in=pinned)
    if tag_ids:
        candidates |= Q(
            pk__in=ArticleTag.objects.filter(tag_id__in=tag_ids)
            .values("content_object_id")
            .annotate(shared=Count("pk"))
            .order_by("-shared", "-content_object_id")
            .values("content_object_id")[:CANDIDATES]
        )
    if category_ids:
        candidates |= Q(
            pk__in=ArticlePage.objects.published()
            .filter(categories__in=category_ids)
            .exclude(pk=page.pk)
            .order_by("-first_published_at")
            .values("pk")[:CANDIDATES]
        )
    if "previous_id" in annotations:
        candidates |= Q(pk=F("previous_id")) | Q(pk=F("next_id"))
    rows = list(
        visible.annotate(**annotations)
        .filter(candidates)
        .filter(wanted)
        .annotate(group=group, pin_order=pin_order)
        .order_by("group", "pin_order", "-score", "-sort_date", "-pk")
        .select_related("hero_image")
        .prefetch_related("hero_image__renditions")[: count + 2]
    )

    for article in rows:
        if "previous_id" in annotations and article.pk == article.previous_id:
            result["previous_article"] = article
        elif "previous_id" in annotations and article.pk == article.next_id:
            result["next_article"] = article
        elif len(result["related"]) < count:
            result["related"].append(article)
    return result
