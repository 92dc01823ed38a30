"""PostgreSQL only: French, accent-insensitive text search for search.backends.

- the unaccent and pg_trgm extensions (both "trusted": a database owner may create them);
- text search configurations ``french_unaccent`` (French stems and stop words, accents
  ignored; the search backend's SEARCH_CONFIG) and ``simple_unaccent`` (no stemming, for
  autocomplete);
- ``f_unaccent()`` and the trigram indexes that Wagtail's ``Fuzzy(q, unaccent=True)`` queries
  use (what ``manage.py enable_trigram`` would make), for misspelt queries.

On SQLite (and any other database) it does nothing.
"""

from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """
    DO $$
    BEGIN
        IF NOT EXISTS (
            SELECT 1 FROM pg_ts_config WHERE cfgname = 'french_unaccent'
                AND cfgnamespace = 'public'::regnamespace
        ) THEN
            CREATE TEXT SEARCH CONFIGURATION public.french_unaccent (COPY = pg_catalog.french);
            ALTER TEXT SEARCH CONFIGURATION public.french_unaccent
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
        END IF;
        IF NOT EXISTS (
            SELECT 1 FROM pg_ts_config WHERE cfgname = 'simple_unaccent'
                AND cfgnamespace = 'public'::regnamespace
        ) THEN
            CREATE TEXT SEARCH CONFIGURATION public.simple_unaccent (COPY = pg_catalog.simple);
            ALTER TEXT SEARCH CONFIGURATION public.simple_unaccent
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
        END IF;
    END
    $$
    """,
    """
    CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $func$ SELECT public.unaccent('public.unaccent', $1) $func$
    """,
    (
        "CREATE INDEX IF NOT EXISTS modelsearch_title_text_unaccent_trgm"
        " ON wagtailsearch_indexentry USING gin (f_unaccent(title_text) gin_trgm_ops)"
    ),
    (
        "CREATE INDEX IF NOT EXISTS modelsearch_body_text_unaccent_trgm"
        " ON wagtailsearch_indexentry USING gin (f_unaccent(body_text) gin_trgm_ops)"
    ),
]

BACKWARD = [
    "DROP INDEX IF EXISTS modelsearch_title_text_unaccent_trgm",
    "DROP INDEX IF EXISTS modelsearch_body_text_unaccent_trgm",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS public.french_unaccent",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS public.simple_unaccent",
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [
        # The title_text and body_text columns that the trigram indexes cover.
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        migrations.RunPython(run(FORWARD), run(BACKWARD), elidable=False),
    ]
