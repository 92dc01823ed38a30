"""Processes of their own against one database file, as several editors with autosave are.

`python -m tests.support.sqlite_writers setup` makes an article and prints its id; `python -m
tests.support.sqlite_writers save ID COUNT [TIMEOUT HOLD]` prints « ready », reads a line, saves
COUNT revisions, prints « saved N failed M »; `python -m tests.support.sqlite_writers count ID`
prints how many revisions the article has."""

import os
import sys
import time

import django


def setup():
    from wagtail.models import Site

    from tests.support.factories import ArticlePageFactory, NewsIndexPageFactory

    home = Site.objects.get(is_default_site=True).root_page
    index = NewsIndexPageFactory(parent=home)
    print(ArticlePageFactory(parent=index, live=False).pk)


def save(article_id, count, timeout=None, hold=0):
    """Each save an unsafe request through the site's transaction middleware, as an autosave
    is, that keeps the write lock `hold` seconds more (a slow disk, a busy machine); the saves
    start together once every writer has printed « ready » and read a line."""
    from django.db import OperationalError, connection
    from django.http import HttpResponse
    from django.test import RequestFactory

    from news.models import ArticlePage
    from operations.transactions import AtomicWritesMiddleware

    if timeout:  # SQLite's wait for the write lock, in seconds (settings: 20)
        connection.settings_dict["OPTIONS"]["timeout"] = float(timeout)
        connection.close()

    def autosave(request):
        article = ArticlePage.objects.get(pk=article_id).get_latest_revision_as_object()
        article.standfirst = request.POST["standfirst"]
        article.save_revision()
        time.sleep(float(hold))
        return HttpResponse()

    middleware, factory = AtomicWritesMiddleware(autosave), RequestFactory()
    print("ready", flush=True)
    sys.stdin.readline()
    saved = failed = slowest = 0
    for number in range(int(count)):
        started = time.perf_counter()
        try:
            middleware(factory.post("/", {"standfirst": f"Version {os.getpid()}-{number}"}))
            saved += 1
        except OperationalError as error:
            failed += 1
            print(error, file=sys.stderr)
        slowest = max(slowest, time.perf_counter() - started)
    print(f"slowest save {slowest * 1000:.0f} ms", file=sys.stderr)
    print(f"saved {saved} failed {failed}")


def count(article_id):
    from news.models import ArticlePage

    print(ArticlePage.objects.get(pk=article_id).revisions.count())


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.dev")
    django.setup()
    command, *args = sys.argv[1:]
    {"setup": setup, "save": save, "count": count}[command](*args)
