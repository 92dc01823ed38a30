"""`make run` (the development settings, DEBUG on) shows readers' pages as production does."""

import pytest

from newsroom.settings import dev

pytestmark = pytest.mark.django_db

NOT_FOUND = "Page introuvable"
DEBUG_PAGE = "DEBUG = True"


@pytest.fixture
def development(settings):
    settings.DEBUG = True
    settings.MIDDLEWARE = dev.MIDDLEWARE
    return settings


@pytest.mark.parametrize(
    "path",
    [
        "/actualites/un-article-qui-n-existe-pas/",  # Wagtail finds no page
        "/tag/inconnu/",  # a listing finds no tag
        "/wp-login.php",  # no address matches
    ],
)
def test_a_missing_page_is_the_sites_own_404_with_the_ai_notice(
    development, reader, news_index, path
):
    response = reader.get(path)

    assert response.status_code == 404
    html = response.content.decode()
    assert NOT_FOUND in html
    assert "ai-notice" in html
    assert DEBUG_PAGE not in html


def test_without_it_django_shows_its_debug_page(settings, reader, news_index):
    settings.DEBUG = True  # the test settings' middleware: what `make run` showed before
    assert DEBUG_PAGE in reader.get("/wp-login.php").content.decode()
