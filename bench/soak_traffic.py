"""The soak run's traffic (bench/soak.py): readers at a fixed rate, commenters, editors saving
drafts, and the sampler of workers' memory and database connections."""

import http.client
import json
import random
import re
import threading
import time
import uuid
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote, urlencode

from bench.serve import worker_rss

READ_MIX = {"article": 50, "listing": 20, "home": 12, "feed": 10, "search": 4, "other": 4}
SEARCHES = ["intelligence artificielle", "chercheurs", "données", "réseaux sociaux", "meninges"]
EXPECTED = {"admin:login": {302}, "admin:save-draft": {302}, "admin:logout": {302}}
EXPECTED["comment:post"] = {303, 429, 400}  # stored; flood refused; duplicate refused
COMMENT_MIX = {"ham": 60, "spam-words": 15, "honeypot": 10, "too-fast": 10, "duplicate": 5}
COMMENT_WEIGHTS = list(COMMENT_MIX), list(COMMENT_MIX.values())
# Answer wanted per kind of comment, and the statuses it may be stored with.
WANTED = {"duplicate": {400}, "flood": {303, 429}}
STORED_AS = {"ham": {"pending", "published"}, "flood": {"pending", "published"}}
# A bot's post that waits over 4 s in a loaded server's queue is only held.
STORED_AS |= {"spam-words": {"spam", "pending"}, "too-fast": {"spam", "pending"}}
STORED_AS["honeypot"] = {"spam"}
SPAM = [
    "Casino en ligne et machines à sous, bonus sans dépôt ici : https://gains-rapides.xyz/bonus",
    "Viagra et cialis sans ordonnance, pharmacie en ligne : https://pilules-promo.top/offre",
]
HAM = [
    "Merci pour cet article clair, j’aimerais en savoir plus sur les sources citées.",
    "Je ne suis pas d’accord avec la conclusion : le marché évolue plus vite que cela.",
    "Article intéressant, mais il manque le point de vue des chercheurs européens.",
]
EDITORS = ["redacteur", "redac-chef", "admin"]
SAVES_PER_SESSION = 5


class Client:
    """One browser: its cookies (Secure ones too: the run is plain HTTP) and its address."""

    def __init__(self, port, address=None):
        self.port, self.address, self.cookies = port, address, {}

    def request(self, method, path, form=None, headers=None):
        headers = {"Host": "localhost", **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if self.address:
            headers["X-Forwarded-For"] = self.address
        body = None if form is None else urlencode(form, doseq=True).encode()
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            conn.request(method, quote(path, safe="/?&=%+:"), body, headers)
            response = conn.getresponse()
            text = response.read().decode(errors="replace")
        finally:
            conn.close()
        for cookie in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = cookie.partition("=")
            if "max-age=0" in cookie.lower():
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = rest.split(";", 1)[0]
        return response.status, text


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = defaultdict(Counter)
        self.latencies = defaultdict(list)  # kind: [(seconds into the run, ms)]
        self.unexpected = []
        self.started = time.perf_counter()

    def timed(self, kind, client, method, path, form=None, started=None, headers=None):
        started = started or time.perf_counter()
        try:
            status, text = client.request(method, path, form, headers)
        except OSError as error:
            status, text = 0, str(error)  # 0: no answer
        now = time.perf_counter()
        with self.lock:
            self.statuses[kind][status] += 1
            self.latencies[kind].append((now - self.started, (now - started) * 1000))
            if status not in EXPECTED.get(kind, {200}):
                self.unexpected.append((kind, method, path, status))
        return status, text


def hidden(text, name):
    tag = re.search(rf'<input[^>]*name="{name}"[^>]*>', text)
    value = tag and re.search(r'value="([^"]*)"', tag.group(0))
    return value.group(1) if value else ""


def log_in(stats, client, username):
    _, text = stats.timed("admin:login-page", client, "GET", "/admin/login/")
    form = {"username": username, "password": f"{username}-demo", "next": "/admin/"}
    form["csrfmiddlewaretoken"] = hidden(text, "csrfmiddlewaretoken")
    status, _ = stats.timed("admin:login", client, "POST", "/admin/login/", form)
    return status == 302 and "sessionid" in client.cookies


def reader(port, urls, args, stats, stop):
    """GETs at a fixed rate; latency runs from the scheduled time, so queueing counts."""
    rng, interval, due = random.Random(1), 1 / args.rate, time.perf_counter()
    pool = ThreadPoolExecutor(args.connections)
    while not stop.wait(max(0.0, due - time.perf_counter())):
        scheduled, due = due, due + interval
        kind = rng.choices(list(READ_MIX), list(READ_MIX.values()))[0]
        if pool._work_queue.qsize() > args.rate * 10:
            stats.statuses["read:dropped"][-1] += 1  # the client fell behind
            continue
        path = rng.choice(urls[kind])
        pool.submit(stats.timed, f"read:{kind}", Client(port), "GET", path, started=scheduled)
    pool.shutdown(cancel_futures=True)


def commenter(port, articles, stats, stop, ledger, numbers, flood_address=None):
    rng = random.Random()
    while not stop.is_set():
        n = next(numbers)
        kind = "flood" if flood_address else rng.choices(*COMMENT_WEIGHTS)[0]
        address = flood_address or f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}"
        article_id, url = rng.choice(articles)
        client = Client(port, address)
        stats.timed("comment:page", client, "GET", url)
        keys = f"/commentaires/{article_id}/cles/"
        status, text = stats.timed("comment:keys", client, "GET", keys)
        # COMMENTS_MIN_SECONDS is 4: a person takes longer, the too-fast bot posts at once.
        if status != 200 or stop.wait(0 if kind == "too-fast" else 5 + rng.random() * 3):
            continue
        keys = json.loads(text)
        body = f"{rng.choice(HAM)} (lecteur {n})"
        if kind == "spam-words":
            body = f"{rng.choice(SPAM)}?r={n}"
        stored = [e["body"] for e in ledger if e["kind"] == "ham" and e["status"] == 303]
        if kind == "duplicate":
            kind, body = ("duplicate", rng.choice(stored)) if stored else ("ham", body)
        email = f"lecteur-{n}@example.org"
        form = {"body": body, "name": f"Lecteur {n}", "email": email, "url": ""}
        form |= {"subject": "Promo" if kind == "honeypot" else "", "token": keys["token"]}
        form["csrfmiddlewaretoken"] = keys["csrf"]
        path = f"/commentaires/{article_id}/"
        status, _ = stats.timed("comment:post", client, "POST", path, form)
        ledger.append({"kind": kind, "email": email, "body": body, "status": status})
        stop.wait(rng.random())


def editor(port, username, drafts, stats, stop, saves):
    """Log in, save five drafts (reading the edit form first), log out; again."""
    rng = random.Random(username)
    while not stop.is_set():
        client = Client(port)
        if not log_in(stats, client, username):
            stop.wait(5)
            continue
        stats.timed("admin:dashboard", client, "GET", "/admin/")
        token = ""
        for _ in range(SAVES_PER_SESSION):
            page_id = rng.choice(list(drafts))
            path = f"/admin/pages/{page_id}/edit/"
            status, text = stats.timed("admin:edit-page", client, "GET", path)
            if status != 200 or stop.wait(rng.uniform(1, 3)):  # reading, typing
                break
            token = hidden(text, "csrfmiddlewaretoken")
            marker = f"Brouillon de {username} {uuid.uuid4().hex[:12]}"
            form = {**drafts[page_id], "standfirst": marker, "csrfmiddlewaretoken": token}
            for name in ("loaded_revision_id", "loaded_revision_created_at"):
                form[name] = hidden(text, name)
            status, _ = stats.timed("admin:save-draft", client, "POST", path, form)
            saves.append({"page": page_id, "marker": marker, "status": status})
        if token:
            form = {"csrfmiddlewaretoken": token}
            stats.timed("admin:logout", client, "POST", "/admin/logout/", form)


def sampler(master, args, stop, samples):
    import psycopg

    query = "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND backend_type = %s"
    with psycopg.connect(f"{args.pg_url}/postgres", autocommit=True) as conn:
        while not stop.is_set():
            db = conn.execute(query, [args.database, "client backend"]).fetchone()[0]
            load = float(Path("/proc/loadavg").read_text().split()[0])
            samples.append({"rss": worker_rss(master), "db": db, "load": load})
            stop.wait(5)
