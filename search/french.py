"""French text normalisation for the SQLite search index, applied alike to documents and queries.

A word goes through the same steps on both sides, so that what a reader types meets what the
newsroom wrote:

1. control characters become spaces (NUL included), invisible format characters vanish;
2. compatibility decomposition (NFKD) then removal of the combining marks: "Méninges" and
   "meninges" are one word, and the "ﬁ" ligature is "fi";
3. case folding, and the French ligatures spelt out: "Œuvre" is "oeuvre";
4. elided articles and pronouns dropped: "l'IA" is "IA", "qu'elle" is "elle";
5. split on anything that is not a letter or a digit;
6. French Snowball stem of the accent-free word: "chercheurs" is "chercheur",
   "recrutements" is "recrut". Stemming the accent-free word (rather than stemming first and
   stripping the accents after) keeps "université" and "universite" on the same stem.

PostgreSQL does the same job with its own ``french_unaccent`` text search configuration; this
module is for the embedded SQLite database, whose FTS5 tokenizer knows no stemming.
"""

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

#: A query is cut to this many characters before it is read...
MAX_QUERY_CHARS = 1000
#: ...and to this many words (those of the quoted phrases included).
MAX_QUERY_TERMS = 32
#: A longer "word" in a query is cut: nobody types one, and it would only cost time.
MAX_WORD_CHARS = 64

_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})
_ELISION = re.compile(r"\b(?:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])['’ʼ`]")
_WORD = re.compile(r"[^\W_]+")
# Quoted phrases: straight quotes, French guillemets, English curly quotes.
_PHRASE = re.compile(r'"([^"]*)"|«([^»]*)»|“([^”]*)”')

# The Snowball French stop list, accent-free. Dropped from the words of a query (never from
# the index, nor from a quoted phrase) when the query has other words.
_STOP_WORDS = """
    a ai aie aient aies ait as au aura aurai auraient aurais aurait auras aurez auriez aurions
    aurons auront aux avaient avais avait avec avez aviez avions avons ayant ayez ayons c ce
    ceci cela ces cet cette d dans de des du elle en es est et etaient etais etait etant ete
    etee etees etes etiez etions eu eue eues eumes eurent eus eusse eussent eusses eussiez
    eussions eut eutes eux fumes furent fus fusse fussent fusses fussiez fussions fut futes ici
    il ils j je l la le les leur leurs lui m ma mais me meme mes moi mon n ne nos notre nous on
    ont ou par pas pour qu que quel quelle quelles quels qui s sa sans se sera serai seraient
    serais serait seras serez seriez serions serons seront ses soi soient sois soit sommes son
    sont soyez soyons suis sur t ta te tes toi ton tu un une vos votre vous y
"""
STOP_WORDS = frozenset(_STOP_WORDS.split())

_local = threading.local()


def _stemmer():
    # Snowball stemmer objects keep state between calls: one per thread.
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("french")
    return stemmer


@lru_cache(maxsize=200_000)
def stem(word):
    """The French Snowball stem of an already folded (lowercase, accent-free) word."""
    return _stemmer().stemWord(word)


def fold(text):
    """Lowercase, accent-free text without control characters or elided articles."""
    if not text:
        return ""
    cleaned = []
    for char in unicodedata.normalize("NFKD", text):
        category = unicodedata.category(char)
        if category == "Mn" or category == "Cf":
            continue  # accents, soft hyphens, zero-width characters
        if category.startswith("C") or category == "Zl" or category == "Zp":
            cleaned.append(" ")  # NUL, tabs, newlines, unassigned or private code points
        else:
            cleaned.append(char)
    folded = "".join(cleaned).casefold().translate(_LIGATURES)
    return _ELISION.sub(" ", folded)


def words(text):
    """The folded words of a text, unstemmed."""
    return _WORD.findall(fold(text))


def stems(text):
    """The stems of a text's words, in order."""
    return [stem(word) for word in words(text)]


def index_text(text):
    """What the index stores for a text: its stems, separated by spaces."""
    return " ".join(stems(text))


@dataclass(frozen=True)
class ParsedQuery:
    """A reader's query: single words (all required, or any) and quoted phrases (exact)."""

    terms: tuple[str, ...] = ()
    phrases: tuple[tuple[str, ...], ...] = ()

    def __bool__(self):
        return bool(self.terms or self.phrases)


def parse_query(
    text,
    stemming=True,
    drop_stop_words=True,
    max_terms=MAX_QUERY_TERMS,
    max_chars=MAX_QUERY_CHARS,
):
    """Stems of the loose words and of the quoted phrases of a query, bounded in size.

    With ``stemming=False`` the words are only folded (for a database that stems them itself,
    or for autocomplete); ``drop_stop_words=False`` keeps "la", which may be the beginning of
    "laboratoire" to autocomplete.

    Whatever the input (operators of a search syntax, SQL, NUL bytes, emoji, thousands of
    words), the result holds letters and digits only: nothing in it can be read as syntax.
    """
    text = (text or "")[:max_chars]
    loose_parts = []
    phrase_words = []
    position = 0
    for match in _PHRASE.finditer(text):
        loose_parts.append(text[position : match.start()])
        quoted = next(group for group in match.groups() if group is not None)
        phrase_words.append(words(quoted))
        position = match.end()
    loose_parts.append(text[position:])
    loose_words = words(" ".join(loose_parts))

    normalise = stem if stemming else str
    budget = max_terms
    phrases = []
    exact = []  # one-word "phrases": a word the reader insists on, stop word or not
    for phrase in phrase_words:
        phrase = [word[:MAX_WORD_CHARS] for word in phrase[: max(budget, 0)]]
        budget -= len(phrase)
        if len(phrase) > 1:
            phrases.append(tuple(normalise(word) for word in phrase))
        elif phrase:
            exact.append(phrase[0])

    meaningful = [word for word in loose_words if word not in STOP_WORDS]
    if drop_stop_words and (meaningful or phrases or exact):
        loose_words = meaningful
    terms = []
    for word in exact + [word[:MAX_WORD_CHARS] for word in loose_words[: max(budget, 0)]]:
        term = normalise(word)
        if term not in terms:
            terms.append(term)
    return ParsedQuery(terms=tuple(terms), phrases=tuple(dict.fromkeys(phrases)))
