"""The reader's header and search page on a phone (390 px wide) and on a desktop (1280 px).

On a phone the header is the wordmark and a search button on one line, then the categories on
one line that scrolls sideways; the search page shows its filters, folded, before the results.
axe-core checks both (tests/e2e/axe.py).
"""

import re

import pytest

from tests.e2e.axe import axe_violations
from tests.support.factories import ArticlePageFactory, days_ago, publish

try:
    from playwright.sync_api import expect
except ImportError:  # conftest skips these tests and says why
    expect = None

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 1000}
HEADER_MAX_HEIGHT = 110
SEARCH_NAME = "Rechercher sur le site"
QUERY = "chercheurs"


@pytest.fixture
def articles(news_index, categories):
    made = []
    for number, (cats, tags) in enumerate([([0, 2], ["OpenAI"]), ([0], ["Meta"]), ([1], [])]):
        article = ArticlePageFactory(
            parent=news_index,
            live=False,
            title=f"Les chercheurs, épisode {number}",
            slug=f"chercheurs-{number}",
            standfirst="Un mercato agité chez les chercheurs.",
            categories=[categories[i] for i in cats],
            tags=tags,
        )
        made.append(publish(article, when=days_ago(number + 1)))
    return made


def at(new_page, size, name):
    page = new_page(name)
    page.set_viewport_size(size)
    return page


def page_overflow(page):
    """How far the page itself scrolls sideways (0: not at all)."""
    return page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")


def boxes(locator):
    return [locator.nth(i).bounding_box() for i in range(locator.count())]


def toggle(page):
    return page.locator("header.site-header summary")


def header_search(page):
    return page.get_by_role("search", name=SEARCH_NAME)


def announced(page, selector):
    """Role, name and expanded state of an element as Chromium hands them to a screen reader."""
    cdp = page.context.new_cdp_session(page)
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    ax = cdp.send("Accessibility.getPartialAXTree", {"nodeId": node, "fetchRelatives": False})
    cdp.detach()
    found = ax["nodes"][0]
    states = {item["name"]: item["value"]["value"] for item in found.get("properties", [])}
    return found["role"]["value"], found["name"]["value"], states.get("expanded")


def test_phone_header_is_compact_with_the_categories_on_one_scrolling_line(
    new_page, site_url, articles, categories
):
    page = at(new_page, PHONE, "phone")
    page.goto(site_url + categories[1].url)

    header = page.locator("header.site-header").bounding_box()
    assert header["height"] <= HEADER_MAX_HEIGHT, header
    nav = page.get_by_role("navigation", name="Catégories")
    links = nav.get_by_role("link")
    assert links.count() == len(categories)
    expect(nav.locator("[aria-current=page]")).to_have_text(categories[1].name)
    # One line: every link at the same height, the line no taller than a link.
    link_boxes = boxes(links)
    assert len({round(box["y"]) for box in link_boxes}) == 1, link_boxes
    line = nav.get_by_role("list").bounding_box()
    assert line["height"] <= link_boxes[0]["height"] + 1, (line, link_boxes[0])
    # Tap targets of 24 px at least.
    for box in [*link_boxes, toggle(page).bounding_box()]:
        assert box["width"] >= 24 and box["height"] >= 24, box

    # The line scrolls, the page does not: the last category comes into sight with the keyboard.
    scroller = nav.get_by_role("list")
    assert scroller.evaluate("list => list.scrollWidth > list.clientWidth")
    assert page_overflow(page) <= 0
    links.last.focus()
    last = links.last.bounding_box()
    assert last["x"] + last["width"] <= PHONE["width"], last
    assert scroller.evaluate("list => list.scrollLeft") > 0
    assert page_overflow(page) <= 0

    # The search form is folded away until asked for.
    expect(header_search(page)).to_be_hidden()
    assert page.errors == []


def test_phone_search_opens_and_is_submitted_from_the_keyboard(new_page, site_url, articles):
    page = at(new_page, PHONE, "phone")
    page.goto(site_url + "/")
    button = "header.site-header summary"
    assert announced(page, button) == ("DisclosureTriangle", SEARCH_NAME, False)
    for _ in range(5):
        page.keyboard.press("Tab")
        if toggle(page).evaluate("summary => summary === document.activeElement"):
            break
    expect(toggle(page)).to_be_focused()
    page.keyboard.press("Enter")

    expect(header_search(page)).to_be_visible()
    assert announced(page, button) == ("DisclosureTriangle", SEARCH_NAME, True)
    field = page.locator("#search-box-q")
    expect(field).to_be_focused()
    assert page.locator("header.site-header").bounding_box()["height"] <= 2 * HEADER_MAX_HEIGHT
    assert page_overflow(page) <= 0
    page.keyboard.type(QUERY)
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(rf"/recherche/\?q={QUERY}$"))
    expect(page.locator(".search-result")).to_have_count(len(articles))

    # Escape folds it again and gives the focus back to its button.
    toggle(page).click()
    expect(page.locator("#search-box-q")).to_be_focused()
    page.keyboard.press("Escape")
    expect(header_search(page)).to_be_hidden()
    expect(toggle(page)).to_be_focused()
    assert page.errors == []


def test_phone_search_works_without_javascript(browser, site_url, articles):
    context = browser.new_context(viewport=PHONE, locale="fr-FR", java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + "/")
        expect(header_search(page)).to_be_hidden()
        toggle(page).focus()
        page.keyboard.press("Enter")
        expect(header_search(page)).to_be_visible()
        page.keyboard.press("Tab")
        expect(page.locator("#search-box-q")).to_be_focused()
        page.keyboard.type(QUERY)
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(rf"/recherche/\?q={QUERY}$"))
        expect(page.locator(".search-result")).to_have_count(len(articles))
    finally:
        context.close()


def test_desktop_header_keeps_the_search_field_beside_the_wordmark(new_page, site_url, articles):
    page = at(new_page, DESKTOP, "desktop")
    page.goto(site_url + "/")

    expect(header_search(page)).to_be_visible()
    expect(toggle(page)).to_be_hidden()
    brand = page.locator(".site-header__brand").bounding_box()
    form = header_search(page).bounding_box()
    nav = page.get_by_role("navigation", name="Catégories").bounding_box()
    assert form["x"] > brand["x"] + brand["width"], (brand, form)
    assert brand["y"] <= form["y"] + form["height"] / 2 <= brand["y"] + brand["height"]
    assert nav["y"] >= brand["y"] + brand["height"]
    assert page_overflow(page) <= 0

    page.locator("#search-box-q").fill(QUERY)
    page.locator("#search-box-q").press("Enter")
    page.wait_for_url(re.compile(rf"/recherche/\?q={QUERY}$"))
    expect(page.locator(".search-result")).to_have_count(len(articles))
    assert page.errors == []


def test_search_filters_come_first_and_folded_on_a_phone_beside_the_results_on_a_desktop(
    new_page, site_url, articles, categories
):
    page = at(new_page, PHONE, "phone")
    page.goto(f"{site_url}/recherche/?q={QUERY}")
    filters = page.get_by_role("complementary", name="Affiner la recherche")
    first_result = page.locator(".search-result").first
    assert filters.bounding_box()["y"] < first_result.bounding_box()["y"]
    category = filters.get_by_role("link", name=categories[0].name)
    expect(category).to_be_hidden()
    filters.locator("summary").click()
    expect(category).to_be_visible()
    assert page_overflow(page) <= 0
    category.click()
    expect(page.locator(".search-result")).to_have_count(2)
    # With a filter on, the filters stay open: « remove this filter » is in sight.
    expect(filters.get_by_role("link", name="retirer ce filtre")).to_be_visible()

    desktop = at(new_page, DESKTOP, "desktop")
    desktop.goto(f"{site_url}/recherche/?q={QUERY}")
    filters = desktop.get_by_role("complementary", name="Affiner la recherche")
    expect(filters.get_by_role("link", name=categories[0].name)).to_be_visible()
    expect(filters.locator("summary")).to_be_hidden()
    result = desktop.locator(".search-result").first.bounding_box()
    assert filters.bounding_box()["x"] >= result["x"] + result["width"]
    assert page.errors == [] and desktop.errors == []


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_axe_finds_nothing_in_the_header_and_the_search_page(
    new_page, site_url, articles, categories, size
):
    page = at(new_page, size, "reader")
    page.goto(site_url + categories[0].url)
    assert axe_violations(page) == []
    page.goto(f"{site_url}/recherche/?q={QUERY}")
    if size == PHONE:
        toggle(page).click()
        page.get_by_role("complementary").locator("summary").click()
    assert axe_violations(page) == []
