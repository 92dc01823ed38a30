"""PostgreSQL: Wagtail's backend on the french_unaccent configuration, ranked from the index."""

from django.contrib.postgres.search import SearchQuery
from django.db.models import CharField, F, FloatField, IntegerField, OuterRef, Subquery
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Cast
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresAutocompleteQueryCompiler,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import Fuzzy, MatchAll, Not, PlainText
from modelsearch.utils import AND, OR, get_descendants_content_types_pks

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


def matching_entries(entries, search_query):
    """Index entries whose title or body matches, as the GIN index of migration 0003 reads it."""
    combined = CombinedExpression(F("title"), "||", F("body"))
    return entries.annotate(_vector_=combined).filter(_vector_=search_query)


class FrenchPostgresSearchQueryCompiler(FrenchPostgresQueryMixin, PostgresSearchQueryCompiler):
    """Matches and ranks in the index table, then keeps the pages the queryset allows.

    The stock compiler joins every page to its index entry on ``object_id = pk::varchar``, a
    join no index serves: PostgreSQL reads both page tables whole, then ranks every match. Here
    the matching entries come from the GIN index on ``title || body`` (search migration 0003)
    as a semi-join on the integer primary key, and each remaining page's rank is read from its
    own entry through the ``(content_type_id, object_id)`` unique index. Same matches, same
    ranking formula, same API (slicing, ``count()``, facets, ``annotate_score()``).
    """

    def search(self, config, start, stop, score_field=None, backend=None):
        if not self._ranks_from_index():
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        content_types = get_descendants_content_types_pks(self.queryset.model)
        entries = IndexEntry.objects.filter(content_type_id__in=content_types)
        matches = matching_entries(entries, search_query).values(
            _object_pk=Cast("object_id", IntegerField())
        )
        rank = self._build_rank_expression(
            [(F("title"), F("title_norm")), (F("body"), 1.0)], config
        )
        own_entry = entries.filter(object_id=Cast(OuterRef("pk"), CharField(max_length=50)))
        rank_expression = Subquery(
            own_entry.annotate(_rank=rank).values("_rank")[:1], output_field=FloatField()
        )
        queryset = self.queryset.filter(pk__in=matches)
        return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)

    def _ranks_from_index(self):
        query = self.query
        if self.fields is not None or isinstance(query, MatchAll | Fuzzy):
            return False
        if isinstance(query, Not) and isinstance(query.subquery, MatchAll):
            return False
        pk = self.queryset.model._meta.pk
        return isinstance(pk.target_field if pk.is_relation else pk, IntegerField)


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
