"""Concurrency run: the newsroom as `make run` serves it, in its busiest minutes.

    .venv/bin/python bench/concurrency.py --minutes 3 [--database sqlite|postgres]

A fresh database (a SQLite file in a temporary folder, or a PostgreSQL database of its own),
migrated, with the demo content and three more writers; `manage.py runserver` and
`manage.py run_scheduler` on it, as `make run` starts them. Then, for --minutes at once: four
writers typing in their articles (Wagtail's autosave) and submitting them to the review, the
editor-in-chief approving, readers reading and commenting, the scheduler publishing the
revisions scheduled for the run. Checks: no 5xx, no « database is locked » in the logs, every
save a revision that its writer then sees. docs/benchmarks.md, "Concurrency", says why.
tests/editorial/test_concurrent_newsroom.py runs the same mix for half a minute.
"""

import argparse
import itertools
import json
import math
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):  # run as a script: the repository, not bench/, on the path
    sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench")]

from bench.concurrency_traffic import Editor, chief, lock_probe, reader  # noqa: E402
from bench.soak_traffic import Stats, commenter  # noqa: E402

WRITERS = ["redacteur", *(f"redacteur-{n}" for n in range(2, 13))]  # the first --writers
LOCKED = "database is locked"
PG_URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432")


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def free_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values, p):
    values = sorted(values)
    return values[max(0, math.ceil(p / 100 * len(values)) - 1)] if values else math.nan


class Newsroom:
    """The site on a fresh database: runserver and the scheduler, as `make run` has them."""

    def __init__(self, workdir, database_url=None, editors=4, scheduled=6, minutes=1.0):
        self.workdir, self.port = Path(workdir), free_port()
        self.sqlite = None if database_url else self.workdir / "newsroom.sqlite3"
        self.database_url = database_url or f"sqlite:///{self.sqlite}"
        self.editors, self.scheduled, self.minutes = editors, scheduled, minutes
        self.env = {
            **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
            "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev",
            "DATABASE_URL": self.database_url,
            "MEDIA_ROOT": str(self.workdir / "media"),
            "TRUSTED_PROXIES": "127.0.0.1",  # each commenter has an address (X-Forwarded-For)
            "PYTHONUNBUFFERED": "1",
        }
        self.processes, self.plan = {}, None

    def manage(self, *args):
        command = [sys.executable, str(ROOT / "manage.py"), *args]
        return subprocess.run(
            command, cwd=ROOT, env=self.env, check=True, capture_output=True, text=True
        ).stdout

    def here(self, *args):
        """This script in the site's environment (prepare, audit)."""
        command = [sys.executable, str(Path(__file__).resolve()), *args]
        return json.loads(
            subprocess.run(
                command, cwd=ROOT, env=self.env, check=True, capture_output=True, text=True
            ).stdout
        )

    def start(self, name, *args):
        out = (self.workdir / f"{name}.log").open("wb")
        self.processes[name] = subprocess.Popen(
            [sys.executable, str(ROOT / "manage.py"), *args],
            cwd=ROOT,
            env=self.env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )

    def __enter__(self):
        started = time.perf_counter()
        self.manage("migrate", "--no-input", "-v0")
        self.manage("load_demo_content")
        self.plan = self.here("prepare", str(self.editors), str(self.scheduled), str(self.minutes))
        log(f"migrated, demo loaded, plan made in {time.perf_counter() - started:.0f} s")
        self.start("runserver", "runserver", "--noreload", f"127.0.0.1:{self.port}")
        self.start("scheduler", "run_scheduler", "--interval", "5")
        for _ in range(300):
            try:
                self.get("/sante/")
                break
            except OSError:
                time.sleep(0.1)
        else:
            self.__exit__()
            raise RuntimeError("runserver did not start: " + self.logs())
        # Not measured: the first view of each page makes its image renditions.
        for path in self.plan["reads"] + [url for _, url in self.plan["comments"]]:
            self.get(path)
        return self

    def get(self, path):
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}")
        with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310
            return response.read()

    def __exit__(self, *exc):
        for process in self.processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGINT)  # as Ctrl-C on `make run`
        for process in self.processes.values():
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()

    def logs(self):
        return "".join(
            (self.workdir / f"{name}.log").read_text(errors="replace") for name in self.processes
        )


def run_mix(site, seconds, commenters=2, read_rate=2.0):
    """Every flow at once for `seconds`; returns what each client saw."""
    stats, stop, saves, decisions, ledger = Stats(), threading.Event(), [], [], []
    plan, port = site.plan, site.port
    numbers = itertools.count()
    flows = [
        Editor(port, username, draft["page"], draft["form"], stats, stop, saves).run
        for username, draft in zip(WRITERS, plan["drafts"], strict=False)
    ]
    flows.append(lambda: chief(port, stats, stop, decisions))
    flows.append(lambda: reader(port, plan["reads"], stats, stop, read_rate))
    articles = [tuple(article) for article in plan["comments"]]
    flows += [lambda: commenter(port, articles, stats, stop, ledger, numbers)] * commenters
    if site.sqlite:
        flows += [lambda q=q: lock_probe(str(site.sqlite), stats, stop, q) for q in (True, False)]
    threads = [threading.Thread(target=flow, daemon=True) for flow in flows]
    started_at, stats.started = time.time(), time.perf_counter()
    for thread in threads:
        thread.start()
    stop.wait(seconds)
    stop.set()
    for thread in threads:
        thread.join(60)
    duration = time.perf_counter() - stats.started
    audit = site.here("audit", json.dumps([draft["page"] for draft in plan["drafts"]]))
    logs = site.logs()
    return {
        "stats": stats,
        "saves": saves,
        "decisions": decisions,
        "ledger": ledger,
        "audit": audit,
        "duration": duration,
        "started_at": started_at,
        "locked_in_logs": logs.count(LOCKED),
        "tracebacks": re.findall(r"^\w*Error: .*$", logs, re.MULTILINE)[:10],
    }


def problems(result):
    """What must never happen, each with its evidence; empty when all holds."""
    stats, found = result["stats"], {}
    http = {kind: c for kind, c in stats.statuses.items() if not kind.startswith("sqlite:")}
    errors = {f"{k} {code}": n for k, c in http.items() for code, n in c.items() if code >= 500}
    unanswered = {k: c[0] for k, c in http.items() if c[0]}
    if errors or unanswered:
        found["5xx or no answer"] = {**errors, **unanswered}
    probe_failed = sum(c[503] for k, c in stats.statuses.items() if k.startswith("sqlite:"))
    if result["locked_in_logs"] or probe_failed:
        found[LOCKED] = {"in the logs": result["locked_in_logs"], "probe": probe_failed}
    unseen = [s for s in result["saves"] if s["ok"] and "visible" in s and not s["visible"]]
    if unseen:
        found["saves the writer did not see"] = unseen[:10]
    if result["audit"]["stale"]:
        found["revisions newer than the page's latest"] = result["audit"]["stale"]
    saved = [s for s in result["saves"] if s["ok"]]
    if not saved or not any(s["kind"] == "submit" for s in saved):
        found["too little traffic to judge"] = Counter(s["kind"] for s in saved)
    return found


def report(result, title):
    stats, duration = result["stats"], result["duration"]
    lines = [
        f"\n{title}: {duration:.0f} s, {sum(c.total() for c in stats.statuses.values()):,} "
        f"requests and probes, load average {os.getloadavg()[0]:.2f}\n",
        "| kind | count | statuses | p50 ms | p95 ms | max ms |",
        "|---|---|---|---|---|---|",
    ]
    for kind, counts in sorted(stats.statuses.items()):
        ms = [value for _, value in stats.latencies[kind]]
        codes = ", ".join(f"{code}: {n}" for code, n in sorted(counts.items()))
        cells = " | ".join(
            f"{value:,.0f}" for value in (percentile(ms, 50), percentile(ms, 95), max(ms))
        )
        lines.append(f"| {kind} | {counts.total():,} | {codes} | {cells} |")
    saves = result["saves"]
    kinds = Counter(
        (s["kind"], "ok" if s["ok"] else str(s.get("error") or s["status"])) for s in saves
    )
    lines.append("saves: " + ", ".join(f"{k} {v}: {n}" for (k, v), n in sorted(kinds.items())))
    checked = [s for s in saves if "visible" in s]
    seen = sum(s["visible"] for s in checked)
    lines.append(f"reopened after a save: {len(checked)}, the save's text and revision: {seen}")
    lines.append(
        "decisions: " + str(Counter((d["action"], d["status"]) for d in result["decisions"]))
    )
    comments = Counter((e["kind"], e["status"]) for e in result["ledger"])
    lines.append(
        "comments: " + ", ".join(f"{k} {s}: {n}" for (k, s), n in sorted(comments.items()))
    )
    lines.append(f"audit: {json.dumps(result['audit'], ensure_ascii=False)}")
    lines.append(f"« {LOCKED} » in the logs: {result['locked_in_logs']}")
    lines += [f"in the logs: {line}" for line in result["tracebacks"]]
    found = problems(result)
    lines += [f"FAIL  {name}: {evidence}" for name, evidence in found.items()] or ["PASS"]
    print("\n".join(lines))
    return not found


# ---------- In the site's environment (subprocesses of the run) ----------


def prepare(editors, scheduled, minutes):
    """Three more writers; each writer's article and form; revisions scheduled during the run;
    the articles readers read and comment on."""
    from datetime import timedelta

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.utils import timezone

    from comments import service
    from editorial.roles import EDITORS
    from news.models import ArticlePage
    from tests.support.editorial import article_form

    group = Group.objects.get(name=EDITORS)
    for username in WRITERS[1:editors]:
        user, _ = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.org", "is_staff": True}
        )
        user.set_password(f"{username}-demo")
        user.save()
        user.groups.add(group)
    articles = list(ArticlePage.objects.live().order_by("pk"))
    drafts = [
        {
            "page": page.pk,
            "form": article_form(
                page.hero_image, page.categories.all(), title=page.title, slug=page.slug
            ),
        }
        for page in articles[:editors]
    ]
    for draft in drafts:  # the rendered form has an id field in each row, empty for a new one
        rows = [
            key[: -len("name")] for key in draft["form"] if re.fullmatch(r"sources-\d+-name", key)
        ]
        draft["form"] |= {f"{row}id": "" for row in rows}
    # The scheduler's work: a revision of another article due every so often during the run.
    now, spread = timezone.now(), timedelta(minutes=minutes) / max(1, scheduled)
    for n, page in enumerate(articles[editors : editors + scheduled]):
        page.standfirst = f"Version programmée {n}"
        page.save_revision(approved_go_live_at=now + spread * (n + 1))
    readers = articles[editors + scheduled :]
    comments = [(a.pk, a.url) for a in readers if service.comments_open(a)][:10]
    reads = ["/", "/actualites/", *[a.url for a in readers[:20]]]
    print(json.dumps({"drafts": drafts, "comments": comments, "reads": reads}))


def audit(page_ids):
    """Per writer's article: is its latest revision the newest one (what « Voir la dernière
    version » leads to), or is there a newer revision the page does not point to?"""
    from news.models import ArticlePage

    stale, counts = {}, {}
    for page in ArticlePage.objects.filter(pk__in=page_ids):
        newest = page.revisions.order_by("-created_at", "-pk").first()
        counts[page.pk] = page.revisions.count()
        if newest and newest.pk != page.latest_revision_id:
            stale[page.pk] = {"latest_revision": page.latest_revision_id, "newest": newest.pk}
    print(json.dumps({"stale": stale, "revisions": counts}))


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=3)
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--writers", type=int, default=4, choices=range(1, len(WRITERS) + 1))
    parser.add_argument("--commenters", type=int, default=2)
    parser.add_argument("--read-rate", type=float, default=2, help="reader GETs per second")
    parser.add_argument("--pg-url", default=PG_URL)
    parser.add_argument("--keep", action="store_true", help="keep the folder and database")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="newsroom-bench-concurrency-"))
    database, url = None, None
    if args.database == "postgres":
        import psycopg

        database = f"bench_concurrency_{uuid.uuid4().hex[:8]}"
        url = f"{args.pg_url}/{database}"
        with psycopg.connect(f"{args.pg_url}/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{database}"')
    try:
        with Newsroom(workdir, url, args.writers, minutes=args.minutes) as site:
            log(f"runserver on {site.port}, {args.database}, {args.writers} writers; {workdir}")
            result = run_mix(site, args.minutes * 60, args.commenters, args.read_rate)
        passed = report(result, f"Concurrency, {args.database}, {args.writers} writers")
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
        if database and not args.keep:
            import psycopg

            with psycopg.connect(f"{args.pg_url}/postgres", autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    sys.exit(0 if passed else 1)


if __name__ == "__main__":
    if sys.argv[1:2] in (["prepare"], ["audit"]):
        import django

        django.setup()
        command, *rest = sys.argv[1:]
        if command == "prepare":
            prepare(int(rest[0]), int(rest[1]), float(rest[2]))
        else:
            audit(json.loads(rest[0]))
    else:
        main()
