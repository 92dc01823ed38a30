"""SQLite: an FTS5 index of French stems, ranked by bm25() in one pass."""

from functools import cached_property

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Case, IntegerField, Model, TextField, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from django.utils.encoding import force_str
from modelsearch.backends.database.sqlite.sqlite import (
    ObjectIndexer,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.conf import get_app_config
from modelsearch.index import AutocompleteField
from modelsearch.query import (
    And,
    Boost,
    Fuzzy,
    MatchAll,
    Not,
    Or,
    Phrase,
    PlainText,
)
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from search import french
from search.backends.common import (
    ALL,
    EXCLUDE,
    MATCH,
    NONE,
    CleanQueryMixin,
    _group,
    fts5_string,
)

IndexEntry = get_app_config().get_model("IndexEntry")
SQLiteFTSIndexEntry = get_app_config().get_model("SQLiteFTSIndexEntry")

# Columns of the FTS5 table, in the order Wagtail's migration created them
# (wagtailsearch 0006: "fts5(autocomplete, body, title)"); bm25() takes weights in it.
FTS5_COLUMNS = ("autocomplete", "body", "title")


class FrenchObjectIndexer(ObjectIndexer):
    """Stores the French stems of the title and body; autocomplete keeps the raw words."""

    @cached_property
    def title(self):
        return french.index_text(ObjectIndexer.title.func(self))

    @cached_property
    def body(self):
        return french.index_text(ObjectIndexer.body.func(self))


class FrenchSQLiteIndex(SQLiteIndex):
    indexer_class = FrenchObjectIndexer

    def add_items(self, model, objs):
        # Wagtail's, with the indexer class above.
        if not model.get_search_fields():
            return
        indexers = [self.indexer_class(obj, self.backend) for obj in objs]
        if not indexers:
            return

        content_type_pk = get_content_type_pk(model)
        data = {
            indexer.id: {
                "title": indexer.title,
                "autocomplete": indexer.autocomplete,
                "body": indexer.body,
            }
            for indexer in indexers
        }
        entries = self.entries.filter(content_type_id=content_type_pk)
        indexed_ids = set(
            entries.filter(object_id__in=data.keys()).values_list("object_id", flat=True)
        )
        for object_id in indexed_ids:
            entries.filter(object_id=object_id).update(**data[object_id])
        self.entries.bulk_create(
            IndexEntry(content_type_id=content_type_pk, object_id=object_id, **values)
            for object_id, values in data.items()
            if object_id not in indexed_ids
        )

    def _refresh_title_norms(self, full=False):
        # Wagtail scales title scores by title_norm, at the cost of a pass over the whole
        # index on every save; bm25() column weights rank titles here: nothing to refresh.
        pass


class FrenchSQLiteSearchQueryCompiler(CleanQueryMixin, SQLiteSearchQueryCompiler):
    STEMMING = True
    LAST_TERM_IS_PREFIX = False
    #: The FTS5 columns searched when no ``fields`` are given.
    COLUMNS = ("title", "body")
    #: bm25() weight of a hit in each column: a title hit counts as ten body hits.
    WEIGHTS = {"autocomplete": 0.0, "body": 1.0, "title": 10.0}

    def column_for_field(self, field_name):
        return "title" if field_name == "title" else "body"

    def get_columns(self):
        if self.fields is None:
            return self.COLUMNS
        wanted = {self.column_for_field(name) for name in self.fields}
        return tuple(column for column in self.COLUMNS if column in wanted)

    # The FTS5 expression

    def compile_query(self, query):
        """(ALL | NONE | MATCH | EXCLUDE, FTS5 expression or None) for a search query."""
        if isinstance(query, MatchAll):
            return ALL, None
        if isinstance(query, (PlainText, Fuzzy)):
            operator = query.operator if isinstance(query, PlainText) else "or"
            parsed = french.parse_query(
                query.query_string,
                stemming=self.STEMMING,
                drop_stop_words=not self.LAST_TERM_IS_PREFIX,
            )
            items = [fts5_string(phrase) for phrase in parsed.phrases]
            for position, term in enumerate(parsed.terms, start=1):
                prefix = self.LAST_TERM_IS_PREFIX and position == len(parsed.terms)
                items.append(fts5_string([term], prefix=prefix))
            if not items:
                return NONE, None
            return MATCH, f" {operator.upper()} ".join(items)
        if isinstance(query, Phrase):
            tokens = french.words(query.query_string)[: french.MAX_QUERY_TERMS]
            if self.STEMMING:
                tokens = [french.stem(token[: french.MAX_WORD_CHARS]) for token in tokens]
            return (MATCH, fts5_string(tokens)) if tokens else (NONE, None)
        if isinstance(query, Boost):
            return self.compile_query(query.subquery)
        if isinstance(query, Not):
            kind, expression = self.compile_query(query.subquery)
            opposite = {ALL: NONE, NONE: ALL, MATCH: EXCLUDE, EXCLUDE: MATCH}[kind]
            return opposite, expression
        if isinstance(query, (And, Or)):
            parts = [self.compile_query(subquery) for subquery in query.subqueries]
            positive = [expression for kind, expression in parts if kind == MATCH]
            negative = [expression for kind, expression in parts if kind == EXCLUDE]
            kinds = {kind for kind, _ in parts}
            if isinstance(query, And):
                if NONE in kinds:
                    return NONE, None
                if not positive:
                    return (EXCLUDE, _group(negative, "OR")) if negative else (ALL, None)
                expression = _group(positive, "AND")
                if negative:
                    expression = f"({expression}) NOT ({_group(negative, 'OR')})"
                return MATCH, expression
            if ALL in kinds:
                return ALL, None
            if negative:
                # (all but A) or (all but B) or C = all but (A and B and not C)
                expression = _group(negative, "AND")
                if positive:
                    expression = f"({expression}) NOT ({_group(positive, 'OR')})"
                return EXCLUDE, expression
            return (MATCH, _group(positive, "OR")) if positive else (NONE, None)
        raise NotImplementedError(
            f"`{query.__class__.__name__}` is not supported by the French SQLite backend."
        )

    @cached_property
    def match(self):
        kind, expression = self.compile_query(self.query)
        if expression is not None:
            columns = " ".join(self.get_columns())
            expression = f"{{{columns}}} : ({expression})"
        return kind, expression

    # SQL

    @property
    def db(self):
        return self.queryset.db

    @cached_property
    def integer_pk(self):
        pk = self.queryset.model._meta.pk
        while pk.is_relation:  # multi-table inheritance: ArticlePage.page_ptr
            pk = pk.target_field
        return pk.get_internal_type() in {
            "AutoField",
            "BigAutoField",
            "SmallAutoField",
            "IntegerField",
            "BigIntegerField",
            "SmallIntegerField",
            "PositiveIntegerField",
            "PositiveBigIntegerField",
            "PositiveSmallIntegerField",
        }

    def hits_sql(self, expression, with_score=False):
        """One FTS5 scan: the ids of the indexed objects of this model that match."""
        quote = connections[self.db].ops.quote_name
        fts, entries = SQLiteFTSIndexEntry._meta.db_table, IndexEntry._meta.db_table
        object_id = "CAST(entry.object_id AS INTEGER)" if self.integer_pk else "entry.object_id"
        score = ""
        if with_score:
            weights = ", ".join(str(float(self.WEIGHTS[column])) for column in FTS5_COLUMNS)
            score = f", -bm25({fts}, {weights}) AS score"
        content_types = get_descendants_content_types_pks(self.queryset.model)
        placeholders = ", ".join(["%s"] * len(content_types))
        # CROSS JOIN keeps the FTS5 scan as the outer loop (SQLite does not reorder it):
        # the other way round, FTS5 would run the whole match again for every entry.
        sql = (
            f"SELECT {object_id} AS object_id{score}"  # noqa: S608
            f" FROM {quote(fts)} CROSS JOIN {quote(entries)} AS entry"
            f" WHERE {quote(fts)} MATCH %s AND entry.id = {quote(fts)}.rowid"
            f" AND entry.content_type_id IN ({placeholders})"
        )
        return sql, [expression, *content_types]

    def filtered_sql(self):
        """``EXISTS (...)``: whether the searched queryset, with all its filters, holds the
        object of a hit (``hit.object_id``). May raise EmptyResultSet.

        A primary key lookup per hit: cheaper than listing the whole queryset first.
        """
        hit = RawSQL("hit.object_id", ())
        queryset = self.queryset.order_by()
        if self.integer_pk:
            queryset = queryset.filter(pk=hit)
        else:
            queryset = queryset.annotate(_search_pk=Cast("pk", TextField()))
            queryset = queryset.filter(_search_pk=hit)
        sql, params = queryset.values("pk").query.get_compiler(using=self.db).as_sql()
        return f"EXISTS ({sql})", params

    def _fetch_rows(self, sql, params):
        with connections[self.db].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    # Results

    def search(self, config, start, stop, score_field=None):
        """The hits as a queryset, in the queryset's order (else newest first), unranked.

        Used by ``facet()`` and ``get_queryset()``; iterating the results ranks them.
        """
        kind, expression = self.match
        if kind == ALL:
            queryset = self.queryset
        elif kind == NONE:
            queryset = self.queryset.none()
        else:
            ids = RawSQL(*self.hits_sql(expression))
            if kind == MATCH:
                queryset = self.queryset.filter(pk__in=ids)
            else:
                queryset = self.queryset.exclude(pk__in=ids)
        if not queryset.query.order_by:
            # A stable order for pagination (https://github.com/wagtail/wagtail/issues/3729).
            queryset = queryset.order_by("-pk")
        return queryset[start:stop]

    def results(self, start, stop, score_field=None):
        kind, expression = self.match
        if kind == NONE or (stop is not None and stop <= start):
            return []
        if kind != MATCH or not self.order_by_relevance:
            return self._unranked_results(start, stop, score_field)
        try:
            filtered_sql, filtered_params = self.filtered_sql()
        except EmptyResultSet:
            return []
        hits_sql, hits_params = self.hits_sql(expression, with_score=True)
        rows = self._fetch_rows(
            f"SELECT hit.object_id, hit.score FROM ({hits_sql}) AS hit"  # noqa: S608
            f" WHERE {filtered_sql}"
            " ORDER BY hit.score DESC, hit.object_id DESC LIMIT %s OFFSET %s",
            [*hits_params, *filtered_params, -1 if stop is None else stop - start, start],
        )
        return self._objects_in_order(rows, score_field)

    def count(self):
        kind, expression = self.match
        if kind == NONE:
            return 0
        if kind != MATCH:
            return self.search(None, None, None).count()
        try:
            filtered_sql, filtered_params = self.filtered_sql()
        except EmptyResultSet:
            return 0
        hits_sql, hits_params = self.hits_sql(expression)
        rows = self._fetch_rows(
            f"SELECT COUNT(*) FROM ({hits_sql}) AS hit"  # noqa: S608
            f" WHERE {filtered_sql}",
            [*hits_params, *filtered_params],
        )
        return rows[0][0]

    def scores(self, pks):
        """{primary key as text: score} for some objects (0.0 for those that miss)."""
        kind, expression = self.match
        if kind != MATCH or not pks:
            return {}
        hits_sql, hits_params = self.hits_sql(expression, with_score=True)
        placeholders = ", ".join(["%s"] * len(pks))
        rows = self._fetch_rows(
            f"SELECT hit.object_id, hit.score FROM ({hits_sql}) AS hit"  # noqa: S608
            f" WHERE hit.object_id IN ({placeholders})",
            [*hits_params, *pks],
        )
        return {force_str(pk): score for pk, score in rows}

    def _unranked_results(self, start, stop, score_field):
        results = list(self.search(None, start, stop))
        if score_field:
            models = [obj for obj in results if isinstance(obj, Model)]
            scores = self.scores([obj.pk for obj in models])
            for obj in models:
                setattr(obj, score_field, scores.get(force_str(obj.pk), 0.0))
        return results

    def _objects_in_order(self, rows, score_field):
        """The queryset's objects for the ranked (id, score) rows, in the rows' order."""
        if not rows:
            return []
        ids = [pk for pk, _ in rows]
        objects = list(self.queryset.filter(pk__in=ids))
        if not all(isinstance(obj, Model) for obj in objects):
            # .values() or .values_list(): let the database order them
            order = Case(
                *(When(pk=pk, then=Value(position)) for position, pk in enumerate(ids)),
                output_field=IntegerField(),
            )
            return list(self.queryset.filter(pk__in=ids).order_by(order))
        by_pk = {force_str(obj.pk): obj for obj in objects}
        results = []
        for pk, score in rows:
            obj = by_pk.get(force_str(pk))
            if obj is not None:
                if score_field:
                    setattr(obj, score_field, score)
                results.append(obj)
        return results


class FrenchSQLiteAutocompleteQueryCompiler(FrenchSQLiteSearchQueryCompiler):
    """Prefix search on the raw (accent-free, unstemmed) words of the autocomplete fields."""

    STEMMING = False
    LAST_TERM_IS_PREFIX = True
    TARGET_SEARCH_FIELD_TYPE = AutocompleteField
    COLUMNS = ("autocomplete",)
    WEIGHTS = {"autocomplete": 1.0, "body": 0.0, "title": 0.0}

    def column_for_field(self, field_name):
        return "autocomplete"

    def get_config(self, backend):
        return backend.autocomplete_config

    def get_search_fields_for_model(self):
        return self.queryset.model.get_autocomplete_search_fields()


class FrenchSQLiteSearchResults(SQLiteSearchResults):
    def _do_search(self):
        return self.query_compiler.results(self.start, self.stop, score_field=self._score_field)

    def _do_count(self):
        return self.query_compiler.count()


class FrenchSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = FrenchSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = FrenchSQLiteAutocompleteQueryCompiler
    index_class = FrenchSQLiteIndex
    results_class = FrenchSQLiteSearchResults
