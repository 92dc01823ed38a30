"""Served-site benchmark: gunicorn on the production settings, PostgreSQL and Redis, driven by wrk.

    make bench        # = .venv/bin/python bench/serve.py

Never part of the test suite: timings vary with the machine. One run:

1. creates a PostgreSQL database `bench_serve_<pid>` (dropped at the end unless --keep), takes
   a key prefix of its own on the Redis given by --redis (deleted at the end), migrates, loads
   the demo content, collects the static files into a temporary folder;
2. for each size in --articles (default 1,000 then 10,000), adds generated French articles
   (bench/articles.py) to the demo's news index and rebuilds the search index;
3. counts the SQL queries of each page uncached and times the seed article in-process;
4. starts gunicorn (--workers sync workers) twice, with the page cache off ("cold": every
   request renders) and on ("warm"), and runs wrk (--connections, --duration) against the seed
   article, a category listing, the home page, a search, and a static HTML file of the seed
   article's size served by WhiteNoise from the same gunicorn: the ceiling;
5. with the cache on, approves a change to the seed article through the editorial workflow
   and polls the served page until the new text shows: approval-to-visible;
6. prints one table per size (and appends it to --json FILE as JSON lines).
"""

import argparse
import io
import json
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench")]

SEED_SLUG = "meninges-et-millions-lia-fait-son-marche-gris"
SEARCH_QUERY = "intelligence artificielle"


def log(message):
    print(f"[{datetime.now(UTC):%H:%M:%S} UTC] {message}", file=sys.stderr, flush=True)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", default="1000,10000", help="sizes, comma-separated")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument(
        "--pg-url", default=os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432")
    )
    parser.add_argument(
        "--redis", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
    )
    parser.add_argument("--keep", action="store_true", help="keep the database")
    parser.add_argument("--json", help="append the figures to this file")
    return parser.parse_args(argv)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wrk(url, args):
    output = subprocess.run(
        [
            "wrk",
            f"-t{args.threads}",
            f"-c{args.connections}",
            f"-d{args.duration}s",
            "--latency",
            "-H",
            "Host: localhost",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    def latency(label):
        match = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
        value, unit = float(match.group(1)), match.group(2)
        return value * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: (.*)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": latency("50"),
        "p99_ms": latency("99"),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": errors.group(1) if errors else "",
    }


def rss_mb(pid):
    """Resident memory of each gunicorn worker (the children of the master)."""
    return list(worker_rss(pid).values())


def worker_rss(pid):
    """{worker pid: resident MB} for the children of the gunicorn master `pid`."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    sizes = {}
    for child in children:
        try:
            status = Path(f"/proc/{child}/status").read_text()
        except FileNotFoundError:  # a worker that just exited
            continue
        sizes[int(child)] = int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024
    return sizes


class Gunicorn:
    def __init__(self, env, workers, page_cache_seconds):
        self.port = free_port()
        self.env = {**env, "PAGE_CACHE_SECONDS": str(page_cache_seconds)}
        self.workers = workers
        self.process = None

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "newsroom.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--log-level",
                "warning",
            ],
            env=self.env,
            cwd=ROOT,
        )
        for _ in range(300):
            try:
                self.get("/sante/")
                return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("gunicorn did not start")

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(30)

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def get(self, path):
        request = urllib.request.Request(self.url(path), headers={"Host": "localhost"})
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return response.read().decode()


def main(argv=None):
    args = parse_args(argv)
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk (Debian) or brew install wrk.")
    sizes = [int(size) for size in args.articles.split(",")]
    workdir = Path(tempfile.mkdtemp(prefix="newsroom-bench-serve-"))
    database = f"bench_serve_{os.getpid()}"
    prefix = f"bench-serve-{uuid.uuid4().hex[:8]}"
    env = site_env(args, database, prefix, workdir)
    import psycopg

    with psycopg.connect(f"{args.pg_url}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{database}"')
    log(f"created the PostgreSQL database {database}; Redis key prefix {prefix}")
    os.environ.update(env)
    try:
        results = run(args, env, sizes, workdir)
    finally:
        cleanup(args, database, prefix, workdir)
    if args.json:
        with open(args.json, "a") as out:
            for result in results:
                out.write(json.dumps(result) + "\n")


def site_env(args, database, prefix, workdir):
    """The environment of the production settings, on a database and key prefix of its own."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "SECURE_SSL_REDIRECT": "0",
        "ALLOWED_HOSTS": "localhost,127.0.0.1,testserver",
        "DATABASE_URL": f"{args.pg_url}/{database}",
        "DB_CONN_MAX_AGE": "600",
        "REDIS_URL": args.redis,
        "CACHE_KEY_PREFIX": prefix,
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "PAGE_CACHE_SECONDS": "0",
        # The workflow's notification e-mails are not what is measured.
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
    }


def load_site():
    """Set Django up, migrate, load the demo content, collect the static files; returns the
    news index and the generated articles' categories by slug."""
    import warnings

    import django

    warnings.filterwarnings("ignore", message="No directory at")
    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.DEMO_IMAGE_SIZE = (1600, 900)
    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo_content", stdout=io.StringIO())
    call_command("collectstatic", verbosity=0, interactive=False)
    log(f"migrated, demo loaded, static collected in {time.perf_counter() - started:.0f} s")

    from bench.articles import CATEGORIES
    from news.models import Category, NewsIndexPage

    for order, (slug, name, description) in enumerate(CATEGORIES):
        Category.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description, "sort_order": order}
        )
    categories = {category.slug: category for category in Category.objects.all()}
    return NewsIndexPage.objects.get(), categories


def run(args, env, sizes, workdir):
    index, categories = load_site()
    from django.core.management import call_command

    from bench.articles import ArticleWriter
    from bench.search import insert_articles
    from news.models import ArticlePage, Category

    writer = ArticleWriter(seed=2026, start=datetime(2026, 1, 1, tzinfo=UTC))
    results, written = [], 0
    for size in sizes:
        started = time.perf_counter()
        insert_articles(index, size - written, writer, categories, 1000, first=written)
        written = size
        call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
        call_command("refresh_reading_on", stdout=io.StringIO())  # bulk rows send no signal
        elapsed = time.perf_counter() - started
        log(f"{size:,} generated articles written and indexed in {elapsed:.0f} s")
        seed = ArticlePage.objects.get(slug=SEED_SLUG)
        pages = {
            "seed article": seed.url,
            "category listing": Category.objects.order_by("sort_order").first().url,
            "home page": "/",
            "search": "/recherche/?q=" + SEARCH_QUERY.replace(" ", "+"),
        }
        result = {"articles": size, "demo_articles": ArticlePage.objects.live().count() - size}
        result["in_process"] = in_process(pages)
        result["served"] = served(args, env, pages, workdir, seed)
        results.append(result)
        print_table(result, args)
    return results


def in_process(pages):
    """SQL queries per page and the seed article's median render time, uncached."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost")
    figures = {}
    for name, path in pages.items():
        client.get(path)  # renditions are made on the first view
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        query_count = len(queries)  # read now: the next request empties the log
        timings = []
        for _ in range(50):
            started = time.perf_counter()
            client.get(path)
            timings.append((time.perf_counter() - started) * 1000)
        figures[name] = {"queries": query_count, "median_ms": statistics.median(timings)}
    return figures


def served(args, env, pages, workdir, seed):
    html = Gunicorn(env, args.workers, 0)
    with html as server:
        size = len(server.get(pages["seed article"]).encode())
    static_file = Path(env["STATIC_ROOT"]) / "bench" / "article.html"
    static_file.parent.mkdir(exist_ok=True)
    static_file.write_bytes(os.urandom(size // 2).hex().encode()[:size])
    figures = {"static_bytes": size}
    for mode, seconds in (("cold", 0), ("warm", 600)):
        with Gunicorn(env, args.workers, seconds) as server:
            for path in pages.values():
                for _ in range(3):
                    server.get(path)
            figures[mode] = {name: wrk(server.url(path), args) for name, path in pages.items()}
            figures[mode]["static file"] = wrk(server.url("/static/bench/article.html"), args)
            if mode == "warm":
                figures["approval_to_visible_ms"] = approval_to_visible(server, seed)
            figures[f"rss_mb_{mode}"] = rss_mb(server.process.pid)
    return figures


def approval_to_visible(server, seed):
    """A moderator approves a new standfirst; how long until an anonymous reader sees it."""
    from django.contrib.auth import get_user_model

    from news.models import ArticlePage

    users = {user.username: user for user in get_user_model().objects.all()}
    page = ArticlePage.objects.get(pk=seed.pk)
    marker = f"Chapô corrigé {uuid.uuid4().hex[:8]}"
    assert marker not in server.get(page.url)
    page.standfirst = marker
    page.save_revision(user=users["redacteur"])
    state = page.get_workflow().start(page, users["redacteur"])
    task_state = state.current_task_state
    started = time.perf_counter()
    task_state.task.specific.on_action(task_state, users["redac-chef"], "approve")
    while marker not in server.get(page.url):
        if time.perf_counter() - started > 30:
            raise RuntimeError("the approved text never showed")
        time.sleep(0.005)
    return (time.perf_counter() - started) * 1000


def print_table(result, args):
    served_figures = result["served"]
    print(
        f"\n{result['articles']:,} generated articles + {result['demo_articles']} demo articles; "
        f"gunicorn {args.workers} sync workers; wrk -t{args.threads} -c{args.connections} "
        f"-d{args.duration}s; static file {served_figures['static_bytes']:,} bytes\n"
    )
    print(
        "| page | SQL queries (uncached) | in-process median ms (uncached) "
        "| cold req/s | cold p50 / p99 ms | warm req/s | warm p50 / p99 ms |"
    )
    print("|---|---|---|---|---|---|---|")
    names = [*result["in_process"], "static file"]
    for name in names:
        inner = result["in_process"].get(name)
        queries = inner["queries"] if inner else "—"
        median = f"{inner['median_ms']:.1f}" if inner else "—"
        cold, warm = served_figures["cold"][name], served_figures["warm"][name]
        print(
            f"| {name} | {queries} | {median} | {cold['rps']:,.0f} "
            f"| {cold['p50_ms']:.1f} / {cold['p99_ms']:.1f} | {warm['rps']:,.0f} "
            f"| {warm['p50_ms']:.1f} / {warm['p99_ms']:.1f} |"
        )
    ceiling = served_figures["warm"]["static file"]["rps"]
    article = served_figures["warm"]["seed article"]["rps"]
    errors = [
        (mode, name, run["non_2xx"], run["socket_errors"])
        for mode in ("cold", "warm")
        for name, run in served_figures[mode].items()
        if run["non_2xx"] or run["socket_errors"]
    ]
    print(
        f"\nwarm seed article = {article / ceiling:.0%} of the static-file ceiling; "
        f"approval to visible {served_figures['approval_to_visible_ms']:.0f} ms; worker RSS after "
        f"the warm run {', '.join(f'{mb:.0f}' for mb in served_figures['rss_mb_warm'])} MB; "
        f"errors: {errors or 'none'}"
    )


def cleanup(args, database, prefix, workdir):
    from django.db import connections

    connections.close_all()
    try:
        import redis

        client = redis.Redis.from_url(args.redis)
        keys = list(client.scan_iter(f"{prefix}:*"))
        if keys:
            client.delete(*keys)
    except Exception as error:  # the figures matter more than the clean-up
        log(f"Redis clean-up failed: {error}")
    if not args.keep:
        import psycopg

        with psycopg.connect(f"{args.pg_url}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        log(f"dropped {database}")
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
