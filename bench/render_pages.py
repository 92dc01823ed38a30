"""Warm in-process render time and SQL queries of the reader pages, on the demo content.

Run with `make bench-render`. Never part of the test suite: timings vary with the machine.
It builds its own SQLite database in a temporary folder, loads the demo content, then
requests each page REPEAT times with Django's test client (DEBUG off, local-memory cache).
"""

import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPEAT = int(os.environ.get("BENCH_REPEAT", "50"))


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
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    settings.MEDIA_ROOT = workdir / "media"
    settings.DEMO_IMAGE_SIZE = (1600, 900)
    setup_test_environment()
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", stdout=io.StringIO())

    from news.models import ArticlePage, Category

    seed = ArticlePage.objects.get(slug="meninges-et-millions-lia-fait-son-marche-gris")
    pages = {
        "home": "/",
        "listing (news index)": "/actualites/",
        "listing (category)": Category.objects.first().url,
        "article (seed)": seed.url,
    }
    client = Client()
    print(f"{'page':<24}{'queries':>8}{'median ms':>11}{'p90 ms':>9}   ({REPEAT} warm requests)")
    for name, url in pages.items():
        client.get(url)  # renditions are generated on the first view
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        query_count = len(queries)  # read now: the next request resets the log
        timings = []
        for _ in range(REPEAT):
            start = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        timings.sort()
        p90 = timings[int(len(timings) * 0.9) - 1]
        print(f"{name:<24}{query_count:>8}{statistics.median(timings):>11.1f}{p90:>9.1f}")


if __name__ == "__main__":
    main()
