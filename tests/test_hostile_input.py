"""Hostile markup typed by editors or readers is shown as text and never runs, on any page.

One article per payload carries that payload in every field an editor or a reader controls;
each copy holds a marker (« pw03ti »: payload 03, field « ti », the title) that tells which
field it came from. Every page that shows those fields is parsed as a browser would read it,
and must hold no script, event handler or javascript:/data: address made from a marker,
while the markers themselves are on the page (the payload reached it, as text).
"""

import base64
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.core.files.images import ImageFile
from django.db import transaction
from django.urls import reverse
from django.utils.html import strip_tags
from PIL import Image as PILImage
from wagtail import blocks
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.embeds.blocks import EmbedBlock
from wagtail.models import Site
from wagtail.test.utils.form_data import inline_formset, streamfield

from news.blocks import ArticleBodyBlock
from news.importing import import_article
from news.models import ArticlePage, Category, ShareLink
from news.share_links import signed_url
from newsroom.models import AINotice
from search.models import UnansweredSearch
from tests.editorial import add_url, article_form, login, setup_newsroom, workflow_action_url
from tests.factories import (
    ArticlePageFactory,
    CommentFactory,
    CreditedImageFactory,
    NewsIndexPageFactory,
    publish,
)

pytestmark = pytest.mark.django_db

# ---------- Payloads and markers ----------

# {js} sets window.__pwned and opens a dialog: the browser test watches for both.
JS = "alert(__pwned=`{m}`)"
PAYLOADS = [
    ("script", "<script>{js}</script>"),
    ("attribute-breakout", '"><img src=x onerror={js}>'),
    ("svg-onload", "<svg onload={js}>"),
    ("javascript-url", "javascript:{js}"),
    ("script-breakout", "</script><script>{js}</script>"),
    ("template", '{{ 7*7 }}{% now "Y" %}{m}'),
    ("quote-breakout", "' onmouseover='{js}' x='"),
    ("data-url", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==#{m}"),
    ("iframe", '<iframe src="javascript:{js}"></iframe>'),
    ("double-escaped", "&lt;script&gt;{js}&lt;/script&gt;"),
]
IDS = [name for name, _template in PAYLOADS]
MARKER = re.compile(r"pw\d\d[a-z][a-z0-9]")
SCRIPT_TYPES = {"", "text/javascript", "module", "application/javascript", "text/ecmascript"}
DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}
ATOM = "http://www.w3.org/2005/Atom"
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset"}
BAD_SCHEME = re.compile(r"^(javascript|data|vbscript):")
TYPED = "texte piégé"  # in every body: a search for it finds every hostile article
PLAIN = {"sd", "cd"}  # shown as plain text, markup stripped


def marker(number, field):
    return f"pw{number:02d}{field}"


def hostile(number, field, limit=None):
    """Payload `number` marked for `field`, or None when it would not fit the field."""
    mark = marker(number, field)
    text = PAYLOADS[number][1].replace("{js}", JS).replace("{m}", mark)
    return None if limit and len(text) > limit else text


def hostile_url(number, field):
    """A valid web address (every URL field checks that) whose path tries to break out."""
    mark = marker(number, field)
    return f"https://example.org/{mark}?\"><script>{JS.replace('{m}', mark)}</script>'x"


def data_url(mark):
    page = f"<script>{JS.replace('{m}', mark)}</script>".encode()
    return "data:text/html;base64," + base64.b64encode(page).decode()


def with_markup(number):
    """Does payload `number` hold markup that must never reach a page unescaped?"""
    return "<" in PAYLOADS[number][1]


# ---------- What a browser would run ----------


def normalised_url(value):
    return re.sub(r"[\x00-\x20\x7f]+", "", value or "").lower()


def hostile_findings(html):
    """What in this HTML would run a payload: scripts, handlers, dangerous addresses."""
    soup = BeautifulSoup(html, "html.parser")
    findings = []
    for element in soup.find_all(True):
        values = {
            name.lower(): " ".join(value) if isinstance(value, list) else (value or "")
            for name, value in element.attrs.items()
        }
        marked = any(MARKER.search(value) for value in values.values())
        if element.name == "script":
            kind = values.get("type", "").strip().lower()
            text = element.string or ""
            if kind in DATA_SCRIPT_TYPES:
                try:
                    json.loads(text)
                except ValueError:
                    findings.append(f"data script broken open: {text[:120]!r}")
            elif kind in SCRIPT_TYPES and (MARKER.search(text) or marked):
                findings.append(f"payload script: {element}"[:200])
        for name, value in values.items():
            if name.startswith("on") and (marked or MARKER.search(value)):
                findings.append(f"event handler {name}= on <{element.name}>: {value[:80]}")
            if name in URL_ATTRIBUTES and any(
                BAD_SCHEME.match(normalised_url(part)) for part in value.split(",")
            ):
                findings.append(f"{name}={value[:80]!r} on <{element.name}>")
            if name == "srcdoc" and MARKER.search(value):
                findings.append(f"srcdoc on <{element.name}>: {value[:80]}")
        if element.name == "meta" and "refresh" in values.get("http-equiv", "").lower():
            target = values.get("content", "").partition("url=")[2]
            if BAD_SCHEME.match(normalised_url(target)):
                findings.append(f"meta refresh to {target[:80]}")
    return findings


def page_markers(html):
    """The markers a reader can see or a machine can read on the page."""
    soup = BeautifulSoup(html, "html.parser")
    found = set(MARKER.findall(soup.get_text(" ")))
    for element in soup.find_all(True):
        for value in element.attrs.values():
            found.update(MARKER.findall(" ".join(value) if isinstance(value, list) else value))
        if element.name == "script" and element.get("type") in DATA_SCRIPT_TYPES:
            found.update(MARKER.findall(element.string or ""))
    return found


ALL = range(len(PAYLOADS))


def assert_inert(html, expected=(), numbers=ALL):
    """No payload can run; each expected marker is on the page, so the payload got there."""
    assert hostile_findings(html) == []
    for number in numbers:
        if with_markup(number):  # the payload verbatim in the source: it was not escaped
            verbatim = re.escape(hostile(number, "xx")).replace("xx", "[a-z][a-z0-9]")
            assert not re.search(verbatim, html), PAYLOADS[number][0]
    seen = page_markers(html)
    missing = sorted(mark for mark in expected if mark not in seen)
    assert missing == [], f"not on the page, so not checked: {missing}"


def expected(fields, numbers=ALL, limits=None, plain=PLAIN):
    limits = limits or {}
    return {
        marker(number, field)
        for number in numbers
        for field in fields
        if hostile(number, field, limits.get(field)) is not None
        # A description is shown without tags: a marker inside a tag goes with it.
        and (field not in plain or marker(number, field) in strip_tags(hostile(number, field)))
    }


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


# ---------- Content as the admin saves it ----------


def contentstate(*paragraphs):
    """Draftail's data for paragraphs of (text, link address or None), as the editor posts."""
    blocks_, entities = [], {}
    for number, (text, link) in enumerate(paragraphs):
        ranges = []
        if link is not None:
            entities[str(len(entities))] = {
                "type": "LINK",
                "mutability": "MUTABLE",
                "data": {"url": link},
            }
            ranges = [{"offset": 0, "length": len(text), "key": len(entities) - 1}]
        blocks_.append(
            {
                "key": f"k{number:04d}",
                "type": "unstyled",
                "depth": 0,
                "text": text,
                "inlineStyleRanges": [],
                "entityRanges": ranges,
                "data": {},
            }
        )
    return json.dumps({"blocks": blocks_, "entityMap": entities})


def typed(block_name, *paragraphs, struct_child=None):
    """Rich text as the admin stores what an editor typed in this block's editor."""
    block = ArticleBodyBlock().child_blocks[block_name]
    if struct_child:
        block = block.child_blocks[struct_child]
    return block.field.widget.converter.to_database_format(contentstate(*paragraphs))


def tiny_picture(name):
    buffer = io.BytesIO()
    PILImage.new("RGB", (48, 27), "#1d3557").save(buffer, "JPEG")
    return ImageFile(io.BytesIO(buffer.getvalue()), name=f"{name}.jpg")


LIMITS = {"ct": 80, "av": 60, "fb": 120, "ap": 150, "al": 60, "cn": 80, "tg": 100}


def hostile_article(index, number, reviewer):
    h = lambda field: hostile(number, field, LIMITS.get(field))  # noqa: E731
    category = Category.objects.create(
        name=h("ct") or f"Rubrique {number}", slug=f"rubrique-{number}", description=h("cd")
    )
    image = CreditedImageFactory(
        title=h("it"),
        description=h("im"),
        photographer=h("ph"),
        credit_source=h("ag"),
        licence=h("lc"),
        source_url=hostile_url(number, "iu"),
        file=tiny_picture(f"hostile-{number}"),
    )
    body = [
        {
            "type": "paragraph",
            "value": typed(
                "paragraph",
                (f"{TYPED} {h('pp')}", None),
                (h("lk"), h("lk")),
                (marker(number, "dl"), data_url(marker(number, "dl"))),
            ),
        },
        {"type": "heading", "value": {"text": h("hd"), "level": "h2"}},
        {"type": "pull_quote", "value": {"quote": h("pq"), "attribution": h("pa")}},
        {
            "type": "block_quote",
            "value": {
                "text": typed("block_quote", (h("bq"), h("bl")), struct_child="text"),
                "source": h("bs"),
            },
        },
        {
            "type": "fact_box",
            "value": {
                "title": h("fb") or "En bref",
                "text": typed("fact_box", (h("fx"), None), struct_child="text"),
            },
        },
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "alt_text": h("ia"), "decorative": False},
                "caption": h("ic"),
                "credit": h("cr"),
            },
        },
    ]
    article = ArticlePageFactory(
        parent=index,
        live=False,
        title=h("ti"),
        slug=f"article-piege-{number}",
        standfirst=h("sf"),
        seo_title=h("st"),
        search_description=h("sd"),
        hero_image=image,
        hero_alt_text=h("ha"),
        hero_caption=h("hc"),
        body=body,
        corrections=[
            {"type": "correction", "value": {"date": "2026-01-02", "text": h("co")}},
        ],
        ai_model=h("am"),
        ai_model_version=h("av") or "",
        prompt_reference=h("pr"),
        approved_by=reviewer,
        categories=[category],
        tags=[h("tg")],
        sources=[(h("sn"), hostile_url(number, "su"))],
    )
    publish(article)
    CommentFactory(
        article=article,
        author_name=h("cn"),
        author_url=hostile_url(number, "cu"),
        body=f"{h('cb')}\n\n{hostile_url(number, 'cl')}",
    )
    # A draft over the live version: the admin's compare view and the previews show it.
    draft = ArticlePage.objects.get(pk=article.pk)
    draft.title = h("t2")
    draft.save_revision(user=reviewer)
    ShareLink.objects.create(page=draft, note=h("sl"))
    return article


def build_world():
    users = setup_newsroom()
    home = Site.objects.get(is_default_site=True).root_page.specific
    index = publish(NewsIndexPageFactory(parent=home, live=False))
    notice = AINotice.load()
    notice.text = typed(
        "paragraph", *[(hostile(n, "an"), hostile(n, "nl")) for n in range(len(PAYLOADS))]
    )
    notice.learn_more_page = index
    notice.learn_more_label = hostile(2, "al")
    notice.save()
    articles = []
    for number in range(len(PAYLOADS)):
        reviewer = get_user_model().objects.create_user(
            f"relecteur-{number}",
            email=f"relecteur{number}@example.org",
            first_name=hostile(number, "ap", 150) or "Relecteur",
        )
        articles.append(hostile_article(index, number, reviewer))
    query = Query.get(TYPED)
    for number in range(len(PAYLOADS)):
        SearchPromotion.objects.create(
            query=query,
            external_link_url=hostile_url(number, "xu"),
            external_link_text=hostile(number, "xt"),
            description=hostile(number, "xd"),
            sort_order=number,
        )
    return {"users": users, "index": index, "articles": articles}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once for the module inside a transaction, rolled back at its end; each test
    runs in a savepoint of its own within it."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield build_world()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def admin_client(client, world):
    return login(client, "admin")


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
    from news.comments.forms import CommentForm

    article = world["articles"][0]
    data = {"body": "Un avis.", "name": "Lectrice", "email": "l@example.org", "url": url}
    form = CommentForm(data, article=article)
    assert not form.is_valid()
    assert "url" in form.errors


# ---------- Previews ----------


@pytest.mark.parametrize("number", range(len(PAYLOADS)), ids=IDS)
def test_admin_preview_and_share_link_show_the_draft_as_text(admin_client, world, number):
    article = world["articles"][number]
    fields = expected(["t2", "sf", "pp", "hd", "pq", "ic", "ha", "co", "am"], [number], LIMITS)
    html = get(admin_client, reverse("wagtailadmin_pages:view_draft", args=[article.pk]))
    assert_inert(html, fields, [number])
    card = get(
        admin_client, reverse("wagtailadmin_pages:view_draft", args=[article.pk]), mode="card"
    )
    assert_inert(card, {marker(number, "t2")}, [number])
    admin_client.logout()
    link = ShareLink.objects.get(page=article)
    assert_inert(get(admin_client, signed_url(link)), fields, [number])


def test_preview_of_an_unsaved_edit_shows_it_as_text(admin_client, world):
    article = world["articles"][0]
    image = article.hero_image
    category = article.categories.get()
    number = 1
    data = hostile_form(image, [category], number)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[article.pk])
    assert admin_client.post(url, data).json()["is_valid"]
    html = get(admin_client, url)
    assert_inert(html, expected(["fe", "fs", "fp", "fq"], [number]), [number])


# ---------- The admin ----------


def admin_pages(world):
    article, index = world["articles"][0], world["index"]
    revisions = list(article.revisions.order_by("pk").values_list("pk", flat=True))
    q = hostile(0, "aq")
    return {
        "explorer": reverse("wagtailadmin_explore", args=[index.pk]),
        "explorer-ordering": reverse("wagtailadmin_explore", args=[index.pk]) + f"?ordering={q}",
        "page-search": reverse("wagtailadmin_pages:search") + f"?q={q}",
        "page-search-hits": reverse("wagtailadmin_pages:search") + "?q=alert",
        "images": reverse("wagtailimages:index") + f"?q={q}&ordering={q}",
        "images-all": reverse("wagtailimages:index"),
        "categories": reverse("wagtailsnippets_news_category:list") + f"?q={q}",
        "categories-all": reverse("wagtailsnippets_news_category:list") + f"?ordering={q}",
        "tags": reverse("wagtailsnippets_taggit_tag:list"),
        "sources": reverse("news_articlesource_modeladmin_index") + f"?o={q}",
        "comments": reverse("wagtailsnippets_comments_comment:list") + f"?q={q}",
        "comments-all": reverse("wagtailsnippets_comments_comment:list"),
        "share-links": reverse("wagtailsnippets_news_sharelink:list"),
        "promotions": reverse("wagtailsearchpromotions:index"),
        "history": reverse("wagtailadmin_pages:history", args=[article.pk]),
        "compare": reverse(
            "wagtailadmin_pages:revisions_compare",
            args=[article.pk, revisions[0], revisions[-1]],
        ),
        "edit": reverse("wagtailadmin_pages:edit", args=[article.pk]),
        "image-edit": reverse("wagtailimages:edit", args=[article.hero_image.pk]),
        "dashboard": reverse("wagtailadmin_home"),
        "site-history": reverse("wagtailadmin_reports:site_history"),
    }


ADMIN_PAGES = [
    "explorer",
    "explorer-ordering",
    "page-search",
    "page-search-hits",
    "images",
    "images-all",
    "categories",
    "categories-all",
    "tags",
    "sources",
    "comments",
    "comments-all",
    "share-links",
    "promotions",
    "history",
    "compare",
    "edit",
    "image-edit",
    "dashboard",
    "site-history",
]
ADMIN_REACH = {
    "explorer": ["t2"],  # the admin shows the latest draft's title
    "explorer-ordering": ["aq"],
    "page-search": ["aq"],
    "page-search-hits": ["t2"],
    "images": ["aq"],
    "images-all": ["it"],
    "categories": ["aq"],
    "categories-all": ["ct"],
    "tags": ["tg"],
    "sources": ["sn", "su"],
    "comments": ["aq"],
    "comments-all": ["cn", "cb"],  # the text is cut after 60 characters
    "share-links": ["sl", "ti"],
    "promotions": [],
    "history": [],
    "compare": [],
    "edit": [],
    "image-edit": [],
    "dashboard": [],
    "site-history": [],
}


@pytest.mark.parametrize("name", ADMIN_PAGES)
def test_admin_pages_show_hostile_values_as_text(admin_client, world, name):
    url = admin_pages(world)[name]
    response = admin_client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    html = response.content.decode()
    reach = ADMIN_REACH[name]
    fields = expected(reach, [0] if reach == ["aq"] else ALL, LIMITS)
    if name == "page-search-hits":  # each backend finds some of the titles with « alert »
        assert fields & page_markers(html)
        fields = set()
    if name == "comments-all":
        fields.discard(marker(IDS.index("data-url"), "cb"))
    assert_inert(html, fields)


def test_the_compare_view_shows_both_titles_as_text(admin_client, world):
    article = world["articles"][0]
    revisions = list(article.revisions.order_by("pk").values_list("pk", flat=True))
    url = reverse(
        "wagtailadmin_pages:revisions_compare", args=[article.pk, *revisions[:: len(revisions) - 1]]
    )
    html = get(admin_client, url)
    assert_inert(html, {marker(0, "ti"), marker(0, "t2")}, [0])


def test_searches_without_results_report_shows_the_reader_query_as_text(reader, world):
    for number in range(len(PAYLOADS)):
        get(reader, "/recherche/", q=hostile(number, "sq"))
    # PostgreSQL's near matches answer some of them: the report lists the others.
    unanswered = UnansweredSearch.objects.values_list("query__query_string", flat=True)
    login(reader, "admin")
    assert_inert(get(reader, reverse("wagtailsearchpromotions:search_terms")), expected(["sq"]))
    report = get(reader, reverse("unanswered_searches"))
    assert_inert(report, set(MARKER.findall(" ".join(unanswered))))


# ---------- Through the admin's own forms ----------


def hostile_form(image, categories, number, **overrides):
    """The article editor's POST with a payload in each field an editor types."""
    h = lambda field: hostile(number, field)  # noqa: E731
    data = article_form(
        image,
        categories,
        title=h("fe"),
        slug=f"formulaire-piege-{number}",
        standfirst=h("fs"),
        hero_alt_text=h("fa"),
        hero_caption=h("fc"),
        body=streamfield(
            [
                ("paragraph", contentstate((h("fp"), h("fk")), ("data", hostile(7, "fd")))),
                ("pull_quote", {"quote": h("fq"), "attribution": h("fw")}),
            ]
        ),
        tags=f'"{h("fg").replace(chr(34), "")}"',
        sources=inline_formset([{"name": h("fn"), "url": "https://example.org/"}]),
        ai_model=h("fm"),
        **overrides,
    )
    return data


def outbox_html():
    for message in mail.outbox:
        yield message.subject, message.body
        for content, kind in getattr(message, "alternatives", []):
            if kind == "text/html":
                yield "html", content


def test_workflow_emails_show_the_title_and_comment_as_text(client, world):
    number = 0
    article_count = ArticlePage.objects.count()
    login(client, "redacteur")
    image = world["articles"][number].hero_image
    data = hostile_form(image, list(world["articles"][number].categories.all()), number)
    data["action-submit"] = "action-submit"
    response = client.post(add_url(world["index"]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ArticlePage.objects.count() == article_count + 1
    article = ArticlePage.objects.get(slug=f"formulaire-piege-{number}")
    client.logout()
    login(client, "redac-chef")
    client.post(workflow_action_url(article, "reject"), {"comment": hostile(number, "rj")})
    assert len(mail.outbox) >= 2
    htmls = 0
    seen = set()
    for kind, content in outbox_html():
        seen.update(MARKER.findall(content))
        if kind == "html":
            htmls += 1
            assert_inert(content, numbers=[number])
    assert htmls, "the notification e-mails have an HTML part"
    assert {marker(number, "fe"), marker(number, "rj")} <= seen


def test_rich_text_typed_in_the_admin_keeps_only_its_features(client, world):
    login(client, "redacteur")
    article = world["articles"][0]
    image = article.hero_image
    paragraph = json.dumps(
        {
            "blocks": [
                {
                    "key": "aaaa1",
                    "type": "header-two",
                    "depth": 0,
                    "text": '<b onclick="alert(1)">gras</b><iframe src=x></iframe>',
                    "inlineStyleRanges": [{"offset": 0, "length": 4, "style": "CODE"}],
                    "entityRanges": [{"offset": 0, "length": 4, "key": 0}],
                    "data": {},
                },
                {
                    "key": "aaaa2",
                    "type": "unstyled",
                    "depth": 0,
                    "text": "<style>body{display:none}</style> lien",
                    "inlineStyleRanges": [{"offset": 0, "length": 4, "style": "BOLD"}],
                    "entityRanges": [{"offset": 35, "length": 4, "key": 1}],
                    "data": {},
                },
                {
                    "key": "aaaa3",
                    "type": "atomic",
                    "depth": 0,
                    "text": " ",
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 1, "key": 2}],
                    "data": {},
                },
            ],
            "entityMap": {
                "0": {
                    "type": "LINK",
                    "mutability": "MUTABLE",
                    "data": {"url": "javascript:alert(1)"},
                },
                "1": {
                    "type": "LINK",
                    "mutability": "MUTABLE",
                    "data": {"url": "data:text/html;base64,PHNjcmlwdD4="},
                },
                "2": {
                    "type": "EMBED",
                    "mutability": "IMMUTABLE",
                    "data": {"url": "https://evil.example/x", "html": "<script>alert(1)</script>"},
                },
            },
        }
    )
    data = article_form(
        image,
        list(article.categories.all()),
        slug="texte-riche-filtre",
        body=streamfield([("paragraph", paragraph)]),
    )
    data["action-submit"] = "action-submit"
    assert client.post(add_url(world["index"]), data).status_code == 302
    saved = ArticlePage.objects.get(slug="texte-riche-filtre").get_latest_revision_as_object()
    source = saved.body[0].value.source
    tags = {tag.name for tag in BeautifulSoup(source, "html.parser").find_all(True)}
    assert tags <= {"p", "b", "i", "a", "ol", "ul", "li", "sup", "sub", "br"}, source
    assert "onclick" not in source.replace("&quot;", "")
    assert not re.search(r"href=\"\s*(javascript|data):", source)
    assert "<iframe" not in source and "<h2" not in source  # the heading block is dropped
    assert "&lt;/style&gt;" in source and "<style" not in source  # typed, so kept as text


def test_the_importer_keeps_only_the_features_of_rich_text_in_database_format(world, tmp_path):
    data = {
        "title": hostile(0, "mt"),
        "standfirst": hostile(1, "ms"),
        "body": [
            {
                "type": "paragraph",
                "value": '<p><b onclick="alert(1)">gras</b><iframe src="https://evil.example/">'
                "</iframe><style>body{display:none}</style><script>alert(1)</script>"
                '<a href="javascript:alert(1)">js</a> <a href="data:text/html,x">data</a> '
                '<a href=" JaVaScRiPt:alert(1)">espace</a> <img src="x" onerror="alert(1)"/></p>',
            },
            {"type": "block_quote", "value": {"text": '<p><a href="javascript:x()">c</a></p>'}},
            {
                "type": "fact_box",
                "value": {"title": "En bref", "text": "<ul><li onmouseover=x()>a</li></ul>"},
            },
        ],
        "provenance": {"ai_model": hostile(2, "mm")},
    }
    path = tmp_path / "article.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = import_article(path, world["users"]["redacteur"], submit=False)
    page = result.page.get_latest_revision_as_object()
    for block in page.body:
        value = block.value if block.block_type == "paragraph" else block.value["text"]
        source = value.source
        tags = {tag.name for tag in BeautifulSoup(source, "html.parser").find_all(True)}
        assert tags <= {"p", "b", "i", "a", "ol", "ul", "li", "sup", "sub", "br"}, source
        assert not re.search(r"\son\w+=", source), source
        assert not re.search(r"href=\"\s*(javascript|data):", source, re.IGNORECASE), source


def test_source_and_image_addresses_must_be_web_addresses(client, world):
    login(client, "admin")
    article = world["articles"][0]
    for url in (hostile(3, "su"), hostile(7, "su"), "jav\tascript:alert(1)"):
        data = article_form(
            article.hero_image,
            list(article.categories.all()),
            slug="adresse-piegee",
            sources=inline_formset([{"name": "Source", "url": url}]),
        )
        response = client.post(add_url(world["index"]), data)
        assert response.status_code == 200  # the form again, with its error
        assert not ArticlePage.objects.filter(slug="adresse-piegee").exists()
        image_url = reverse("wagtailimages:edit", args=[article.hero_image.pk])
        response = client.post(
            image_url,
            {"title": "Image", "source_url": url, "collection": article.hero_image.collection_id},
        )
        assert response.status_code == 200
        article.hero_image.refresh_from_db()
        assert article.hero_image.source_url == hostile_url(0, "iu")


# ---------- What the body may hold ----------


def all_blocks(block):
    yield block
    for child in getattr(block, "child_blocks", {}).values():
        yield from all_blocks(child)


def test_the_body_has_no_raw_html_block_and_rich_text_has_no_html_feature():
    found = list(all_blocks(ArticleBodyBlock()))
    assert not [block for block in found if isinstance(block, blocks.RawHTMLBlock)]
    for block in found:
        if isinstance(block, blocks.RichTextBlock):
            features = set(block.features or ())
            assert features <= {"bold", "italic", "link", "ol", "ul", "superscript", "subscript"}
    assert any(isinstance(block, EmbedBlock) for block in found)


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/video",
        "https://www.youtube.com.evil.example/watch?v=x",
        "javascript:alert(1)//youtube.com",
        "data:text/html,<script>alert(1)</script>",
    ],
)
def test_an_embed_from_outside_the_allowed_providers_is_refused_with_a_clear_error(url):
    block = ArticleBodyBlock().child_blocks["embed"]
    value = block.to_python({"embed": url, "caption": ""})
    with pytest.raises(blocks.StructBlockValidationError) as refused:
        block.clean(value)
    message = " ".join(refused.value.block_errors["embed"].messages)
    assert "YouTube" in message and "Vimeo" in message


def test_an_embed_from_an_allowed_provider_goes_on_to_be_fetched(monkeypatch):
    asked = []
    monkeypatch.setattr(
        "wagtail.embeds.blocks.embed_to_frontend_html",
        lambda url, *args: asked.append(url) or '<iframe src="https://www.youtube.com/embed/x">',
    )
    block = ArticleBodyBlock().child_blocks["embed"]
    url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    block.clean(block.to_python({"embed": url, "caption": ""}))
    assert asked == [url]
