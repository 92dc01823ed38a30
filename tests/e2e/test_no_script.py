"""Hostile markup in a real Chromium: published content and reader input never run a script.

The content is the one tests/support/hostile.py builds: one article per payload, with the
payload in every field an editor or a reader controls. Each payload would set
`window.__pwned` and open a dialog if a browser ever ran it.
"""

import re
from urllib.parse import urlencode

import pytest
from django.urls import reverse

from news.models import ShareLink
from news.share_links.signing import signed_url
from tests.support.hostile import MARKER, PAYLOADS, TYPED, build_world, hostile

pytestmark = [
    pytest.mark.e2e,
    # The live server sees committed data only; serialized rollback restores what the
    # migrations created after the flush.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Hover and focus everything, as a reader's mouse and keyboard would, to fire any handler.
PROVOKE = """() => {
    for (const element of document.querySelectorAll('*')) {
        for (const type of ['mouseover', 'mouseenter', 'focus', 'animationstart']) {
            element.dispatchEvent(new Event(type, {bubbles: true}));
        }
    }
}"""
DANGEROUS_ADDRESSES = """() => {
    const names = ['href', 'src', 'action', 'formaction'];
    return [...document.querySelectorAll('[href], [src], [action], [formaction]')]
        .flatMap(element => names.map(name => element.getAttribute(name)))
        .filter(value => value && /^\\s*(javascript|data|vbscript):/i.test(value));
}"""


# Handlers and inline scripts made from a payload, whether or not the CSP stopped them.
PAYLOAD_CODE = """() => {
    const marker = /pw\\d\\d[a-z][a-z0-9]/;
    const data = ['application/json', 'application/ld+json'];
    const found = [];
    for (const element of document.querySelectorAll('*')) {
        const attributes = [...element.attributes];
        const marked = attributes.some(attribute => marker.test(attribute.value));
        for (const attribute of attributes) {
            if (attribute.name.startsWith('on') && marked) found.push(element.outerHTML);
        }
        if (element.tagName === 'SCRIPT' && !data.includes(element.type)
                && (marked || marker.test(element.textContent))) {
            found.push(element.outerHTML);
        }
    }
    return found;
}"""
RECORD_VIOLATIONS = """document.addEventListener('securitypolicyviolation', event => {
    (window.__violations = window.__violations || []).push(
        `${event.effectiveDirective} ${event.blockedURI} ${event.sample}`);
});"""


@pytest.fixture
def world(site_url):
    return build_world()


@pytest.fixture
def watched(new_page):
    """A browser page that records dialogs (dismissed) and console errors."""

    def make(name):
        page = new_page(name)
        page.add_init_script(RECORD_VIOLATIONS)
        page.dialogs = []
        page.console_errors = []
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        page.on(
            "console",
            lambda message: (
                page.console_errors.append(message.text) if message.type == "error" else None
            ),
        )
        return page

    return make


def visit(page, url):
    response = page.goto(url, wait_until="load")
    assert response is not None and response.status == 200, url
    page.evaluate(PROVOKE)
    page.wait_for_timeout(100)
    assert page.evaluate("typeof window.__pwned") == "undefined", url
    assert page.dialogs == [], (url, page.dialogs)
    assert page.evaluate(DANGEROUS_ADDRESSES) == [], url
    assert page.evaluate(PAYLOAD_CODE) == [], url
    # A script the Content-Security-Policy had to stop was injected: a failure too.
    violations = page.evaluate("window.__violations || []")
    assert [text for text in violations if text.startswith("script-src")] == [], url
    payload_errors = [text for text in page.console_errors if MARKER.search(text)]
    payload_errors += [text for text in page.errors if MARKER.search(text)]
    assert payload_errors == [], url
    return page


def test_reader_pages_never_run_hostile_markup(watched, site_url, world):
    reader = watched("reader")
    articles = world["articles"]
    for article in articles:
        visit(reader, site_url + article.url)
        # The payloads are there, shown as text: the title as typed, the comment under it.
        assert reader.get_by_role("heading", level=1).inner_text() == article.title
        assert MARKER.search(reader.locator(".comment-list").inner_text())
    visit(reader, f"{site_url}/")
    visit(reader, f"{site_url}/actualites/")
    for article in articles:
        visit(reader, site_url + article.categories.get().url)
        visit(reader, site_url + reverse("news:tag", args=[article.tags.get().slug]))
    page = visit(reader, f"{site_url}/recherche/?{urlencode({'q': TYPED})}")
    assert page.locator(".search-result").count() == len(PAYLOADS)
    for number in range(len(PAYLOADS)):
        query = hostile(number, "sq")
        page = visit(reader, f"{site_url}/recherche/?{urlencode({'q': query})}")
        assert page.locator("#search-q").input_value() == query
    assert reader.failed_responses == [], reader.failed_responses


def test_previews_never_run_hostile_markup(watched, site_url, world):
    reviewer = watched("share-link-reader")
    for article in world["articles"]:
        visit(reviewer, site_url + signed_url(ShareLink.objects.get(page=article)))
        assert re.search(r"pw\d\dt2", reviewer.get_by_role("heading", level=1).inner_text())

    editor = watched("editor")
    editor.goto(f"{site_url}/admin/login/")
    editor.locator("input[name=username]").fill("admin")
    editor.locator("input[name=password]").fill("admin-demo")
    editor.locator("form button[type=submit]").click()
    editor.wait_for_url(re.compile(r"/admin/$"))
    visit(editor, f"{site_url}/admin/pages/{world['index'].pk}/")
    for article in world["articles"]:
        visit(editor, site_url + reverse("wagtailadmin_pages:view_draft", args=[article.pk]))
        visit(editor, site_url + reverse("wagtailadmin_pages:history", args=[article.pk]))
    first = world["articles"][0]
    revisions = list(first.revisions.order_by("pk").values_list("pk", flat=True))
    compare = reverse(
        "wagtailadmin_pages:revisions_compare", args=[first.pk, revisions[0], revisions[-1]]
    )
    visit(editor, site_url + compare)
    visit(editor, site_url + reverse("wagtailadmin_pages:edit", args=[first.pk]))
