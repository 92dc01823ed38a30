"""The footer in a real Chromium, on a phone and on a desktop: readable, reachable, in view."""

import io

import pytest
from django.core.management import call_command

from notice.models import AINotice
from tests.support.factories import StandardPageFactory, publish

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# WCAG's contrast ratio of an element's text against the first opaque background behind it.
CONTRAST = """(element) => {
    const rgb = (value) => value.match(/[\\d.]+/g).map(Number);
    const luminance = ([r, g, b]) => {
        const [R, G, B] = [r, g, b].map((c) => {
            c /= 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    let node = element, background = null;
    while (node && !background) {
        const colour = rgb(getComputedStyle(node).backgroundColor);
        if (colour.length === 3 || colour[3] === 1) background = colour.slice(0, 3);
        node = node.parentElement;
    }
    const a = luminance(rgb(getComputedStyle(element).color));
    const b = luminance(background || [255, 255, 255]);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


@pytest.mark.parametrize("width", [390, 1280])
def test_footer_links_are_readable_focusable_and_fit_the_screen(
    new_page, site_url, news_index, width
):
    about = publish(StandardPageFactory(parent=news_index.get_parent(), live=False, slug="ia"))
    notice = AINotice.load()
    notice.learn_more_page = about
    notice.save()
    call_command("setup_newsroom", stdout=io.StringIO())

    page = new_page("reader")
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{site_url}/actualites/")
    links = page.locator("footer .site-footer__nav a")
    assert links.all_inner_texts() == [
        "Mentions légales",
        "Contact",
        "Données personnelles",
        "À propos",
        "Toutes les actualités",
        "Flux RSS",
    ]
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scroll
    for link in links.all():
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, link.inner_text()
        assert box["height"] >= 24, link.inner_text()  # a target a finger can hit
        assert link.evaluate(CONTRAST) >= 4.5, link.inner_text()

    links.first.focus()
    page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")  # back by keyboard: the focus is shown
    assert page.evaluate("document.activeElement.textContent") == "Mentions légales"
    outline = links.first.evaluate("(a) => getComputedStyle(a).outlineStyle")
    assert outline != "none"
    links.nth(1).click()
    assert page.url == f"{site_url}/contact/"
    assert page.locator("h1").inner_text() == "Contact"
    assert not page.errors and not page.failed_responses
