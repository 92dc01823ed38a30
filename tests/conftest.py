import pytest
from django.core.cache import caches
from wagtail.models import Site

from tests.editorial import credited_image, setup_newsroom
from tests.factories import CategoryFactory, NewsIndexPageFactory, publish

# The hostile-markup content (`world`, `admin_client`), shared by tests/test_hostile_*.py;
# the import fixtures (`folder`, `editor`, `workflow`), by tests/test_import*.py.
pytest_plugins = ["tests.hostile", "tests.import_files"]


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
