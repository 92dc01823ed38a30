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
from django.db.models import Q

from news.models import ArticlePage, ArticleTag, Category
from news.models.corrections import pinned_article_ids
from news.models.pages import RELATED_COUNT
from news.models.querysets import RELATED_CANDIDATES, TAG_WEIGHT
from news.models.reading import ReadingOnLink

SPARE = 2
# Related rows kept per article: the shown ones, room for up to three pins and the two
# neighbours (never repeated among them), and the spares.
KEPT = RELATED_COUNT + 3 + 2 + SPARE


def store(archive, pks, everything=False):
    """Compute the lists of the articles `pks` from `archive` and store them in place of
    theirs (of every article's with `everything`); an article readers may not see keeps none."""
    pks = sorted(set(pks))
    with transaction.atomic():
        stale = ReadingOnLink.objects.all()
        if not everything:
            stale = stale.filter(article_id__in=pks)
        stale.delete()
        visible = [pk for pk in pks if pk in archive.date]
        for start in range(0, len(visible), 500):
            batch = ArticlePage.objects.filter(pk__in=visible[start : start + 500]).only(
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


def refresh(pks):
    """Recompute the stored lists of the articles `pks`."""
    if pks:
        store(Archive(), pks)


class Archive:
    """What every list is computed from, read in four queries, to compute thousands of lists
    in memory the way reading_on_ids() does one in the database (refresh_all)."""

    def __init__(self, hidden=()):
        kinds = ReadingOnLink.Kind
        self.kinds = kinds
        order = {pk: rank for rank, pk in enumerate(Category.objects.values_list("pk", flat=True))}
        self.date, self.first = {}, {}
        visible = ArticlePage.objects.published().exclude(pk__in=hidden)
        for pk, date, first_published in visible.values_list(
            "pk", "sort_date", "first_published_at"
        ):
            self.date[pk] = _date_key(date)
            self.first[pk] = first_published.timestamp() if first_published else float("-inf")
        self.categories = defaultdict(list)
        for pk, category in ArticlePage.categories.through.objects.filter(
            articlepage_id__in=visible.values("pk")
        ).values_list("articlepage_id", "category_id"):
            self.categories[pk].append(category)
        self.members = members = defaultdict(list)
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
    store(archive, pks, everything=True)
    return len(pks)


def touched_by(article, archive):
    """The articles whose lists `article` may enter or leave, itself included."""
    affected = {article.pk}
    # Those that offered it (pins are filtered when read, never recomputed).
    affected.update(
        ReadingOnLink.objects.filter(target=article)
        .exclude(kind=ReadingOnLink.Kind.PINNED)
        .values_list("article_id", flat=True)
    )
    if article.pk not in archive.date:
        return affected
    # Its neighbours by date in each of its categories (and their spares).
    key = (archive.date[article.pk], article.pk)
    for category in archive.categories[article.pk]:
        ranked = archive.by_date[category]
        at = bisect_left(ranked, key)
        affected.update(pk for _date, pk in ranked[max(0, at - SPARE) : at + 1 + SPARE])
    affected.update(_outranked(article.pk, archive))
    return affected


def _outranked(pk, archive):
    """Articles whose last stored related row `pk` now beats, or whose list is short."""
    own = set(archive.categories[pk])
    tags = archive.tags.get(pk, set())
    scores = Counter(chain.from_iterable(archive.members[c] for c in own))
    for tag in tags:
        for other in archive.tagged[tag]:
            scores[other] += TAG_WEIGHT
    scores.pop(pk, None)
    last = {
        owner: (score, _date_key(date), target)
        for owner, score, date, target in ReadingOnLink.objects.filter(
            kind=ReadingOnLink.Kind.RELATED, position=KEPT - 1
        ).values_list("article_id", "score", "target__sort_date", "target_id")
    }
    key = (archive.date[pk], pk)
    return {
        other
        for other, score in scores.items()
        if other in archive.date and (other not in last or (score, *key) > last[other])
    }


def _date_key(date):
    return (date is not None, date.timestamp() if date is not None else 0)


def changed(article):
    """Recompute what `article`'s change touches, in the change's transaction; returns the
    pks of the articles whose lists were recomputed."""
    # Wagtail unpublishes a page about to be deleted in memory only: trust the instance.
    archive = Archive(hidden=() if article.live else (article.pk,))
    affected = touched_by(article, archive)
    store(archive, affected)
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
    # Wagtail's unpublication before a deletion (in memory only) may have stored rows naming it.
    links = ReadingOnLink.objects.filter(Q(article_id=instance.pk) | Q(target_id=instance.pk))
    affected = set(getattr(instance, "_reading_on_offered_in", ()))
    affected.update(
        links.exclude(article_id=instance.pk)
        .exclude(kind=ReadingOnLink.Kind.PINNED)
        .values_list("article_id", flat=True)
    )
    links.delete()
    refresh(affected)
