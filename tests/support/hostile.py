"""Hostile markup typed by editors or readers: the payloads, the content that carries them,
and what a browser would run. Used by tests/test_hostile_*.py and tests/e2e/test_no_script.py.

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

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.html import strip_tags
from PIL import Image as PILImage
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Site

from news.blocks import ArticleBodyBlock
from news.models import ArticlePage, Category, ShareLink
from notice.models import AINotice
from tests.support.editorial import login, setup_newsroom
from tests.support.factories import (
    ArticlePageFactory,
    CommentFactory,
    CreditedImageFactory,
    NewsIndexPageFactory,
    publish,
)

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


@pytest.fixture
def hostile_admin(client, world):
    """The superuser of the hostile world, logged in."""
    return login(client, "admin")
