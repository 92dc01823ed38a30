"""What both French backends share: reading a query, quoting FTS5 strings."""

import unicodedata

from django.utils.encoding import force_str
from modelsearch.query import (
    MATCH_NONE,
    And,
    Boost,
    Fuzzy,
    Not,
    Or,
    Phrase,
    PlainText,
)

from search import french


def clean_text(text):
    """A query string of bounded length, control characters (NUL included) turned to spaces."""
    text = force_str(text or "")[: french.MAX_QUERY_CHARS]
    return "".join(" " if unicodedata.category(char)[0] == "C" else char for char in text)


def clean_query(query):
    """A search query without NUL bytes and without its wordless parts; None if no word is left.

    A part with no letter or digit ("&", "!!!", an emoji) constrains nothing and is dropped, so
    ``hello "?!"`` searches for "hello"; a query with no word at all finds nothing.
    """
    if isinstance(query, PlainText):
        text = clean_text(query.query_string)
        if not french.parse_query(text):
            return None
        return PlainText(text, operator=query.operator, boost=query.boost)
    if isinstance(query, Phrase):
        text = clean_text(query.query_string)
        return Phrase(text) if french.words(text) else None
    if isinstance(query, Fuzzy):
        text = clean_text(query.query_string)
        if not french.words(text):
            return None
        return Fuzzy(text, operator=query.operator, unaccent=query.unaccent)
    if isinstance(query, (Boost, Not)):
        subquery = clean_query(query.subquery)
        if subquery is None:
            return None
        return Boost(subquery, query.boost) if isinstance(query, Boost) else Not(subquery)
    if isinstance(query, (And, Or)):
        subqueries = [sub for sub in map(clean_query, query.subqueries) if sub is not None]
        if not subqueries:
            return None
        return subqueries[0] if len(subqueries) == 1 else type(query)(subqueries)
    return query


class CleanQueryMixin:
    """Query compilers see cleaned queries only (see ``clean_query``)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cleaned = clean_query(self.query)
        self.query = MATCH_NONE if cleaned is None else cleaned


# What a compiled SQLite query matches: everything, nothing, the rows matching an FTS5
# expression, or every row but those.
ALL, NONE, MATCH, EXCLUDE = "all", "none", "match", "exclude"


def fts5_string(tokens, prefix=False):
    """An FTS5 string (a phrase if several tokens): quoted, so never read as syntax."""
    quoted = '"{}"'.format(" ".join(tokens).replace('"', '""'))
    return quoted + "*" if prefix else quoted


def _group(expressions, operator):
    return f" {operator} ".join(f"({expression})" for expression in expressions)
