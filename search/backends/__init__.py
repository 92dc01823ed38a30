"""French full-text search on Wagtail's database backend: SQLite (FTS5) and PostgreSQL.

``WAGTAILSEARCH_BACKENDS`` (``search_backend()`` in newsroom/settings/search.py) names the class
that fits the database:

``FrenchSQLiteSearchBackend``
    Wagtail's SQLite FTS5 backend, with French words. The index stores the Snowball stems of
    the accent-free words of titles and bodies (``search.french``); queries are read the same
    way, so "chercheur" finds "chercheurs" and "meninges" finds "Méninges". A query never
    reaches FTS5 as typed: only quoted stems do, so its syntax (``NEAR``, ``*``, ``:``,
    ``-``, quotes...) and SQL are plain words or nothing. Quoted phrases are FTS5 phrases.
    Ranking runs the full-text match once per search: ``bm25()`` (a title hit weighs ten
    body hits) is computed in the same FTS5 scan that finds the hits, and the page of results
    is cut in SQL before any object is loaded.

``FrenchPostgresSearchBackend``
    Wagtail's PostgreSQL backend on the ``french_unaccent`` text search configuration (French
    stemming and stop words, accents ignored), made by this app's migration. Its queries are
    cleaned the same way: no NUL byte, a bounded number of words, quoted phrases.

Both keep Wagtail's search API: ``.search(q, operator=..., order_by_relevance=...)`` on a
(filtered) queryset, slicing, ``count()``, ``annotate_score()``, ``facet()`` and
``autocomplete()``. After switching a database to these classes, run ``manage.py update_index``.
"""

from django.db import connection

from search.backends.common import clean_query

if connection.vendor == "sqlite":
    from search.backends.sqlite import (
        FTS5_COLUMNS,
        FrenchSQLiteSearchBackend,
        IndexEntry,
        SQLiteFTSIndexEntry,
    )
if connection.vendor == "postgresql":
    from search.backends.postgres import FrenchPostgresSearchBackend

__all__ = ["FTS5_COLUMNS", "IndexEntry", "SQLiteFTSIndexEntry", "SearchBackend", "clean_query"]


def SearchBackend(params):  # noqa: N802 (Wagtail looks a backend module's SearchBackend up)
    """The French backend for the default database, so ``BACKEND: "search.backends"`` works."""
    if connection.vendor == "sqlite":
        return FrenchSQLiteSearchBackend(params)
    if connection.vendor == "postgresql":
        return FrenchPostgresSearchBackend(params)
    # Only for a database that is neither: not loaded with the two French backends.
    from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend

    return DatabaseSearchBackend(params)
