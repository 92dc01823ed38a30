"""PostgreSQL: Wagtail's backend on the french_unaccent configuration."""

from django.contrib.postgres.search import SearchQuery
from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import (
    PlainText,
)
from modelsearch.utils import AND, OR

from search import french
from search.backends.common import CleanQueryMixin


class FrenchPostgresQueryMixin(CleanQueryMixin):
    """Words read as on SQLite (folded, elisions dropped, phrases quoted, 32 at most), then
    stemmed and unaccented by PostgreSQL's text search configuration."""

    def build_tsquery_content(self, query, config=None, invert=False):
        if not isinstance(query, PlainText):
            return super().build_tsquery_content(query, config=config, invert=invert)
        parsed = french.parse_query(
            query.query_string, stemming=False, drop_stop_words=not self.LAST_TERM_IS_PREFIX
        )
        combine = AND if (query.operator == "and") != invert else OR  # De Morgan
        parts = []
        if parsed.terms:
            last = len(parsed.terms) - 1
            lexemes = [
                Lexeme(term, invert=invert, prefix=self.LAST_TERM_IS_PREFIX and i == last)
                for i, term in enumerate(parsed.terms)
            ]
            parts.append(SearchQuery(combine(lexemes), search_type="raw", config=config))
        for phrase in parsed.phrases:
            phrase_query = SearchQuery(" ".join(phrase), search_type="phrase", config=config)
            parts.append(~phrase_query if invert else phrase_query)
        return combine(parts)


class FrenchPostgresSearchQueryCompiler(FrenchPostgresQueryMixin, PostgresSearchQueryCompiler):
    pass


class FrenchPostgresAutocompleteQueryCompiler(
    FrenchPostgresQueryMixin, PostgresAutocompleteQueryCompiler
):
    pass


class FrenchPostgresSearchBackend(PostgresSearchBackend):
    """Wagtail's PostgreSQL backend, French and accent-insensitive by default.

    ``SEARCH_CONFIG`` defaults to ``french_unaccent`` and ``AUTOCOMPLETE_CONFIG`` to
    ``simple_unaccent``, both created by this app's migration.
    """

    query_compiler_class = FrenchPostgresSearchQueryCompiler
    autocomplete_query_compiler_class = FrenchPostgresAutocompleteQueryCompiler

    def __init__(self, params):
        params = {"SEARCH_CONFIG": "french_unaccent", **params}
        super().__init__(params)
        self.autocomplete_config = params.get("AUTOCOMPLETE_CONFIG", "simple_unaccent")
