"""The page cache under a publishing newsroom: hit ratio of a read mix, one publication every
PUBLISH_SECONDS (default 10).

Run with `make bench-publishing`. Never part of the test suite: timings vary with the machine.
It builds its own SQLite database in a temporary folder, loads the demo content, reads every
page once, then for BENCH_SECONDS (default 60) reads in one process with Django's test client
(DEBUG off, local-memory cache, as `make run`) while, every PUBLISH_SECONDS, a correction of a
random article is published. The mix, drawn at random: articles 80 %, home 8 %, news index 4 %,
categories 4 %, tags 2 %, the RSS feed 2 %. A hit or a stale copy counts as served from the
cache; only the pages that X-Page-Cache says are rendered count as misses.
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

SECONDS = float(os.environ.get("BENCH_SECONDS", "60"))
PUBLISH_SECONDS = float(os.environ.get("PUBLISH_SECONDS", "10"))


def main():
    workdir = Path(tempfile.mkdtemp(prefix="newsroom-bench-"))
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
    from django.test.utils import setup_test_environment
    from django.urls import reverse
    from taggit.models import Tag

    settings.MEDIA_ROOT = workdir / "media"
    settings.DEMO_IMAGE_SIZE = (1600, 900)
    settings.PAGE_CACHE_SECONDS = 600
    setup_test_environment()
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
    for _share, urls in mix:  # renditions are made on the first view
        for url in urls:
            client.get(url)

    kinds, times, published = Counter(), [], 0
    start = next_publication = time.monotonic()
    while (now := time.monotonic()) - start < SECONDS:
        if now >= next_publication:
            article = ArticlePage.objects.get(pk=rng.choice(articles).pk)
            article.standfirst = f"{article.standfirst.rstrip('.')} (corrigé {published})."
            with seeding():
                article.save_revision().publish()
            published += 1
            next_publication += PUBLISH_SECONDS
        began = time.monotonic()
        response = client.get(draw())
        times.append(time.monotonic() - began)
        assert response.status_code == 200, response.status_code
        kinds[response.get("X-Page-Cache", "none")] += 1

    reads = sum(kinds.values())
    served = kinds["hit"] + kinds["stale"]
    load = os.getloadavg()[0]
    print(f"{reads} reads in {SECONDS:.0f} s ({reads / SECONDS:.0f}/s), {published} publications")
    print(f"from the cache: {served / reads:.1%} (hit {kinds['hit']}, stale {kinds['stale']})")
    print(f"rendered: {kinds['miss']}; median {statistics.median(times) * 1000:.1f} ms, ", end="")
    print(f"p99 {statistics.quantiles(times, n=100)[98] * 1000:.0f} ms; load {load:.1f}")


if __name__ == "__main__":
    main()
