import inspect
import re
from pathlib import Path

import pytest
from django.core.cache import caches
from wagtail.models import Site

from tests.editorial import credited_image, setup_newsroom
from tests.factories import CategoryFactory, NewsIndexPageFactory, publish

# The hostile-markup content (`world`, `admin_client`), shared by tests/test_hostile_*.py;
# the import fixtures (`folder`, `editor`, `workflow`), by tests/test_import*.py.
pytest_plugins = ["tests.hostile", "tests.import_files"]

# `make test-fast` runs `-m "not slow"`. A test is slow when it drives the browser (tests/e2e/),
# uses pytest-django's live server, or when its code, its class, the fixtures it uses or the
# project code they call (its module's, tests/, bench/) load the demo, start a process
# (gunicorn, runserver, redis-server, manage.py, concurrent writers) or post the comment corpus.
# Read from the code, so a new test file needs no marker; `@pytest.mark.slow` marks the rest.
SLOW_FIXTURES = {"live_server", "browser", "site_url", "new_page"}
SLOW_CODE = re.compile(
    r"load_demo_content|subprocess|Popen|ServedSite|RedisServer|throwaway_redis|run_corpus"
)
TESTS = Path(__file__).resolve().parent


def _source(obj):
    try:
        return inspect.getsource(obj)
    except (OSError, TypeError):
        return ""


def _code_is_slow(item, seen):
    """The test's code, its class, its fixtures, and the project's functions and classes they
    call (its module's own, or those it imports from tests/ and bench/)."""
    module = getattr(item, "module", None)
    helpers = {
        name: value
        for name, value in (vars(module).items() if module else ())
        if (inspect.isfunction(value) or inspect.isclass(value))
        and value.__module__.partition(".")[0] in {module.__name__.partition(".")[0], "bench"}
    }
    todo = [getattr(item, "function", None), getattr(item, "cls", None)]
    info = getattr(item, "_fixtureinfo", None)
    for definitions in info.name2fixturedefs.values() if info else ():
        todo.extend(definition.func for definition in definitions)
    while todo:
        obj = todo.pop()
        if obj is None or id(obj) in seen:
            continue
        seen[id(obj)] = True
        source = _source(obj)
        if SLOW_CODE.search(source):
            return True
        todo.extend(helpers[name] for name in re.findall(r"\b(\w+)\(", source) if name in helpers)
    return False


def pytest_collection_modifyitems(config, items):
    for item in items:
        path = Path(str(item.path)).resolve()
        if (
            TESTS / "e2e" in path.parents
            or SLOW_FIXTURES & set(getattr(item, "fixturenames", ()))
            or _code_is_slow(item, {})
        ):
            item.add_marker(pytest.mark.slow)


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
