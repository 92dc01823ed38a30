"""The uncached article page as the archive grows: stored reading-on against the former query.

    .venv/bin/python bench/reading_on.py [--sizes 1000,10000] [--database-url URL]

Never part of the test suite. It builds its own database (SQLite in a temporary folder, or the
empty PostgreSQL database named by --database-url), loads the demo content (33
articles), then for each size: times the seed article in-process (Django's test client, page
cache off, REPEAT requests, median) twice in the same process, « before » with related
articles and previous/next computed per request by the former query (kept below, as it was),
« after » read from the stored rows; then prints each of the article page's queries with its
plan (EXPLAIN QUERY PLAN on SQLite, EXPLAIN ANALYZE on PostgreSQL) at the largest size, and
what storing costs: the whole archive (refresh_reading_on) and one publication.
"""

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPEAT = int(os.environ.get("BENCH_REPEAT", "30"))
SEED = "meninges-et-millions-lia-fait-son-marche-gris"


def parse_args(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000", help="total articles, comma-separated")
    parser.add_argument("--database-url", default="", help="PostgreSQL; SQLite if empty")
    parser.add_argument("--plans", action="store_true", help="print every query's plan")
    return parser.parse_args(argv)


def former_reading_on(page, categories, tags, count=3):
    """The per-request query this replaced (news/related.py before the stored rows)."""
    from django.db.models import Case, Count, F, IntegerField, Q, Subquery, When
    from django.db.models.functions import Coalesce

    from news.models import ArticlePage, ArticleTag
    from news.models.corrections import pinned_article_ids
    from news.models.querysets import _shared

    result = {
        "related": [],
        "previous_article": None,
        "next_article": None,
        "neighbours_category": categories[0] if categories else None,
    }
    pinned = pinned_article_ids(page)
    category_ids = [category.pk for category in categories]
    tag_ids = [tag.pk for tag in tags]
    visible = ArticlePage.objects.published().exclude(pk=page.pk)
    reading_date = Coalesce("publication_date", "first_published_at")
    annotations = {
        "reading_date": reading_date,
        "score": _shared(
            ArticlePage.categories.through, "articlepage_id", "category_id", category_ids
        )
        + 2 * _shared(ArticleTag, "content_object_id", "tag_id", tag_ids),
    }
    wanted = Q(score__gt=0) | Q(pk__in=pinned)
    date = page.display_date
    in_category = (
        ArticlePage.objects.published()
        .exclude(pk=page.pk)
        .filter(categories=categories[0])
        .annotate(reading_date=reading_date)
    )
    older = (
        in_category.filter(Q(reading_date__lt=date) | Q(reading_date=date, pk__lt=page.pk))
        .order_by("-reading_date", "-pk")
        .values("pk")[:1]
    )
    newer = (
        in_category.filter(Q(reading_date__gt=date) | Q(reading_date=date, pk__gt=page.pk))
        .order_by("reading_date", "pk")
        .values("pk")[:1]
    )
    annotations["previous_id"] = Subquery(older, output_field=IntegerField())
    annotations["next_id"] = Subquery(newer, output_field=IntegerField())
    wanted |= Q(pk=F("previous_id")) | Q(pk=F("next_id"))
    is_neighbour = [When(pk=F("previous_id"), then=0), When(pk=F("next_id"), then=0)]
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
    candidates = Q(pk__in=pinned)
    candidates |= Q(
        pk__in=ArticleTag.objects.filter(tag_id__in=tag_ids)
        .values("content_object_id")
        .annotate(shared=Count("pk"))
        .order_by("-shared", "-content_object_id")
        .values("content_object_id")[:60]
    )
    candidates |= Q(
        pk__in=ArticlePage.objects.published()
        .filter(categories__in=category_ids)
        .exclude(pk=page.pk)
        .order_by("-first_published_at")
        .values("pk")[:60]
    )
    candidates |= Q(pk=F("previous_id")) | Q(pk=F("next_id"))
    rows = list(
        visible.annotate(**annotations)
        .filter(candidates)
        .filter(wanted)
        .annotate(group=group, pin_order=pin_order)
        .order_by("group", "pin_order", "-score", "-reading_date", "-pk")
        .select_related("hero_image")
        .prefetch_related("hero_image__renditions")[: count + 2]
    )
    for article in rows:
        if article.pk == article.previous_id:
            result["previous_article"] = article
        elif article.pk == article.next_id:
            result["next_article"] = article
        elif len(result["related"]) < count:
            result["related"].append(article)
    return result


def timed(client, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(path)  # renditions made once
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    captured = list(queries.captured_queries)
    timings = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        client.get(path)
        timings.append((time.perf_counter() - started) * 1000)
    return captured, statistics.median(timings), response.content


def measure(client, seed):
    """(queries, median ms) of the seed article, before and after, and that both agree."""
    from news.models import ArticlePage

    stored = ArticlePage.reading_on
    after_queries, after_ms, after_html = timed(client, seed.url)

    def per_request(self, categories, count=3):
        return former_reading_on(self, categories, list(self.tags.all()), count)

    ArticlePage.reading_on = per_request
    try:
        before_queries, before_ms, before_html = timed(client, seed.url)
    finally:
        ArticlePage.reading_on = stored
    return {
        "before": (len(before_queries), before_ms),
        "after": (len(after_queries), after_ms),
        "same_page": _reading_on_part(before_html) == _reading_on_part(after_html),
        "queries": after_queries,
    }


def _reading_on_part(html):
    text = html.decode()
    start = text.find('class="article-nav"')
    return text[start : text.find("</section>", start)] if start >= 0 else ""


def explain(queries):
    from django.db import connection

    postgres = connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        for number, query in enumerate(queries, 1):
            sql = query["sql"]
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            cursor.execute(("EXPLAIN ANALYZE " if postgres else "EXPLAIN QUERY PLAN ") + sql)
            rows = cursor.fetchall()
            print(f"\n-- query {number} ({query['time']} s): {sql[:160]}…")
            for row in rows:
                print("   ", row[0] if postgres else row[-1])


def main(argv=None):
    args = parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    workdir = Path(tempfile.mkdtemp(prefix="newsroom-bench-reading-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.test")
    os.environ["DATABASE_URL"] = args.database_url or f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ["DB_CONN_MAX_AGE"] = "600"
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

    import warnings

    import django

    warnings.filterwarnings("ignore", message="No directory at")
    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    from bench.articles import CATEGORIES, ArticleWriter
    from bench.search import insert_articles
    from bench.serve import log
    from news import related
    from news.models import ArticlePage, Category, NewsIndexPage

    settings.MEDIA_ROOT = workdir / "media"
    setup_test_environment()
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", stdout=io.StringIO())
    index = NewsIndexPage.objects.get()
    for order, (slug, name, description) in enumerate(CATEGORIES):
        Category.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description, "sort_order": order}
        )
    categories = {category.slug: category for category in Category.objects.all()}
    seed = ArticlePage.objects.get(slug=SEED)
    client = Client(HTTP_HOST="localhost")
    writer = ArticleWriter()
    results = {}
    written = ArticlePage.objects.count()
    results[written] = measure(client, seed)
    for size in sizes:
        started = time.perf_counter()
        insert_articles(index, size - written, writer, categories, 1000, first=written)
        inserted = time.perf_counter() - started
        started = time.perf_counter()
        related.refresh_all()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # the planner's statistics, as autovacuum keeps them
        log(
            f"{size:,} articles: written in {inserted:.0f} s, every list stored in "
            f"{time.perf_counter() - started:.0f} s"
        )
        written = size
        results[size] = measure(client, seed)
    # One publication at the largest size: what it recomputes.
    started = time.perf_counter()
    touched = related.changed(seed)
    publish_ms = (time.perf_counter() - started) * 1000

    print(
        f"\n{'articles':>9}  {'before: queries':>15} {'median ms':>10}  {'after: queries':>14}"
        f" {'median ms':>10}  same reading-on"
    )
    for size, result in results.items():
        (bq, bms), (aq, ams) = result["before"], result["after"]
        print(f"{size:>9,}  {bq:>15} {bms:>10.1f}  {aq:>14} {ams:>10.1f}  {result['same_page']}")
    print(
        f"\nRecomputing after one change of the seed article at {written:,}: "
        f"{len(touched)} articles, {publish_ms:.0f} ms"
    )
    if args.plans:
        explain(results[written]["queries"])


if __name__ == "__main__":
    main()
