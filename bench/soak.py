"""Soak run (`make soak`): the production stack under steady mixed load for some minutes.

Gunicorn on the production settings, PostgreSQL (a database of its own) and Redis (a key prefix
of its own), the demo content plus generated articles. For --minutes at once: anonymous reads at
a fixed rate, readers commenting (some spam, one flooding), editors saving drafts in the admin.
Every 5 s: workers' RSS, database connections, load average. Then figures, checks, exit status.
docs/benchmarks.md, "Soak", says what each part does and why.
"""

import argparse
import itertools
import math
import os
import re
import signal
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench")]

from bench.serve import Gunicorn, cleanup, load_site, log, site_env, worker_rss  # noqa: E402
from bench.soak_traffic import (  # noqa: E402
    EDITORS,
    SEARCHES,
    STORED_AS,
    WANTED,
    Client,
    Stats,
    commenter,
    editor,
    log_in,
    reader,
    sampler,
)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add = parser.add_argument
    add("--minutes", type=float, default=5)
    add("--workers", type=int, default=3)
    add("--rate", type=float, default=10, help="anonymous reads per second")
    add("--connections", type=int, default=8, help="reads in flight at most")
    add("--commenters", type=int, default=4)
    add("--editors", type=int, default=2, choices=range(1, len(EDITORS) + 1))
    add("--articles", type=int, default=1000, help="generated articles")
    add("--page-cache", type=int, default=600, help="PAGE_CACHE_SECONDS")
    add("--conn-max-age", type=int, default=60, help="DB_CONN_MAX_AGE, production's default")
    add("--rss-growth", type=float, default=5, help="largest worker's, %%, first to last third")
    add("--database", default="bench_soak")
    add("--drop-existing", action="store_true")
    add("--keep", action="store_true", help="keep the database")
    add("--pg-url", default=os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432"))
    add("--redis", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0"))
    return parser.parse_args(argv)


def prepare(args):
    """Content; reader URLs, articles open to comments, the editors' draft forms."""
    index, categories = load_site()
    from django.core.management import call_command
    from django.db import connections
    from django.utils import timezone
    from taggit.models import Tag

    from bench.articles import ArticleWriter
    from bench.search import insert_articles
    from comments import service
    from news.models import ArticlePage, Category
    from tests.support.editorial import article_form

    writer = ArticleWriter(seed=2026, start=timezone.now())
    insert_articles(index, args.articles, writer, categories, 1000)
    call_command("update_index", verbosity=0)
    articles = list(ArticlePage.objects.live().order_by("-first_published_at", "pk"))
    tags = [f"/tag/{t.slug}/" for t in Tag.objects.filter(articlepage__isnull=False).distinct()]
    category_urls = [category.url for category in Category.objects.all()]
    urls = {
        "article": [article.url for article in articles[:150]],
        "listing": ["/actualites/", *category_urls, *tags[:30]],
        "home": ["/"],
        "feed": ["/flux/rss/", "/flux/atom/"] + [f"{u}flux/rss/" for u in category_urls + tags[:5]],
        "search": ["/recherche/?" + urlencode({"q": q}) for q in SEARCHES],
        "other": ["/sitemap.xml", "/robots.txt", "/llms.txt", f"{articles[1].url[:-1]}.md"],
    }
    open_articles = [(a.pk, a.url) for a in articles[:300] if service.comments_open(a)][:50]
    # The oldest articles (closed to comments, rarely read); the editorial tests' form data.
    drafts = {}
    for page in articles[-3 * args.editors :]:
        fields = {"title": page.title, "slug": page.slug, "comments_open": "on"}
        drafts[page.pk] = article_form(page.hero_image, page.categories.all(), **fields)
    connections.close_all()  # during the run, the workers' connections are the only ones
    log(f"{len(articles)} live articles, {len(open_articles)} of them taken for comments")
    return urls, open_articles, drafts


def warm_up(server, urls, drafts, workers):
    """Every page into the page cache, and each worker through every view, before sampling."""
    port, master = server.port, server.process.pid
    started, stats, client = time.perf_counter(), Stats(), Client(port)
    paths = [path for kind in urls.values() for path in kind] * 2
    paths += [f"/commentaires/{pk}/cles/" for pk in drafts] * workers
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(lambda path: Client(port).request("GET", path), paths))
    mb = " ".join(f"{size:.0f}" for size in worker_rss(master).values())
    log_in(stats, client, EDITORS[0])
    for _ in range(workers * 3):
        client.request("GET", "/admin/")
        client.request("GET", f"/admin/pages/{next(iter(drafts))}/edit/")
    after = " ".join(f"{size:.0f}" for size in worker_rss(master).values())
    log(f"warm-up: {time.perf_counter() - started:.0f} s; worker RSS {mb} MB, {after} MB admin")


def run(args, env):
    urls, open_articles, drafts = prepare(args)
    stats, stop, samples, ledger, saves = Stats(), threading.Event(), [], [], []
    server = Gunicorn(env, args.workers, args.page_cache)
    try:
        with server:
            warm_up(server, urls, drafts, args.workers)
            from django.utils import timezone

            started_at, stats.started = timezone.now(), time.perf_counter()
            numbers = itertools.count()
            port, users = server.port, EDITORS[: args.editors]
            targets = [(reader, port, urls, args, stats, stop)]
            targets.append((sampler, server.process.pid, args, stop, samples))
            commenting = (port, open_articles, stats, stop, ledger, numbers)
            targets += [(commenter, *commenting)] * args.commenters
            targets.append((commenter, *commenting, "192.0.2.77"))  # the flooding reader
            for i, username in enumerate(users):
                own = {pk: drafts[pk] for pk in list(drafts)[i :: len(users)]}
                targets.append((editor, port, username, own, stats, stop, saves))
            threads = [threading.Thread(target=t[0], args=t[1:], daemon=True) for t in targets]
            for thread in threads:
                thread.start()
            log(f"soak started: {args.minutes:g} min, {len(threads)} client threads")
            stop.wait(args.minutes * 60)
            stop.set()
            duration = time.perf_counter() - stats.started
            for thread in threads:
                thread.join(90)
    finally:
        stop.set()
        if server.process and server.process.poll() is None:
            server.process.kill()  # SIGTERM was not enough: its workers go too
            for pid in {pid for sample in samples for pid in sample["rss"]}:
                try:
                    if b"gunicorn" in Path(f"/proc/{pid}/cmdline").read_bytes():
                        os.kill(pid, signal.SIGKILL)
                except (FileNotFoundError, ProcessLookupError):
                    pass
    return report(args, stats, samples, ledger, saves, drafts, started_at, duration)


def check_comments(ledger, started_at):
    """Each stored answer (303) is one comment with an allowed status; a refusal is none."""
    from django.conf import settings

    from comments.models import Comment

    stored = defaultdict(list)
    rows = Comment.objects.filter(created_at__gte=started_at)
    for email, status in rows.values_list("author_email", "status"):
        stored[email].append(status)
    outcomes, problems = Counter(), []
    for entry in ledger:
        found = stored.pop(entry["email"], [])
        outcomes[(entry["kind"], entry["status"], ",".join(found) or "-")] += 1
        if entry["status"] == 303:
            right = len(found) == 1 and found[0] in STORED_AS[entry["kind"]]
        else:
            right = not found
        if not right or entry["status"] not in WANTED.get(entry["kind"], {303}):
            problems.append(f"{entry['kind']} {entry['email']}: {entry['status']}, {found}")
    if stored:
        problems.append(f"{len(stored)} stored comments that nobody posted")
    limit, window = settings.COMMENTS_RATE_LIMIT
    windows = math.ceil((time.time() - started_at.timestamp()) / window) + 1
    if sum(n for key, n in outcomes.items() if key[:2] == ("flood", 303)) > limit * windows:
        problems.append("the flooding address got past the rate limit")
    return outcomes, problems


def check_drafts(saves, drafts, started_at):
    """Each draft save answered 302 is exactly one revision, with its text."""
    from wagtail.models import Revision

    ids = [str(pk) for pk in drafts]
    revisions = Revision.page_revisions.filter(object_id__in=ids, created_at__gte=started_at)
    markers = Counter(revision.content.get("standfirst") for revision in revisions)
    saved = [save["marker"] for save in saves if save["status"] == 302]
    problems = [f"{m}: {markers[m]} revisions" for m in saved if markers[m] != 1]
    if markers.total() != len(saved):
        problems.append(f"{markers.total()} revisions for {len(saved)} saves")
    return len(saved), markers.total(), problems


def percentile(values, p):
    values = sorted(values)
    return values[max(0, math.ceil(p / 100 * len(values)) - 1)] if values else math.nan


def thirds(series):
    """Medians of the first and the last third of a series."""
    third = max(1, len(series) // 3)
    return statistics.median(series[:third]), statistics.median(series[-third:])


def report(args, stats, samples, ledger, saves, drafts, started_at, duration):
    outcomes, comment_problems = check_comments(ledger, started_at)
    saved, revisions, draft_problems = check_drafts(saves, drafts, started_at)
    loads, db = [s["load"] for s in samples], [s["db"] for s in samples]
    pids = sorted(samples[0]["rss"])
    rss = {pid: thirds([s["rss"].get(pid, math.inf) for s in samples]) for pid in pids}
    # Workers level off where their heaviest request left them (image renditions); one that
    # catches up with the others is no leak, a leak lifts the largest: that is what is checked.
    early, late = thirds([max(s["rss"].values()) for s in samples])
    growth = (late - early) / early * 100
    restarts = {pid for s in samples for pid in s["rss"]} - set(pids)
    lines = [
        f"\nSoak {duration / 60:.1f} min, {args.workers} gunicorn workers, reads {args.rate:g}/s "
        f"({args.connections} in flight at most), {args.commenters} commenters + 1 flooding, "
        f"{args.editors} editors; load average (1 min) min / mean / max {min(loads):.2f} / "
        f"{statistics.mean(loads):.2f} / {max(loads):.2f}\n",
        "| kind | requests | per s | statuses | p50 ms | p95 ms | p99 ms | max ms |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for kind, counts in sorted(stats.statuses.items()):
        ms, total = [v for _, v in stats.latencies[kind]], counts.total()
        codes = ", ".join(f"{code}: {n}" for code, n in sorted(counts.items()))
        cells = [percentile(ms, p) for p in (50, 95, 99)] + [max(ms, default=math.nan)]
        cells = " | ".join(f"{value:,.0f}" for value in cells)
        lines.append(f"| {kind} | {total:,} | {total / duration:.2f} | {codes} | {cells} |")
    reads = [row for kind, rows in stats.latencies.items() if kind[:5] == "read:" for row in rows]
    spans = (("first", 0, duration / 3), ("last", duration * 2 / 3, math.inf))
    for (name, low, high), load in zip(spans, thirds(loads), strict=True):
        part = [ms for t, ms in reads if low <= t < high]
        p50, p95 = percentile(part, 50), percentile(part, 95)
        lines.append(f"reads, {name} third: p50 / p95 {p50:.0f} / {p95:.0f} ms, load {load:.2f}")
    rss_text = "; ".join(f"{first:.1f} → {last:.1f}" for first, last in rss.values())
    lines.append(f"worker RSS MB, first → last third (medians): {rss_text}")
    lines.append(f"largest: {early:.1f} → {late:.1f} ({growth:+.1f} %); restarts {len(restarts)}")
    lines.append(f"PostgreSQL connections: max {max(db)}, median {statistics.median(db):g}")
    lines.append(f"samples: {len(samples)}; comments (kind, answer, stored as: count):")
    lines += [
        f"  {k}, {answer}, {found}: {n}" for (k, answer, found), n in sorted(outcomes.items())
    ]
    lines.append(f"drafts: {saved} saves answered 302, {revisions} revisions recorded\n")
    errors = [
        n for c in stats.statuses.values() for code, n in c.items() if code in {0} or code > 499
    ]
    checks = {
        "no 5xx, no unanswered request": not errors,
        "every answer as expected": not stats.unexpected,
        f"largest worker RSS growth < {args.rss_growth:g} %, no restart": growth < args.rss_growth
        and not restarts,
        f"DB connections <= workers + 2 = {args.workers + 2}": max(db) <= args.workers + 2,
        "every comment accounted for": not comment_problems,
        "every draft save is one revision": not draft_problems,
    }
    lines += [f"{'PASS' if ok else 'FAIL'}  {name}" for name, ok in checks.items()]
    problems = [*stats.unexpected[:20], *comment_problems[:20], *draft_problems[:20]]
    print("\n".join(lines + [f"  {problem}" for problem in problems]))
    return all(checks.values())


def main(argv=None):
    args = parse_args(argv)
    if not re.fullmatch(r"bench_\w+", args.database):
        sys.exit("--database must be named bench_<something>.")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # clean up when killed too
    workdir = Path(tempfile.mkdtemp(prefix="newsroom-bench-soak-"))
    prefix = f"bench-soak-{uuid.uuid4().hex[:8]}"
    env = site_env(args, args.database, prefix, workdir)
    env |= {"DB_CONN_MAX_AGE": str(args.conn_max_age), "TRUSTED_PROXIES": "127.0.0.1"}
    import psycopg

    with psycopg.connect(f"{args.pg_url}/postgres", autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [args.database]).fetchone():
            if not args.drop_existing:
                sys.exit(f"The database {args.database} exists: --drop-existing replaces it.")
            conn.execute(f'DROP DATABASE "{args.database}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{args.database}"')
    log(f"created the PostgreSQL database {args.database}; Redis key prefix {prefix}")
    os.environ.update(env)
    try:
        passed = run(args, env)
    finally:
        cleanup(args, args.database, prefix, workdir)
    sys.exit(0 if passed else 1)


if __name__ == "__main__":
    main()
