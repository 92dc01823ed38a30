"""axe-core, the accessibility engine Lighthouse runs, in the browser tests.

Its script comes from the axe-playwright-python package (requirements-dev.txt); it is run
through the DevTools protocol, so the page's Content-Security-Policy does not block it.
"""

from importlib.resources import files


def axe_source():
    return files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")


def axe_violations(page):
    """What axe finds wrong in the page as it stands, one line per rule: empty when all is well."""
    page.evaluate(axe_source())
    return page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
            .map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target).join(', ')}`)"""
    )
