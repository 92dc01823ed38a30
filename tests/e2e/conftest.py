"""Chromium (Debian's), Playwright's sync API and pytest-django's live server.

Every test in this folder gets the `e2e` marker. Where Chromium or the `playwright` package is
missing, they are skipped at collection with the reason, which the run's summary repeats;
with E2E_REQUIRE_BROWSER=1 (CI) a missing browser fails them instead.

Screenshots go to $E2E_ARTIFACTS, by default <repo>/e2e-artifacts/; a failing test also leaves
a screenshot of every page it had open there (failure-<test>-<page>.png).
"""

import importlib.util
import os
import re
import shutil
import threading
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
E2E_DIR = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# The machine running them may have two cores and a cold cache: be patient, not sleepy.
TIMEOUT_MS = 30_000
VIEWPORT = {"width": 1280, "height": 1000}
IMAGE_TITLE = "Dégradé bleu et rouge"


def chromium_path():
    if os.access(CHROMIUM, os.X_OK):
        return CHROMIUM
    return shutil.which("chromium")


def missing_browser():
    """Why the end-to-end tests cannot run here, or None."""
    if importlib.util.find_spec("playwright") is None:
        return "the playwright package is not installed: pip install -r requirements-dev.txt"
    if chromium_path() is None:
        return f"Chromium not found at {CHROMIUM}: apt-get install chromium"
    return None


def is_e2e(item):
    return E2E_DIR in Path(str(item.path)).resolve().parents


def pytest_collection_modifyitems(config, items):
    reason = missing_browser()
    for item in items:
        if not is_e2e(item):
            continue
        item.add_marker(pytest.mark.e2e)
        if reason and not os.environ.get("E2E_REQUIRE_BROWSER"):
            item.add_marker(pytest.mark.skip(reason=f"end-to-end test skipped: {reason}"))


def pytest_terminal_summary(terminalreporter):
    """Say why, even without -rs: a skipped browser test is easy to mistake for a passed one."""
    skipped = [
        report
        for report in terminalreporter.stats.get("skipped", [])
        if E2E_DIR.name in report.nodeid.split("::")[0] and "end-to-end" in str(report.longrepr)
    ]
    if skipped:
        terminalreporter.write_line(
            f"{len(skipped)} end-to-end test(s) skipped: {missing_browser()}", yellow=True
        )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the item, for the failure screenshots below."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def artifacts():
    folder = Path(os.environ.get("E2E_ARTIFACTS") or REPO / "e2e-artifacts")
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("failure-*.png"):
        stale.unlink()
    return folder


@pytest.fixture(scope="session")
def browser(django_db_setup):
    reason = missing_browser()
    if reason:
        pytest.fail(f"E2E_REQUIRE_BROWSER is set and {reason}")
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=TIMEOUT_MS)

    # Playwright's sync API keeps an event loop running in this thread; Django would then
    # refuse the ORM calls of the fixtures and of the tests (SynchronousOnlyOperation).
    # Allowed while the browser runs only, so that the rest of the suite keeps the check.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    # Its event loop also gives this thread new database connection objects (Django keeps
    # them per async context), without the data that `serialized_rollback` restores between
    # tests: the second browser test would find no site. Hand that data over.
    from django.db import connections

    serialized = {
        alias: connections[alias].__dict__.get("_test_serialized_contents") for alias in connections
    }
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(
                executable_path=chromium_path(), args=CHROMIUM_ARGS
            )
            for alias, contents in serialized.items():
                if contents is not None:
                    connections[alias]._test_serialized_contents = contents
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


class RequestsInFlight:
    """The live server's work in progress, which the tests wait for before the next one starts.

    A request still running when its test ends (an autosave, or the comment form's key fetch,
    that the closing browser had sent) would otherwise meet the next set-up: on PostgreSQL its
    query met the flush's TRUNCATE in a deadlock; on SQLite its write holds the database's lock.

    Counted: a connection from the moment it is accepted until its first request reaches the
    application (it may have been sent just before the browser closed), and a request until its
    response is closed, which is when Django sends `request_finished` (a streamed body and the
    signal's receivers run after the application has returned).
    """

    def __init__(self, httpd):
        self.count = 0
        self.idle = threading.Condition()
        self.thread = threading.local()
        self.application = httpd.get_app()
        httpd.set_app(self)
        accept, serve = httpd.process_request, httpd.process_request_thread

        def process_request(request, client_address):  # the serving thread, once accepted
            self.enter()
            accept(request, client_address)

        def process_request_thread(request, client_address):  # the connection's own thread
            self.thread.unanswered = True
            try:
                serve(request, client_address)
            finally:
                self.answered()

        httpd.process_request = process_request
        httpd.process_request_thread = process_request_thread

    def enter(self):
        with self.idle:
            self.count += 1

    def leave(self):
        with self.idle:
            self.count -= 1
            self.idle.notify_all()

    def answered(self):
        """The connection's wait is over: its first request runs, or it closed without one."""
        if getattr(self.thread, "unanswered", False):
            self.thread.unanswered = False
            self.leave()

    def __call__(self, environ, start_response):
        self.answered()
        self.enter()
        try:
            response = self.application(environ, start_response)
        except BaseException:
            self.leave()
            raise
        return ClosedThenCounted(response, self.leave)

    def wait(self, timeout=TIMEOUT_MS / 1000):
        deadline = time.monotonic() + timeout
        with self.idle:
            while self.count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"{self.count} request(s) still running on the server")
                self.idle.wait(left)


class ClosedThenCounted:
    """A WSGI response that tells the counter once the server has closed it."""

    def __init__(self, response, done):
        self.response = response
        self.done = done

    def __iter__(self):
        return iter(self.response)

    def close(self):
        try:
            if hasattr(self.response, "close"):
                self.response.close()
        finally:
            self.done()


@pytest.fixture(scope="session")
def requests_in_flight(live_server):
    return RequestsInFlight(live_server.thread.httpd)


@pytest.fixture
def site_url(live_server, requests_in_flight, settings):
    """The live server's address; it serves the site, the admin, static files and media."""
    settings.ROOT_URLCONF = "tests.e2e.urls"
    yield live_server.url
    requests_in_flight.wait()


@pytest.fixture
def new_page(browser, site_url, requests_in_flight, artifacts, request):
    """new_page(name): a page in a browser context of its own, as a separate person's browser.

    French, in Paris, with nothing loaded from outside the live server (the admin's avatars
    come from Gravatar otherwise). `page.errors` collects uncaught JavaScript errors and
    `page.failed_responses` the live server's 4xx and 5xx answers.
    """
    contexts = []

    def make(name):
        context = browser.new_context(viewport=VIEWPORT, locale="fr-FR", timezone_id="Europe/Paris")
        context.set_default_timeout(TIMEOUT_MS)
        context.set_default_navigation_timeout(TIMEOUT_MS)
        context.route(lambda url: not url.startswith(site_url), lambda route: route.abort())
        page = context.new_page()
        page.e2e_name = name
        page.errors = []
        page.failed_responses = []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        page.on(
            "response",
            lambda response: (
                page.failed_responses.append(f"{response.status} {response.url}")
                if response.status >= 400
                else None
            ),
        )
        contexts.append((context, page))
        return page

    yield make

    report = getattr(request.node, "report_call", None)
    failed = report is not None and report.failed
    test_name = re.sub(r"\W+", "-", request.node.name).strip("-")
    for context, page in contexts:
        if failed and not page.is_closed():
            try:
                page.screenshot(path=artifacts / f"failure-{test_name}-{page.e2e_name}.png")
            except Exception as error:  # the page may be gone with the failure
                print(f"No failure screenshot of {page.e2e_name}: {error}")
        context.close()
    requests_in_flight.wait()


@pytest.fixture
def newsroom(news_index, categories):
    """The newsroom as `make run` sets it up, with one credited picture to choose."""
    from tests.support.editorial import credited_image, setup_newsroom

    users = setup_newsroom()
    image = credited_image(title=IMAGE_TITLE)
    return {"users": users, "index": news_index, "categories": categories, "image": image}
