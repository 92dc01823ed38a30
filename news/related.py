"""Reading on, stored: what each article offers at its end, recomputed when articles change.

An article's list (news.models.reading) is computed from its categories, tags and pins when
it is published, and again for the articles whose lists it enters or leaves: those that
offered it, its neighbours by date in each of its categories, and those it now outranks.
A reader's page then reads the stored rows in one query (ArticlePage.reading_on()).
"""

import heapq
from bisect import bisect_left
from collections import Counter, defaultdict
from itertools import chain, islice

from django.db import transaction
from django.db.models import Count

from news.models import ArticlePage, ArticleTag, Category
from news.models.corrections import pinned_article_ids
from news.models.pages import RELATED_COUNT
from news.models.querysets import RELATED_CANDIDATES, TAG_WEIGHT
from news.models.reading import ReadingOnLink

SPARE = 2
# Related rows kept per article: the shown ones, room for up to three pins and the two
# neighbours (never repeated among them), and the spares.
KEPT = RELATED_COUNT + 3 + 2 + SPARE


def store(articles):
    """Compute and store the lists of `articles` (ArticlePage rows, categories and tags
    prefetched or not); an article readers may not see keeps no list."""
    kinds = ReadingOnLink.Kind
    visible = set(
        ArticlePage.objects.published()
        .filter(pk__in=[article.pk for article in articles])
        .values_list("pk", flat=True)
    )
    rows = []
    for article in articles:
        if article.pk not in visible:
            continue
        category_ids = [category.pk for category in article.categories.all()]
        tag_ids = [tag.pk for tag in article.tags.all()]
        ids = article.reading_on_ids(category_ids, tag_ids, kept=KEPT, spare=SPARE)
        for kind in kinds.values:
            rows.extend(
                ReadingOnLink(
                    article_id=article.pk, target_id=pk, kind=kind, position=position, score=score
                )
                for position, (pk, score) in enumerate(ids[kind])
            )
    with transaction.atomic():
        ReadingOnLink.objects.filter(article__in=[article.pk for article in articles]).delete()
        ReadingOnLink.objects.bulk_create(rows, batch_size=500)


def refresh(pks):
    """Recompute the stored lists of the articles `pks`."""
    pks = sorted(set(pks))
    for start in range(0, len(pks), 200):
        articles = list(
            ArticlePage.objects.filter(pk__in=pks[start : start + 200])
            .order_by("pk")
            .prefetch_related("categories", "tags")
        )
        store(articles)


class Archive:
    """What every list is computed from, read in four queries, to compute thousands of lists
    in memory the way reading_on_ids() does one in the database (refresh_all)."""

    def __init__(self):
        kinds = ReadingOnLink.Kind
        self.kinds = kinds
        order = {pk: rank for rank, pk in enumerate(Category.objects.values_list("pk", flat=True))}
        self.date, self.first = {}, {}
        for pk, date, first_published in ArticlePage.objects.published().values_list(
            "pk", "sort_date", "first_published_at"
        ):
            self.date[pk] = _date_key(date)
            self.first[pk] = first_published.timestamp() if first_published else float("-inf")
        self.categories = defaultdict(list)
        for pk, category in ArticlePage.categories.through.objects.filter(
            articlepage_id__in=ArticlePage.objects.published().values("pk")
        ).values_list("articlepage_id", "category_id"):
            self.categories[pk].append(category)
        members = defaultdict(list)
        for pk, categories in self.categories.items():
            categories.sort(key=order.get)
            for category in categories:
                members[category].append(pk)
        self.by_date = {c: sorted((self.date[pk], pk) for pk in pks) for c, pks in members.items()}
        self.latest = {c: sorted(pks, key=self.newest_first) for c, pks in members.items()}
        self.tags, self.tagged = defaultdict(set), defaultdict(list)
        for pk, tag in ArticleTag.objects.values_list("content_object_id", "tag_id"):
            self.tags[pk].add(tag)
            self.tagged[tag].append(pk)

    def ids(self, pk, pinned):
        categories, tags = self.categories.get(pk, []), self.tags.get(pk, set())
        counts = Counter(chain.from_iterable(self.tagged[tag] for tag in tags))
        candidates = {
            owner
            for owner, _n in heapq.nlargest(
                RELATED_CANDIDATES, counts.items(), key=lambda item: (item[1], item[0])
            )
        }
        latest = heapq.merge(*(self.latest[c] for c in categories), key=self.newest_first)
        candidates.update(islice((other for other in latest if other != pk), RELATED_CANDIDATES))
        own = set(categories)
        scored = []
        for other in candidates:
            if other == pk or other not in self.date:
                continue
            score = len(own.intersection(self.categories.get(other, ()))) + TAG_WEIGHT * len(
                tags & self.tags.get(other, set())
            )
            if score > 0:
                scored.append((score, self.date[other], other))
        related = [(other, score) for score, _d, other in heapq.nlargest(KEPT, scored)]
        older = newer = []
        if categories and self.date[pk][0]:
            ranked = self.by_date[categories[0]]
            at = bisect_left(ranked, (self.date[pk], pk))
            older = [other for _d, other in reversed(ranked[max(0, at - SPARE) : at])]
            newer = [other for _d, other in ranked[at + 1 : at + 1 + SPARE]]
        return {
            self.kinds.PINNED: [(other, 0) for other in pinned],
            self.kinds.RELATED: related,
            self.kinds.PREVIOUS: [(other, 0) for other in older],
            self.kinds.NEXT: [(other, 0) for other in newer],
        }

    def newest_first(self, pk):
        return -self.first[pk]


def refresh_all(stdout=None):
    """Every article's list (a migration step, the demo, bulk imports). Also stores the
    reading date of articles written without save()."""
    stale = [
        article
        for article in ArticlePage.objects.only(
            "publication_date", "first_published_at", "sort_date"
        )
        if article.sort_date != article.display_date
    ]
    for article in stale:
        article.sort_date = article.display_date
    ArticlePage.objects.bulk_update(stale, ["sort_date"], batch_size=500)
    archive = Archive()
    pks = sorted(archive.date)
    with transaction.atomic():
        ReadingOnLink.objects.all().delete()
        for start in range(0, len(pks), 500):
            batch = ArticlePage.objects.filter(pk__in=pks[start : start + 500]).only(
                "related_articles"
            )
            rows = [
                ReadingOnLink(
                    article_id=article.pk, target_id=pk, kind=kind, position=position, score=score
                )
                for article in batch
                for kind, ids in archive.ids(article.pk, pinned_article_ids(article)).items()
                for position, (pk, score) in enumerate(ids)
            ]
            ReadingOnLink.objects.bulk_create(rows, batch_size=1000)
    return len(pks)


def touched_by(article):
    """The articles whose lists `article` may enter or leave, itself included."""
    kinds = ReadingOnLink.Kind
    affected = {article.pk}
    # Those that offered it (pins are filtered when read, never recomputed).
    affected.update(
        ReadingOnLink.objects.filter(target=article)
        .exclude(kind=kinds.PINNED)
        .values_list("article_id", flat=True)
    )
    if not ArticlePage.objects.published().filter(pk=article.pk).exists():
        return affected
    category_ids = list(article.categories.values_list("pk", flat=True))
    tag_ids = list(article.tags.values_list("pk", flat=True))
    # Its neighbours by date in each of its categories (and their spares).
    for category_id in category_ids:
        older, newer = ArticlePage.objects.neighbours_of(article, category_id, limit=SPARE)
        affected.update(older, newer)
    affected.update(_outranked(article, category_ids, tag_ids))
    return affected


def _outranked(article, category_ids, tag_ids):
    """Articles whose last stored related row `article` now beats (or whose list is short)."""
    scores = {}
    through = ArticlePage.categories.through
    for pk, shared in (
        through.objects.filter(category_id__in=category_ids)
        .values("articlepage_id")
        .annotate(n=Count("pk"))
        .values_list("articlepage_id", "n")
    ):
        scores[pk] = shared
    for pk, shared in (
        ArticleTag.objects.filter(tag_id__in=tag_ids)
        .values("content_object_id")
        .annotate(n=Count("pk"))
        .values_list("content_object_id", "n")
    ):
        scores[pk] = scores.get(pk, 0) + TAG_WEIGHT * shared
    scores.pop(article.pk, None)
    if not scores:
        return set()
    key = (_date_key(article.sort_date), article.pk)
    last = {}
    for owner, position, score, date, pk in (
        ReadingOnLink.objects.filter(kind=ReadingOnLink.Kind.RELATED, article_id__in=scores)
        .order_by("article_id", "position")
        .values_list("article_id", "position", "score", "target__sort_date", "target_id")
    ):
        last[owner] = (position, score, _date_key(date), pk)
    outranked = set()
    for owner, score in scores.items():
        stored = last.get(owner)
        if stored is None or stored[0] + 1 < KEPT:
            outranked.add(owner)  # a short list: any article sharing something may enter
            continue
        _position, last_score, last_date, last_pk = stored
        if (score, *key) > (last_score, last_date, last_pk):
            outranked.add(owner)
    return outranked


def _date_key(date):
    return (date is not None, date.timestamp() if date is not None else 0)


def changed(article):
    """Recompute what `article`'s change touches, in the change's transaction; returns the
    pks of the articles whose lists were recomputed."""
    affected = touched_by(ArticlePage.objects.get(pk=article.pk))
    refresh(affected)
    return affected


def on_change(sender, instance, **kwargs):
    """After a publication, an unpublication (an expiry too) or a move."""
    if issubclass(sender, ArticlePage):
        changed(instance)


def before_delete(sender, instance, **kwargs):
    """Those that offered an article about to be deleted, recomputed once it is gone."""
    instance._reading_on_offered_in = set(
        ReadingOnLink.objects.filter(target_id=instance.pk)
        .exclude(article_id=instance.pk)
        .exclude(kind=ReadingOnLink.Kind.PINNED)
        .values_list("article_id", flat=True)
    )


def after_delete(sender, instance, **kwargs):
    refresh(getattr(instance, "_reading_on_offered_in", ()))
