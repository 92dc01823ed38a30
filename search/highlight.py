"""Search excerpts: the passage of an article around the reader's words, marked up safely."""

import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.french import fold
from search.french import stem as french_stem

WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=4096)
def stem(word):
    """The stem the search index gives a word, so the marked words are the ones it matched."""
    return french_stem(fold(word))


def query_stems(query):
    return {stem(word) for word in WORD.findall(query) if len(word) > 1 or word.isdigit()}


def excerpt(text, query, length=240):
    """HTML: about `length` characters of `text` around the first matched word, words marked.

    The text is escaped before any <mark> is added, so an article's own markup never
    becomes HTML here.
    """
    stems = query_stems(query)
    matches = [m for m in WORD.finditer(text) if stem(m.group()) in stems]
    if matches:
        start = max(0, matches[0].start() - length // 3)
        start = text.rfind(" ", 0, start) + 1 if start else 0
    else:
        start = 0
    end = min(len(text), start + length)
    if end < len(text):
        end = max(text.rfind(" ", start, end), start + length // 2)
    pieces, cursor = [], start
    for match in matches:
        if match.start() < start or match.end() > end:
            continue
        pieces.append(escape(text[cursor : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        cursor = match.end()
    pieces.append(escape(text[cursor:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(pieces).strip() + suffix)  # noqa: S308  (escaped above)
