"""The page cache under a publishing newsroom: hit ratio of a read mix with one publication
every 10 s.

Run with `make bench-publishing`. Never part of the test suite. It builds its own SQLite
database in a temporary folder, loads the demo content, reads every page once (and checks a
second reading is a hit), then reads in one process with Django's test client (DEBUG off,
local-memory cache, as `make run`) while a correction of a random article is published every
10 s of traffic. Traffic is counted in reads, not measured in seconds, so that the ratio does
not depend on this machine's speed: at BENCH_RATES reads per second (default 30 and 300, the
served warm rate in docs/benchmarks.md), 10 s is 300 or 3,000 reads; BENCH_PUBLICATIONS (default
6) per rate. The mix, drawn at random: articles 80 %, home 8 %, news index 4 %, categories
4 %, tags 2 %, the RSS feed 2 %. A hit or a stale copy counts as served from the cache.
"""

import io
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

RATES = [int(rate) for rate in os.environ.get("BENCH_RATES", "30,300").split(",")]
PUBLICATIONS = int(os.environ.get("BENCH_PUBLICATIONS", "6"))


def main():
    # BENCH_WORKDIR: the folder of an earlier run, its database and media used again.
    reuse = os.environ.get("BENCH_WORKDIR")
    workdir = Path(reuse or tempfile.mkdtemp(prefix="newsroom-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.test")
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ["DB_CONN_MAX_AGE"] = "600"  # persistent, as in production
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

    import warnings

    import django

    warnings.filterwarnings("ignore", message="No directory at")

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import override_settings, setup_test_environment
    from django.urls import reverse
    from taggit.models import Tag

    settings.MEDIA_ROOT = workdir / "media"
    settings.DEMO_IMAGE_SIZE = (1600, 900)
    settings.PAGE_CACHE_SECONDS = 600
    # Local memory keeps 300 entries by default: Wagtail's renditions alone would push pages out.
    caches = {"default": {**settings.CACHES["default"], "OPTIONS": {"MAX_ENTRIES": 100_000}}}
    override_settings(CACHES=caches).enable()
    setup_test_environment()
    if not reuse:
        call_command("migrate", verbosity=0)
        call_command("load_demo_content", stdout=io.StringIO())

    from news.models import ArticlePage, Category
    from news.publication import seeding

    articles = list(ArticlePage.objects.live())
    tags = [reverse("news:tag", args=[tag.slug]) for tag in Tag.objects.all()[:20]]
    mix = [
        (0.80, [article.url for article in articles]),
        (0.08, ["/"]),
        (0.04, ["/actualites/"]),
        (0.04, [category.url for category in Category.objects.all()]),
        (0.02, tags),
        (0.02, [reverse("news:feed_rss")]),
    ]
    rng = random.Random(15)

    def draw():
        point, total = rng.random(), 0
        for share, urls in mix:
            total += share
            if point < total:
                return rng.choice(urls)
        return mix[0][1][0]

    client = Client(HTTP_HOST="localhost")
    urls = [url for _share, urls in mix for url in urls]
    for url in urls:  # renditions are made on the first view
        client.get(url)
    again = Counter(client.get(url).get("X-Page-Cache", "none") for url in urls)
    print(f"{len(urls)} addresses; read again before any publication: {dict(again)}")

    def correct(number):
        article = ArticlePage.objects.get(pk=rng.choice(articles).pk)
        article.standfirst = f"{article.standfirst.rstrip('.')} (corrigé {number})."
        with seeding():
            article.save_revision().publish()

    for rate in RATES:
        kinds, times = Counter(), []
        began_run = time.monotonic()
        for number in range(PUBLICATIONS):
            correct(number)
            for _ in range(rate * 10):
                began = time.monotonic()
                response = client.get(draw())
                times.append(time.monotonic() - began)
                assert response.status_code == 200, response.status_code
                kinds[response.get("X-Page-Cache", "none")] += 1
        reads = sum(kinds.values())
        served = kinds["hit"] + kinds["stale"]
        print(
            f"{rate} reads/s, {PUBLICATIONS} publications, {reads} reads: "
            f"{served / reads:.1%} from the cache (hit {kinds['hit']}, stale {kinds['stale']}, "
            f"rendered {kinds['miss']}); median {statistics.median(times) * 1000:.1f} ms, "
            f"p99 {statistics.quantiles(times, n=100)[98] * 1000:.0f} ms in-process; "
            f"{time.monotonic() - began_run:.0f} s; load {os.getloadavg()[0]:.1f}"
        )


if __name__ == "__main__":
    main()
