"""The local spam filter: a score from signals in the comment and its commenter's history.

Nothing leaves the server. Each signal adds points (see `WEIGHTS`); the total decides:
at `SPAM_SCORE` or more the comment is filed as spam (kept for moderators to recover),
at `HOLD_SCORE` or more it waits for a moderator, below it the moderation policy decides.
Signals in `HOLD_ONLY` (timing: a quick reader looks like a bot) hold a comment but never
count towards filing it as spam.
Every signal is named in the comment's `spam_reasons`, so moderators see why.
"""

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlsplit

HOLD_SCORE = 3
SPAM_SCORE = 8

WEIGHTS = {
    "honeypot": 20,  # a field no human sees was filled
    "too-fast": HOLD_SCORE,  # posted sooner after the page was served than most can type
    "blocklist": 10,  # a term of the newsroom's blocklist
    "spammer-email": 8,  # this e-mail address has comments marked as spam
    "spam-words": 6,  # each distinct strong spam phrase (pharma, casino, backlinks…)
    "link-markup": 5,  # HTML or BBCode links: readers type addresses, bots paste markup
    "many-links": 5,  # more links than COMMENTS_MAX_LINKS (+2 for each extra one)
    "moderation-word": 4,  # a term of the newsroom's hold list
    "spammer-address": 4,  # the client address sent spam during the retention period
    "shortener": 3,  # a link through a URL shortener
    "link-only": 3,  # a link with hardly any words around it
    "canned-praise": 3,  # the stock English compliments of comment bots
    "foreign-script": 3,  # mostly neither Latin nor French text
    "spammy-name": 3,  # an address, a keyword or a slogan instead of a name
    "commercial-words": 2,  # weak commercial hints (crypto, promo…), capped at 4 in all
    "english": 2,  # an English-language comment on a French site
    "shouting": 2,
    "dubious-tld": 2,
    "site-promoted": 2,  # the commenter's own website is also linked in the text
    "links": 1,  # one point a link, up to COMMENTS_MAX_LINKS
    "website": 1,
    "approved-before": -3,  # earlier comments of this e-mail were approved
}

HOLD_ONLY = {"too-fast"}

LINK_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"'\]\[)]+", re.IGNORECASE)
MARKUP_RE = re.compile(r"<\s*a\s|\[\s*url|\[\s*link|href\s*=", re.IGNORECASE)
WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

SHORTENERS = {
    "bit.ly",
    "tinyurl.com",
    "t.co",
    "goo.gl",
    "cutt.ly",
    "is.gd",
    "ow.ly",
    "rb.gy",
    "shorturl.at",
    "tiny.cc",
}
DUBIOUS_TLDS = {"xyz", "top", "click", "loan", "bid", "win", "icu", "buzz", "work", "rest", "cfd"}

# Strong phrases: almost never in a real reader's comment on this site, often in spam.
SPAM_PHRASES = [
    *("viagra", "cialis", "levitra", "kamagra", "tramadol", "xanax", "valium", "ozempic sans"),
    *("pharmacie en ligne", "online pharmacy", "sans ordonnance", "without prescription"),
    *("pilule", "pills", "erectile", "érectile", "perte de poids rapide", "weight loss"),
    *("casino", "machines à sous", "slot machine", "bonus sans dépôt", "free spins"),
    *("paris sportifs en ligne", "betting tips", "escort", "porn", "xxx"),
    *("backlink", "backlinks", "link building", "netlinking", "guest post", "article invité"),
    *("seo services", "services seo", "référencement garanti", "first page of google"),
    *("première page de google", "rank your website", "boost your ranking", "traffic to your"),
    *("trafic vers votre", "buy followers", "acheter des abonnés", "acheter des followers"),
    *("acheter des likes", "buy likes", "payday loan", "prêt rapide", "crédit rapide"),
    *(
        "prêt entre particuliers",
        "sans justificatif",
        "rachat de crédit",
        "forex",
        "options binaires",
    ),
    *("binary options", "doublez vos", "double your", "airdrop", "giveaway", "seed phrase"),
    *(
        "phrase de récupération",
        "wallet connect",
        "connect your wallet",
        "connectez votre portefeuille",
    ),
    *("rendement garanti", "guaranteed return", "guaranteed profit", "profit garanti"),
    *("gagnez de l'argent", "gagner de l'argent facilement", "make money", "earn money"),
    *("revenu passif", "passive income", "travail à domicile", "work from home", "replica"),
    *("répliques de", "discount code", "code promo"),
    *(
        "essay writing",
        "rédaction de mémoire",
        "mlm",
        "investment platform",
        "plateforme d'investissement",
    ),
    *("recover your lost", "récupérer vos fonds", "hacker éthique", "crypto recovery"),
]
# Weak hints: a reader may well write them; they only count together with others.
COMMERCIAL_WORDS = [
    *("crypto", "cryptos", "bitcoin", "btc", "usdt", "ethereum", "token", "nft", "seo"),
    *("trading", "trader", "cliquez ici", "click here", "visitez", "visit my", "check out my"),
    *("mon site", "my site", "my website", "my blog", "mon blog", "whatsapp", "telegram"),
    *("contactez-moi", "contact me", "dm me", "promo", "promotion", "gratuit", "free"),
    *("offre", "offer", "deal", "discount", "$", "inscrivez-vous", "sign up", "cheap"),
    *("investissez", "invest", "profit", "pas cher", "sexy", "contrefaçon"),
]
CANNED_PRAISE = [
    "great post",
    "nice post",
    "great article",
    "nice article",
    "very informative",
    "thanks for sharing",
    "thank you for sharing",
    "keep up the good work",
    "keep it up",
    "i will bookmark",
    "bookmarked",
    "i like this blog",
    "wonderful blog",
    "awesome blog",
    "this is really interesting",
    "very helpful article",
    "i learned a lot",
    "your blog",
    "this website",
    "this site is",
    "informative article",
]
ENGLISH_WORDS = {
    *("the", "and", "you", "your", "this", "is", "are", "of", "for", "with", "it", "that"),
    *("my", "i", "we", "our", "have", "was", "will", "can", "on", "be", "very", "what"),
}
FRENCH_WORDS = {
    *("le", "la", "les", "et", "est", "des", "que", "qui", "pour", "une", "un", "pas"),
    *("je", "il", "elle", "on", "ce", "cet", "cette", "dans", "sur", "du", "de", "au"),
    *("mais", "avec", "plus", "sont", "nous", "vous", "ils", "ne", "se", "en", "à", "ça"),
}


@dataclass
class Submission:
    name: str
    email: str
    body: str
    url: str = ""
    honeypot: str = ""
    elapsed: float | None = None  # seconds between the page being served and the post


@dataclass
class History:
    """What earlier moderation says about this commenter."""

    approved: int = 0  # published comments with this e-mail
    spam: int = 0  # spam comments with this e-mail
    address_spam: int = 0  # spam comments from this client address (hashed)


@dataclass
class Rules:
    blocklist: list = field(default_factory=list)
    moderation_keywords: list = field(default_factory=list)
    max_links: int = 2
    min_seconds: float = 4


@dataclass
class Verdict:
    score: int
    reasons: list

    @property
    def is_spam(self):
        hold_only = sum(WEIGHTS[reason] for reason in self.reasons if reason in HOLD_ONLY)
        return self.score - hold_only >= SPAM_SCORE

    @property
    def is_doubtful(self):
        return self.score >= HOLD_SCORE or bool(HOLD_ONLY.intersection(self.reasons))


def fold(text):
    """Lower case without accents, typographic apostrophes made straight: for matching.

    Not search.french.fold on purpose: that one drops elided articles (« l'arnaque » becomes
    « arnaque ») and spells out ligatures, while a listed term is matched with its apostrophe,
    and content_hash() is stored with every comment: a different fold would change the hash
    of the same text and let a repeat through.
    """
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return plain.casefold().replace("’", "'")


def content_hash(body):
    """The same text, whatever its spacing, case and punctuation, has the same hash."""
    words = re.findall(r"\w+", fold(body))
    return hashlib.sha256(" ".join(words).encode()).hexdigest()


def find_links(text):
    return LINK_RE.findall(text or "")


def link_host(url):
    if not re.match(r"https?://", url, re.IGNORECASE):
        url = "http://" + url
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def _term_pattern(term):
    folded = re.escape(fold(term))
    # Whole words only: « cialis » must not match « spécialiste ».
    return re.compile(rf"(?<![\w]){folded}(?![\w])")


def contains_term(haystack, term):
    term = term.strip()
    if not term:
        return False
    if not re.search(r"\w", term):  # symbols such as € or %
        return fold(term) in haystack
    return bool(_term_pattern(term).search(haystack))


def matching_terms(haystack, terms):
    return [term for term in terms if contains_term(haystack, term)]


def assess(submission, history=None, rules=None):
    """The comment's spam score and the signals behind it."""
    history = history or History()
    rules = rules or Rules()
    reasons = []
    score = 0

    def add(reason, points=None):
        nonlocal score
        score += WEIGHTS[reason] if points is None else points
        reasons.append(reason)

    body = submission.body or ""
    everything = fold(" ".join([submission.name, submission.email, submission.url, body]))
    folded_body = fold(body)
    folded_name = fold(submission.name)

    if (submission.honeypot or "").strip():
        add("honeypot")
    if submission.elapsed is not None and submission.elapsed < rules.min_seconds:
        add("too-fast")

    if matching_terms(everything, rules.blocklist):
        add("blocklist")
    if matching_terms(everything, rules.moderation_keywords):
        add("moderation-word")

    links = find_links(body)
    if links:
        if len(links) > rules.max_links:
            extra = len(links) - rules.max_links - 1
            add("many-links", WEIGHTS["many-links"] + 2 * min(extra, 1))
        else:
            add("links", WEIGHTS["links"] * len(links))
    if MARKUP_RE.search(body):
        add("link-markup")
    hosts = {link_host(link) for link in links}
    if submission.url:
        hosts.add(link_host(submission.url))
        add("website")
        if link_host(submission.url) in {link_host(link) for link in links}:
            add("site-promoted")
    if hosts & SHORTENERS:
        add("shortener")
    if any(host.rsplit(".", 1)[-1] in DUBIOUS_TLDS for host in hosts if "." in host):
        add("dubious-tld")
    words = WORD_RE.findall(LINK_RE.sub(" ", body))
    if links and len(words) < 6:
        add("link-only")

    strong = matching_terms(everything, SPAM_PHRASES)
    if strong:
        add("spam-words", WEIGHTS["spam-words"] * min(len(strong), 2))
    weak = matching_terms(everything, COMMERCIAL_WORDS)
    if len(weak) >= 2:
        add("commercial-words", min(WEIGHTS["commercial-words"] * (len(weak) - 1), 4))
    if matching_terms(folded_body, CANNED_PRAISE):
        add("canned-praise")

    lowered = [word.casefold() for word in words]
    english = sum(word in ENGLISH_WORDS for word in lowered)
    french = sum(word in FRENCH_WORDS for word in lowered)
    if english >= 3 and english > 2 * french:
        add("english")

    letters = [char for char in body if char.isalpha()]
    if letters:
        latin = sum("LATIN" in unicodedata.name(char, "") for char in letters)
        if latin / len(letters) < 0.5:
            add("foreign-script")
        upper = sum(char.isupper() for char in letters)
        if len(letters) >= 20 and upper / len(letters) > 0.6:
            add("shouting")

    if (
        find_links(submission.name)
        or matching_terms(folded_name, SPAM_PHRASES)
        or len(submission.name.split()) > 4
        or len(re.findall(r"\d", submission.name)) >= 4
    ):
        add("spammy-name")

    if history.spam:
        add("spammer-email")
    if history.address_spam:
        add("spammer-address")
    if history.approved and not history.spam:
        add("approved-before")

    return Verdict(score=score, reasons=reasons)
