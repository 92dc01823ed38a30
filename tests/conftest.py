import functools
import inspect
import re
import sys
from pathlib import Path

import pytest
from django.core.cache import caches
from PIL import AvifImagePlugin, Image
from wagtail.models import Site

from tests.support.editorial import credited_image, setup_newsroom
from tests.support.factories import CategoryFactory, NewsIndexPageFactory, publish

# The hostile-markup content (`world`, `hostile_admin`), shared by tests/security/test_hostile_*.py;
# the import fixtures (`folder`, `editor`, `workflow`), by tests/editorial/test_import*.py.
pytest_plugins = ["tests.support.hostile", "tests.support.import_files"]

# `make test-fast` runs `-m "not slow"`. A test is slow when it drives the browser (tests/e2e/),
# uses pytest-django's live server, or when its code, its class, the fixtures it uses or the
# project code they call (its module's, tests/, bench/) load the demo, start a process
# (gunicorn, runserver, redis-server, manage.py, concurrent writers) or post the comment corpus.
# Read from the code, so a new test file needs no marker; `@pytest.mark.slow` marks the rest.
SLOW_FIXTURES = {"live_server", "browser", "site_url", "new_page"}
# Found with --durations, named so that moving their file keeps the mark: the sweep of every
# admin address with bad ids, the quick loop's longest test by far.
SLOW_TESTS = {"test_no_admin_address_answers_500_to_an_id_that_is_not_one"}
SLOW_CODE = re.compile(
    r"load_demo_content|subprocess|Popen|ServedSite|RedisServer|throwaway_redis|run_corpus"
)
TESTS = Path(__file__).resolve().parent


_verdicts = {}


@functools.cache
def _module_helpers(name):
    """The functions and classes a module defines or imports from tests/ and bench/."""
    module = sys.modules.get(name)
    if module is None:
        return {}
    return {
        key: value
        for key, value in vars(module).items()
        if (inspect.isfunction(value) or inspect.isclass(value))
        and value.__module__.partition(".")[0] in {"tests", "bench"}
    }


def _is_slow(obj):
    """Whether a project function or class, or one of the helpers it calls, shows SLOW_CODE."""
    if (getattr(obj, "__module__", None) or "").partition(".")[0] not in {"tests", "bench"}:
        return False
    if obj not in _verdicts:
        _verdicts[obj] = False  # a helper that calls itself back
        try:
            source = inspect.getsource(obj)
        except (OSError, TypeError):
            source = ""
        helpers = _module_helpers(obj.__module__)
        _verdicts[obj] = bool(SLOW_CODE.search(source)) or any(
            _is_slow(helpers[name])
            for name in set(re.findall(r"\b(\w+)\(", source))
            if name in helpers
        )
    return _verdicts[obj]


def _code_is_slow(item):
    """The test's code, its class, its fixtures, and the project's functions and classes they
    call (their module's own, or those it imports from tests/ and bench/)."""
    candidates = [getattr(item, "function", None), getattr(item, "cls", None)]
    info = getattr(item, "_fixtureinfo", None)
    for definitions in info.name2fixturedefs.values() if info else ():
        candidates.extend(definition.func for definition in definitions)
    return any(_is_slow(obj) for obj in candidates)


def pytest_collection_modifyitems(config, items):
    for item in items:
        path = Path(str(item.path)).resolve()
        if (
            TESTS / "e2e" in path.parents
            or SLOW_FIXTURES & set(getattr(item, "fixturenames", ()))
            or getattr(item, "originalname", item.name) in SLOW_TESTS
            or _code_is_slow(item)
        ):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session", autouse=True)
def quick_avif():
    """AVIF renditions encoded at libavif's fastest speed: at its default one, encoding the
    pictures of the pages the tests render took about a third of the quick loop. The files are
    larger and stay AVIF; no test is about their size. Only this process: the served sites of the
    slow tests encode as production does."""

    def save(im, fp, filename):
        im.encoderinfo.setdefault("speed", 10)
        AvifImagePlugin._save(im, fp, filename)

    Image.register_save("AVIF", save)
    yield
    Image.register_save("AVIF", AvifImagePlugin._save)


@pytest.fixture
def home_page(db):
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def news_index(home_page):
    return publish(NewsIndexPageFactory(parent=home_page, live=False))


@pytest.fixture
def categories(db):
    return [
        CategoryFactory(
            slug="intelligence-artificielle", name="Intelligence Artificielle", sort_order=0
        ),
        CategoryFactory(slug="reseaux-sociaux", name="Réseaux sociaux", sort_order=1),
        CategoryFactory(slug="technologie", name="Technologie", sort_order=2),
    ]


@pytest.fixture
def reader(client):
    """An anonymous reader's browser, on the default site's host."""
    client.defaults["HTTP_HOST"] = "localhost"
    return client


@pytest.fixture
def empty_cache():
    """The default cache emptied before and after: counters and cached lists start afresh."""
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def desk(news_index, categories):
    """The newsroom as `make run` sets it up (groups, workflow, accounts), one credited image."""
    return {
        "users": setup_newsroom(),
        "index": news_index,
        "categories": categories,
        "image": credited_image(),
    }
