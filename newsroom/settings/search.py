"""Search in French: an Elasticsearch/OpenSearch service when SEARCH_URL is set, else the
database's own full-text engine (search/backends/). After a change: manage.py update_index."""

import copy
import os

from .data import DATABASES
from .environment import env_int, env_str

_FRENCH_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {
                "french_elision": {
                    "type": "elision",
                    "articles_case": True,
                    "articles": [
                        *("l", "m", "t", "qu", "n", "s", "j", "d", "c"),
                        *("jusqu", "quoiqu", "lorsqu", "puisqu"),
                    ],
                },
                "french_stop": {"type": "stop", "stopwords": "_french_"},
                "french_stemmer": {"type": "stemmer", "language": "light_french"},
            },
            "analyzer": {
                # Text fields without an analyzer of their own: all but autocomplete.
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "french_elision",
                        "lowercase",
                        "french_stop",
                        "asciifolding",
                        "french_stemmer",
                    ],
                },
            },
        }
    }
}


def search_backend(environ, database_engine):
    """WAGTAILSEARCH_BACKENDS for these environment variables and this database ENGINE."""
    if env_str("SEARCH_URL", environ=environ):
        # SEARCH_BACKEND: elasticsearch7, elasticsearch8, elasticsearch9, opensearch2,
        # opensearch3 (each needs its client package), or a dotted path.
        backend = env_str("SEARCH_BACKEND", "elasticsearch8", environ=environ)
        return {
            "default": {
                "BACKEND": backend if "." in backend else "wagtail.search.backends." + backend,
                "URLS": [env_str("SEARCH_URL", environ=environ)],
                # One index per root model, named <prefix><app>_<model>: newsroom_wagtailcore_page.
                "INDEX_PREFIX": env_str("SEARCH_INDEX", "newsroom", environ=environ) + "_",
                "TIMEOUT": env_int("SEARCH_TIMEOUT", 5, environ=environ),
                "INDEX_SETTINGS": copy.deepcopy(_FRENCH_INDEX_SETTINGS),
            }
        }
    if database_engine == "django.db.backends.sqlite3":
        return {"default": {"BACKEND": "search.backends.FrenchSQLiteSearchBackend"}}
    if database_engine.rsplit(".", 1)[-1] in {"postgresql", "postgis"}:
        return {
            "default": {
                "BACKEND": "search.backends.FrenchPostgresSearchBackend",
                "SEARCH_CONFIG": "french_unaccent",  # made by search/migrations/0001
            },
        }
    return {"default": {"BACKEND": "wagtail.search.backends.database"}}


WAGTAILSEARCH_BACKENDS = search_backend(os.environ, DATABASES["default"]["ENGINE"])
