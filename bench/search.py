"""Reader search benchmark: N generated French articles, the index build, the search timings.

    .venv/bin/python bench/search.py --articles 1000 --database sqlite|postgres \
        [--repeat 50] [--keep]

Never part of the test suite: timings vary with the machine. Each run:

1. creates a fresh database (a SQLite file in a temporary folder, or a PostgreSQL database
   `bench_search_<N>` dropped at the end unless --keep), sets DATABASE_URL before
   django.setup() with newsroom.settings.test, and migrates;
2. generates N articles with bench/articles.py and writes them in bulk: the treebeard paths,
   depth and url_path computed here, `wagtailcore_page` rows by bulk_create, then the
   `news_articlepage` rows (multi-table inheritance) by a raw INSERT, categories, tags and
   sources; then checks the tree (live count, numchild) and that one article renders;
3. builds the search index with `update_index` (timed) and measures what it added to the
   database (SQLite: dbstat per table; PostgreSQL: pg_total_relation_size per table);
4. times, for 2-word queries, 5-word queries and a quoted 2-word phrase drawn from the articles'
   own paragraphs, what the results page does for its search part:
   `list(ArticlePage.objects.live().public().search(q, operator="and")[:10])` plus `.count()`;
   then the whole view, `GET /recherche/?q=…` through Django's test client (facets, excerpts,
   template included), with 2-word queries;
5. prints one table (and, with --json FILE, appends the figures to FILE as one JSON line).

The search backend is whatever the settings choose (WAGTAILSEARCH_BACKENDS): the run prints its
class. Each timed series stops after --repeat queries or once --budget seconds are spent (at
least --min-runs queries), and a query is interrupted after --timeout seconds, so a run always
ends by itself even on a slow backend.
"""

import argparse
import contextlib
import io
import json
import math
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, Python puts bench/ first on the path, where this file would shadow the
# project's `search` app: the project root goes there instead.
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench")]

from bench.articles import CATEGORIES, ArticleWriter, content_words  # noqa: E402

QUERY_KINDS = ("2 words", "5 words", "phrase")
SAMPLED_ARTICLES = 400  # articles whose paragraphs the queries are drawn from
_deadline = {"at": None, "timeout_ms": None}


def log(message):
    print(
        f"[{time.strftime('%H:%M:%S', time.gmtime())} UTC] {message}", file=sys.stderr, flush=True
    )


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, required=True, help="number of articles (N)")
    parser.add_argument("--database", choices=["sqlite", "postgres"], required=True)
    parser.add_argument("--repeat", type=int, default=50, help="queries per series (default 50)")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="PostgreSQL: time the database an earlier --keep run left, after migrating it "
        "(new indexes); no writing, no index build",
    )
    parser.add_argument("--seed", type=int, default=2026, help="seed of the articles and queries")
    parser.add_argument(
        "--budget",
        type=float,
        default=120.0,
        help="seconds after which a series stops early (default 120)",
    )
    parser.add_argument(
        "--min-runs", type=int, default=3, help="queries a series runs whatever the budget"
    )
    parser.add_argument(
        "--timeout", type=float, default=60.0, help="seconds before a query is interrupted"
    )
    parser.add_argument("--batch", type=int, default=1000, help="articles written per batch")
    parser.add_argument(
        "--pg-url",
        default=os.environ.get("BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432"),
        help="PostgreSQL server, without a database name",
    )
    parser.add_argument("--json", type=Path, help="append the figures to this file (JSON lines)")
    args = parser.parse_args(argv)
    if args.articles < 1 or args.repeat < 1:
        parser.error("--articles and --repeat must be positive")
    if args.reuse and args.database != "postgres":
        parser.error("--reuse is for PostgreSQL")
    return args


# --- Database --------------------------------------------------------------------------------


def create_database(args, workdir):
    """The DATABASE_URL of a new, empty database."""
    if args.database == "sqlite":
        return f"sqlite:///{workdir / 'bench.sqlite3'}"
    import psycopg

    name = f"bench_search_{args.articles}"
    with psycopg.connect(f"{args.pg_url}/postgres", autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if args.reuse:
            if not exists:
                raise SystemExit(f"No database {name} to reuse: run with --keep first.")
            log(f"reusing the PostgreSQL database {name}")
            return f"{args.pg_url}/{name}"
        if exists:
            raise SystemExit(
                f"The database {name} already exists (a run with --keep?). "
                f"Drop it first: dropdb -h 127.0.0.1 -U postgres {name}"
            )
        admin.execute(f'CREATE DATABASE "{name}"')
    log(f"created the PostgreSQL database {name}")
    return f"{args.pg_url}/{name}"


def drop_database(args):
    import psycopg
    from django.db import connections

    with contextlib.suppress(Exception):  # Django never set up: no connection to close
        connections.close_all()
    name = f"bench_search_{args.articles}"
    with psycopg.connect(f"{args.pg_url}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    log(f"dropped the PostgreSQL database {name}")


def on_connection_created(sender, connection, **kwargs):
    """Every new connection can be interrupted: a slow query never holds the run hostage."""
    if connection.vendor == "sqlite":

        def interrupt():
            at = _deadline["at"]
            return 1 if at is not None and time.perf_counter() > at else 0

        connection.connection.set_progress_handler(interrupt, 100_000)
    elif connection.vendor == "postgresql" and _deadline["timeout_ms"]:
        with connection.cursor() as cursor:
            cursor.execute(f"SET statement_timeout = {int(_deadline['timeout_ms'])}")


def set_timeout(seconds):
    """Arm (or, with None, disarm) the per-query timeout on the current and future connections."""
    from django.db import connection

    _deadline["timeout_ms"] = None if seconds is None else int(seconds * 1000)
    if connection.vendor == "postgresql" and connection.connection is not None:
        with connection.cursor() as cursor:
            cursor.execute(f"SET statement_timeout = {_deadline['timeout_ms'] or 0}")


def table_sizes():
    """Bytes per table, indexes included."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT m.tbl_name, SUM(s.pgsize) FROM dbstat AS s "
                "JOIN sqlite_master AS m ON m.name = s.name GROUP BY m.tbl_name"
            )
        else:
            cursor.execute(
                "SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class AS c "
                "JOIN pg_namespace AS n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'm', 'p')"
            )
        return dict(cursor.fetchall())


def database_size(database_url):
    from django.db import connection

    if connection.vendor == "sqlite":
        return Path(database_url.removeprefix("sqlite:///")).stat().st_size
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(current_database())")
        return cursor.fetchone()[0]


def server_version():
    from django.db import connection

    if connection.vendor == "sqlite":
        import sqlite3

        return f"SQLite {sqlite3.sqlite_version}"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return f"PostgreSQL {cursor.fetchone()[0]}"


# --- Articles --------------------------------------------------------------------------------


def base36(number):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while number:
        number, rest = divmod(number, 36)
        text = digits[rest] + text
    return text or "0"


def build_site():
    """The categories and the news index under the home page that the migrations created."""
    from django.utils import timezone
    from wagtail.models import Site

    from news.models import Category, NewsIndexPage

    home = Site.objects.get(is_default_site=True).root_page.specific
    categories = {}
    for order, (slug, name, description) in enumerate(CATEGORIES):
        categories[slug] = Category.objects.create(
            slug=slug, name=name, description=description, sort_order=order
        )
    now = timezone.now()
    index = home.add_child(
        instance=NewsIndexPage(
            title="Actualités",
            slug="actualites",
            live=True,
            first_published_at=now,
            last_published_at=now,
        )
    )
    return index, categories


def insert_articles(index, count, writer, categories, batch_size, first=0):
    """Write `count` articles under `index` in bulk: no add_child, no signals, no revisions."""
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils.text import slugify
    from taggit.models import Tag
    from wagtail.models import Page

    from news.models import ArticlePage
    from news.models.pages import ArticleSource
    from news.models.taxonomy import ArticleTag

    # Numbered after the index's existing children (the demo's articles, say).
    last_child = (
        Page.objects.filter(path__startswith=index.path, depth=index.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    offset = int(last_child[-Page.steplen :], 36) if last_child else 0
    existing = Page.objects.filter(path__startswith=index.path, depth=index.depth + 1).count()
    if offset + count >= 36**Page.steplen:
        raise RuntimeError(f"A page has at most {36**Page.steplen - 1} children.")
    content_type = ContentType.objects.get_for_model(ArticlePage)
    fields = ArticlePage._meta.local_concrete_fields
    quote = connection.ops.quote_name
    insert_sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(ArticlePage._meta.db_table),
        ", ".join(quote(f.column) for f in fields),
        ", ".join(["%s"] * len(fields)),
    )
    categories_field = ArticlePage._meta.get_field("categories")
    through = categories_field.remote_field.through
    through_page = f"{categories_field.m2m_field_name()}_id"
    through_category = f"{categories_field.m2m_reverse_field_name()}_id"
    tags = {tag.name: tag for tag in Tag.objects.all()}
    words = 0

    for start in range(0, count, batch_size):
        numbers = range(first + start, first + min(count, start + batch_size))
        articles = [writer.article(number) for number in numbers]
        with transaction.atomic():
            pages = [
                Page(
                    title=article.title,
                    draft_title=article.title,
                    slug=article.slug,
                    content_type_id=content_type.pk,
                    locale_id=index.locale_id,
                    path=index.path + base36(offset + number - first + 1).rjust(Page.steplen, "0"),
                    depth=index.depth + 1,
                    numchild=0,
                    url_path=f"{index.url_path}{article.slug}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=article.published_at,
                    last_published_at=article.published_at,
                    latest_revision_created_at=article.published_at,
                    show_in_menus=False,
                )
                for number, article in zip(numbers, articles, strict=True)
            ]
            Page.objects.bulk_create(pages)

            rows = []
            for number, page, article in zip(numbers, pages, articles, strict=True):
                words += article.words
                values = {
                    "page_ptr_id": page.pk,
                    "standfirst": article.standfirst,
                    "body": article.body,
                    "ai_model": "Rédacteur de banc d’essai",
                    "ai_model_version": "1.0",
                    "generated_at": article.published_at - timedelta(hours=2),
                    "prompt_reference": f"bench-{number}",
                    "sort_date": article.published_at,
                    "reading_time": max(
                        1, math.ceil(article.words / settings.NEWS_READING_WORDS_PER_MINUTE)
                    ),
                }
                rows.append(
                    [
                        f.get_db_prep_save(
                            values[f.attname] if f.attname in values else f.get_default(),
                            connection,
                        )
                        for f in fields
                    ]
                )
            with connection.cursor() as cursor:
                cursor.executemany(insert_sql, rows)

            new_tags = {name for article in articles for name in article.tags if name not in tags}
            if new_tags:
                Tag.objects.bulk_create(Tag(name=name, slug=slugify(name)) for name in new_tags)
                tags = {tag.name: tag for tag in Tag.objects.all()}
            through.objects.bulk_create(
                through(**{through_page: page.pk, through_category: categories[slug].pk})
                for page, article in zip(pages, articles, strict=True)
                for slug in article.categories
            )
            ArticleTag.objects.bulk_create(
                ArticleTag(content_object_id=page.pk, tag_id=tags[name].pk)
                for page, article in zip(pages, articles, strict=True)
                for name in article.tags
            )
            ArticleSource.objects.bulk_create(
                ArticleSource(page_id=page.pk, name=name, url=url, sort_order=position)
                for page, article in zip(pages, articles, strict=True)
                for position, (name, url) in enumerate(article.sources)
            )
        if (start // batch_size) % 10 == 9:
            log(f"  {start + len(numbers):,} articles written")

    Page.objects.filter(pk=index.pk).update(numchild=existing + count)
    return words


def check_articles(index, count):
    """The bulk rows make a sound tree: every article live, counted, and one renders."""
    from django.test import Client
    from django.utils.html import escape

    from news.models import ArticlePage

    index.refresh_from_db()
    live = ArticlePage.objects.live().count()
    children = index.get_children().count()
    if not (live == children == index.numchild == count):
        raise RuntimeError(
            f"Tree check failed: {live} live articles, {children} children, "
            f"numchild {index.numchild}, expected {count}."
        )
    page = ArticlePage.objects.live().order_by("path")[count // 2]
    response = Client(HTTP_HOST="localhost").get(page.url)
    if response.status_code != 200 or escape(page.title).encode() not in response.content:
        raise RuntimeError(f"{page.url} answered {response.status_code}.")
    return page.url


# --- Queries ---------------------------------------------------------------------------------


def draw_queries(writer, count, repeat, seed):
    """`repeat` queries of each kind, from the paragraphs of articles that exist in the base."""
    import re

    rng = random.Random(f"queries-{seed}")
    numbers = rng.sample(range(count), min(count, SAMPLED_ARTICLES))
    paragraphs = [text for number in numbers for text in writer.article(number).paragraphs]
    clause_end = re.compile(r"[.!?;:,«»\u00a0]")
    queries = {kind: [] for kind in QUERY_KINDS}
    while any(len(found) < repeat for found in queries.values()):
        text = rng.choice(paragraphs)
        words = list(dict.fromkeys(content_words(text)))
        if len(queries["2 words"]) < repeat and len(words) >= 2:
            queries["2 words"].append(" ".join(rng.sample(words, 2)))
        if len(queries["5 words"]) < repeat and len(words) >= 5:
            queries["5 words"].append(" ".join(rng.sample(words, 5)))
        if len(queries["phrase"]) < repeat:
            pairs = []
            for clause in clause_end.split(text):
                tokens = clause.replace("’", " ").replace("'", " ").lower().split()
                for first, second in zip(tokens, tokens[1:], strict=False):
                    if content_words(first) == [first] and content_words(second) == [second]:
                        pairs.append(f'"{first} {second}"')
            if pairs:
                queries["phrase"].append(rng.choice(pairs))
    return queries


@dataclass
class Series:
    timings: list = field(default_factory=list)  # ms
    hits: list = field(default_factory=list)
    timeouts: int = 0
    errors: list = field(default_factory=list)

    @property
    def runs(self):
        return len(self.timings)

    def median(self):
        return statistics.median(self.timings) if self.timings else None

    def p95(self):
        if not self.timings:
            return None
        ordered = sorted(self.timings)
        return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]

    def summary(self):
        return {
            "runs": self.runs,
            "median_ms": self.median(),
            "p95_ms": self.p95(),
            "timeouts": self.timeouts,
            "median_hits": statistics.median(self.hits) if self.hits else None,
            "errors": self.errors[:3],
        }


def run_series(name, measure, queries, args):
    """Time `measure(query)` over the queries, within the budget; the first is a warm-up."""
    from django.db import DatabaseError

    series = Series()
    warm_up, *queries = queries or [""]
    started = time.perf_counter()
    for position, query in enumerate([warm_up, *queries]):
        if position > args.min_runs and time.perf_counter() - started > args.budget:
            log(f"  {name}: budget of {args.budget:.0f} s spent after {series.runs} queries")
            break
        _deadline["at"] = time.perf_counter() + args.timeout
        start = time.perf_counter()
        try:
            hits = measure(query)
        except DatabaseError as error:
            elapsed = (time.perf_counter() - start) * 1000
            text = str(error).strip().splitlines()[0] if str(error).strip() else repr(error)
            if position == 0:
                continue  # warm-up: not counted
            if "interrupt" in text or "timeout" in text or "cancel" in text:
                series.timeouts += 1
                series.timings.append(elapsed)  # a lower bound: the query was cut short
            else:
                series.errors.append(f"{query}: {text}")
            continue
        finally:
            _deadline["at"] = None
        elapsed = (time.perf_counter() - start) * 1000
        if position == 0:
            continue  # warm-up: not counted
        series.timings.append(elapsed)
        if hits is not None:
            series.hits.append(hits)
    median = series.median()
    log(
        f"  {name}: {series.runs} queries, median {median:.1f} ms, p95 {series.p95():.1f} ms"
        if median is not None
        else f"  {name}: no successful query ({series.errors[:1]})"
    )
    return series


def measure_search(query):
    from news.models import ArticlePage

    results = ArticlePage.objects.live().public().search(query, operator="and")
    list(results[:10])
    return results.count()


def measure_view(client):
    def measure(query):
        response = client.get("/recherche/", {"q": query})
        if response.status_code != 200:
            raise RuntimeError(f"/recherche/?q={query} answered {response.status_code}")

    return measure


# --- Report ----------------------------------------------------------------------------------


def milliseconds(series, key):
    value = series[key]
    if value is None:
        return "n/a"
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def cell(series):
    text = f"{milliseconds(series, 'median_ms')} / {milliseconds(series, 'p95_ms')}"
    if series["runs"] < 20:
        text += f" (n={series['runs']})"
    if series["timeouts"]:
        text += f" ({series['timeouts']} timeouts)"
    return text


def table(result):
    columns = [
        "backend",
        "N",
        "build s",
        "index MB",
        *(f"{kind} med / p95 ms" for kind in QUERY_KINDS),
        "view med / p95 ms",
    ]
    row = [
        f"{result['vendor']} · {result['backend'].rsplit('.', 1)[-1]}",
        f"{result['articles']:,}",
        "reused" if result["index_build_s"] is None else f"{result['index_build_s']:.1f}",
        f"{result['index_bytes'] / 1e6:.1f}",
        *(cell(result["search"][kind]) for kind in QUERY_KINDS),
        cell(result["view"]),
    ]
    return "\n".join(
        [
            "| " + " | ".join(columns) + " |",
            "|" + "|".join("---" for _ in columns) + "|",
            "| " + " | ".join(row) + " |",
        ]
    )


# --- Main ------------------------------------------------------------------------------------


def main(argv=None):
    args = parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="newsroom-bench-search-"))
    run_started = time.perf_counter()
    database_url = None
    try:
        database_url = create_database(args, workdir)
        os.environ["DJANGO_SETTINGS_MODULE"] = "newsroom.settings.test"
        os.environ["DATABASE_URL"] = database_url
        os.environ["DB_CONN_MAX_AGE"] = "600"  # persistent, as in production
        os.environ["MEDIA_ROOT"] = str(workdir / "media")
        tempfile.tempdir = str(workdir)  # the test settings' own media folder lands here too
        warnings.filterwarnings("ignore", message="No directory at")

        import django

        django.setup()
        from django.conf import settings
        from django.core.management import call_command
        from django.db import connection
        from django.db.backends.signals import connection_created
        from django.test import Client

        settings.MEDIA_ROOT = workdir / "media"
        connection_created.connect(on_connection_created)

        started = time.perf_counter()
        call_command("migrate", verbosity=0, interactive=False)
        migrate_s = time.perf_counter() - started
        log(f"migrated in {migrate_s:.1f} s ({server_version()})")

        writer = ArticleWriter(seed=args.seed, start=datetime(2026, 1, 1, tzinfo=UTC))
        if args.reuse:
            from news.models import NewsIndexPage

            index, words, generate_s = NewsIndexPage.objects.get(), None, None
        else:
            index, categories = build_site()
            started = time.perf_counter()
            words = insert_articles(index, args.articles, writer, categories, args.batch)
            generate_s = time.perf_counter() - started
            log(
                f"generated and wrote {args.articles:,} articles ({words / args.articles:.0f} "
                f"words on average) in {generate_s:.1f} s"
            )
        checked_url = check_articles(index, args.articles)
        log(f"tree checked; {checked_url} renders")

        from wagtail.search.backends import get_search_backend

        backend = get_search_backend()
        backend_name = f"{type(backend).__module__}.{type(backend).__qualname__}"
        log(f"search backend: {backend_name}")

        sizes_before = {} if args.reuse else table_sizes()
        file_before = database_size(database_url)
        started = time.perf_counter()
        if not args.reuse:
            call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
        build_s = None if args.reuse else time.perf_counter() - started
        sizes_after = table_sizes()
        if args.reuse:  # the index as it stands: its tables
            sizes_after = {name: size for name, size in sizes_after.items() if "indexentry" in name}
        file_after = database_size(database_url)
        grown = {
            name: sizes_after[name] - sizes_before.get(name, 0)
            for name in sizes_after
            if sizes_after[name] > sizes_before.get(name, 0)
        }
        index_bytes = sum(grown.values())
        log(
            f"index {'reused' if args.reuse else f'built in {build_s:.1f} s'}: "
            f"{index_bytes / 1e6:.1f} MB in "
            + ", ".join(f"{name} ({size / 1e6:.1f} MB)" for name, size in sorted(grown.items()))
        )
        if connection.vendor == "postgresql":
            started = time.perf_counter()
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")  # what autovacuum does soon after a load
            log(f"VACUUM ANALYZE in {time.perf_counter() - started:.1f} s (not in build time)")

        queries = draw_queries(writer, args.articles, args.repeat + 1, args.seed)
        load_before = os.getloadavg()
        log(f"load average before timing: {load_before[0]:.2f} (on {os.cpu_count()} CPUs)")
        set_timeout(args.timeout)
        search = {}
        for kind in QUERY_KINDS:
            search[kind] = run_series(kind, measure_search, queries[kind], args).summary()
        client = Client(HTTP_HOST="localhost")
        view = run_series("view", measure_view(client), queries["2 words"], args).summary()
        set_timeout(None)
        load_after = os.getloadavg()

        result = {
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "vendor": connection.vendor,
            "server": server_version(),
            "backend": backend_name,
            "articles": args.articles,
            "words_per_article": round(words / args.articles) if words else None,
            "seed": args.seed,
            "repeat": args.repeat,
            "budget_s": args.budget,
            "timeout_s": args.timeout,
            "migrate_s": round(migrate_s, 1),
            "generate_s": round(generate_s, 1) if generate_s else None,
            "index_build_s": round(build_s, 2) if build_s else None,
            "reused_database": args.reuse,
            "index_bytes": index_bytes,
            "index_tables": grown,
            "database_bytes_before_index": file_before,
            "database_bytes_after_index": file_after,
            "search": search,
            "view": view,
            "example_queries": {kind: found[1:4] for kind, found in queries.items()},
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "load_average_before_after": [round(load_before[0], 2), round(load_after[0], 2)],
            "run_s": None,
        }
        result["run_s"] = round(time.perf_counter() - run_started, 1)
        print()
        print(table(result))
        print()
        print(
            "median hits: "
            + ", ".join(f"{kind} {search[kind]['median_hits']}" for kind in QUERY_KINDS)
            + f"; backend {backend_name}; {result['server']}; run {result['run_s']:.0f} s; "
            + f"load average {load_before[0]:.2f} → {load_after[0]:.2f}"
        )
        for kind, summary in [*search.items(), ("view", view)]:
            if summary["errors"]:
                print(f"errors ({kind}): {summary['errors']}")
        if args.json:
            with args.json.open("a", encoding="utf-8") as output:
                output.write(json.dumps(result, ensure_ascii=False) + "\n")
        return result
    finally:
        if args.database == "postgres" and database_url and not (args.keep or args.reuse):
            drop_database(args)
        if args.keep or args.reuse:
            kept = database_url if args.database == "postgres" else workdir
            log(f"kept: {kept}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
