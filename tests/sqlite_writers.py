"""Processes of their own against one database file, as several editors with autosave are.

`python -m tests.sqlite_writers setup` makes an article and prints its id;
`python -m tests.sqlite_writers save ID COUNT` saves COUNT revisions, prints « saved N failed M »;
`python -m tests.sqlite_writers count ID` prints how many revisions the article has.
"""

import os
import sys

import django


def setup():
    from wagtail.models import Site

    from tests.factories import ArticlePageFactory, NewsIndexPageFactory

    home = Site.objects.get(is_default_site=True).root_page
    index = NewsIndexPageFactory(parent=home)
    print(ArticlePageFactory(parent=index, live=False).pk)


def save(article_id, count):
    from django.db import OperationalError, transaction

    from news.models import ArticlePage

    saved = failed = 0
    for number in range(int(count)):
        try:
            with transaction.atomic():
                article = ArticlePage.objects.get(pk=article_id).get_latest_revision_as_object()
                article.standfirst = f"Version {os.getpid()}-{number}"
                article.save_revision()
            saved += 1
        except OperationalError as error:
            failed += 1
            print(error, file=sys.stderr)
    print(f"saved {saved} failed {failed}")


def count(article_id):
    from news.models import ArticlePage

    print(ArticlePage.objects.get(pk=article_id).revisions.count())


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.dev")
    django.setup()
    command, *args = sys.argv[1:]
    {"setup": setup, "save": save, "count": count}[command](*args)
