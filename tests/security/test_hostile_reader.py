"""Hostile markup on readers' pages, feeds, JSON-LD, Markdown copies and comments: shown as
text, never run (the payloads and their markers: tests/support/hostile.py)."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.support.factories import (
    CommentFactory,
)
from tests.support.hostile import (
    ATOM,
    BAD_SCHEME,
    IDS,
    LIMITS,
    MARKER,
    PAYLOADS,
    TYPED,
    assert_inert,
    expected,
    get,
    hostile,
    marker,
    normalised_url,
    page_markers,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


# ---------- Reader pages ----------

ARTICLE_FIELDS = [
    "ti",  # title
    "sf",  # standfirst
    "pp",  # paragraph text
    "lk",  # link text (its address is the payload too)
    "dl",  # the data: link's address, kept as text only
    "hd",  # heading
    "pq",  # pull quote
    "pa",  # its attribution
    "bq",  # block quote
    "bs",  # its source
    "fb",  # fact box title
    "fx",  # fact box text
    "ia",  # body image alt text
    "ic",  # body image caption
    "cr",  # body image credit
    "ha",  # hero alt text
    "hc",  # hero caption
    "ph",  # photographer
    "ag",  # agency
    "lc",  # licence (JSON-LD)
    "iu",  # image source address
    "ct",  # category name
    "tg",  # tag name
    "sn",  # source name
    "su",  # source address
    "st",  # SEO title
    "sd",  # SEO description
    "am",  # AI model
    "av",  # AI model version
    "ap",  # approver's name
    "co",  # correction
    "cn",  # commenter name
    "cb",  # comment text
    "cl",  # address in a comment
    "cu",  # commenter website
    "an",  # AI notice
]


@pytest.mark.parametrize("number", range(len(PAYLOADS)), ids=IDS)
def test_article_page_shows_every_field_as_text(reader, world, number):
    html = get(reader, world["articles"][number].url)
    # The notice's link text is one payload, on every page.
    assert_inert(html, expected(ARTICLE_FIELDS, [number], LIMITS) | {marker(2, "al")})


@pytest.mark.parametrize(
    "path",
    ["/", "/actualites/", "/categorie/rubrique-{n}/", "tag", "/actualites/?page=1&x=<svg>"],
    ids=["home", "news-index", "category", "tag", "index-with-query"],
)
def test_listings_show_titles_and_names_as_text(reader, world, path):
    if path == "tag":
        pages = [world["articles"][n].tags.get().slug for n in range(len(PAYLOADS))]
        pages = [reverse("news:tag", args=[slug]) for slug in pages]
    elif "{n}" in path:
        pages = [path.format(n=n) for n in range(len(PAYLOADS))]
    else:
        pages = [path]
    seen = set()
    for url in pages:
        html = get(reader, url)
        assert_inert(html)
        seen |= page_markers(html)
    assert expected(["ti", "sf", "ct"], limits=LIMITS) <= seen
    if "categorie" in path:
        assert expected(["cd"]) <= seen
    if path == "tag":
        assert expected(["tg"], limits=LIMITS) <= seen


def test_search_results_show_titles_excerpts_facets_and_promotions_as_text(reader, world):
    html = get(reader, "/recherche/", q=TYPED)
    fields = ["ti", "sf", "ct", "tg", "pp", "xt", "xd", "xu"]
    assert_inert(html, expected(fields, limits=LIMITS))


@pytest.mark.parametrize("number", range(len(PAYLOADS)), ids=IDS)
def test_a_hostile_search_query_is_shown_as_text(reader, world, number):
    query = hostile(number, "sq")
    html = get(reader, "/recherche/", q=query, categorie=query, tag=query, tri=query, page=query)
    assert_inert(html, {marker(number, "sq")}, [number])
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("#search-q")["value"] == query


def test_json_ld_holds_the_fields_as_data_and_cannot_be_closed(reader, world):
    for number, article in enumerate(world["articles"]):
        html = get(reader, article.url)
        soup = BeautifulSoup(html, "html.parser")
        blocks_ = soup.find_all("script", type="application/ld+json")
        assert blocks_
        for element in blocks_:
            assert "<" not in element.string  # so no </script> inside, in any case
        raw = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        data = [json.loads(text) for text in raw]
        news = next(item for item in data if item["@type"] == "NewsArticle")
        assert news["headline"].startswith(hostile(number, "ti")[:100])
        assert news["keywords"] == [hostile(number, "tg", 100)]
        assert news["isBasedOn"][0]["name"] == hostile(number, "sn")
        assert news["correction"][0]["text"] == hostile(number, "co")


@pytest.mark.parametrize(
    "path",
    [
        "/flux/rss/",
        "/flux/atom/",
        "/categorie/rubrique-{n}/flux/rss/",
        "/categorie/rubrique-{n}/flux/atom/",
        "tag-rss",
        "tag-atom",
    ],
)
def test_feeds_carry_the_fields_as_text(reader, world, path):
    if path.startswith("tag-"):
        kind = path.removeprefix("tag-")
        urls = [
            reverse(f"news:tag_feed_{kind}", args=[article.tags.get().slug])
            for article in world["articles"]
        ]
    elif "{n}" in path:
        urls = [path.format(n=n) for n in range(len(PAYLOADS))]
    else:
        urls = [path]
    seen = set()
    for url in urls:
        body = get(reader, url)
        root = ET.fromstring(body.encode())  # well-formed XML: nothing broke out of it
        for element in root.iter():
            text = element.text or ""
            seen.update(MARKER.findall(text))
            for name, value in element.attrib.items():
                seen.update(MARKER.findall(value))
                if name in {"href", "url", "src", "uri"}:
                    assert not BAD_SCHEME.match(normalised_url(value)), value
        # What a feed reader renders as HTML: each item's description, summary or content.
        for item in [*root.iter("item"), *root.iter(f"{{{ATOM}}}entry")]:
            for element in item:
                tag = element.tag.rsplit("}", 1)[-1]
                if tag in {"description", "summary", "content"} and element.get("type") != "text":
                    assert_inert(element.text or "")
                    seen |= page_markers(element.text or "")
    assert expected(["ti", "sf", "ph", "ag", "am", "ct", "tg", "ha"], limits=LIMITS) <= seen


def test_markdown_copies_escape_markup_and_drop_dangerous_links(reader, world):
    seen = set()
    texts = [get(reader, article.url.rstrip("/") + ".md") for article in world["articles"]]
    texts.append(get(reader, "/llms.txt"))
    for text in texts:
        seen.update(MARKER.findall(text))
        # Markup only as text: every « < » is escaped, or opens an <https://…> address.
        for match in re.finditer(r"(?<!\\)<(?!https?://)", text):
            raise AssertionError(
                f"raw markup in Markdown: {text[match.start() : match.start() + 60]}"
            )
        assert not re.search(r"\]\(\s*(javascript|data|vbscript):", text, re.IGNORECASE)
    assert expected(["ti", "sf", "pp", "hd", "pq", "co", "sn", "ct"], limits=LIMITS) <= seen
    # The notice is read without its tags: a marker inside one goes with it.
    assert expected(["an"], plain={"an"}) <= seen


# ---------- Comments ----------


def test_a_comment_address_that_is_not_a_web_address_is_never_a_link(reader, world):
    article = world["articles"][0]
    for number in (3, 7):  # javascript: and data:, as an older row might hold them
        CommentFactory(
            article=article, author_name=marker(number, "cn"), author_url=hostile(number, "cu")
        )
    html = get(reader, article.url)
    assert_inert(html, {marker(3, "cn"), marker(7, "cn")})


@pytest.mark.parametrize("url", [hostile(3, "cu"), hostile(7, "cu")], ids=["javascript", "data"])
def test_the_comment_form_refuses_a_website_that_is_not_a_web_address(world, url):
    from comments.forms import CommentForm

    article = world["articles"][0]
    data = {"body": "Un avis.", "name": "Lectrice", "email": "l@example.org", "url": url}
    form = CommentForm(data, article=article)
    assert not form.is_valid()
    assert "url" in form.errors
