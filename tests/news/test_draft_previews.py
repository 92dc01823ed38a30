"""A never-published draft, as the reviewer of a share link and the admin's preview show it."""

import pytest
from bs4 import BeautifulSoup

from news.models import ArticlePage, ShareLink
from news.share_links.signing import signed_url
from tests.support.editorial import edit_url, login
from tests.support.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def never_published(news_index, categories):
    draft = ArticlePageFactory(
        parent=news_index, live=False, title="Un brouillon", categories=[categories[0]]
    )
    draft.save_revision()
    return ArticlePage.objects.get(pk=draft.pk)


def shared(reader, draft):
    link = ShareLink.objects.create(page=draft, note="relecture")
    response = reader.get(signed_url(link))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_a_draft_without_a_date_has_no_stray_separator(reader, never_published):
    meta = shared(reader, never_published).select_one(".article__meta")

    text = " ".join(meta.get_text().split())
    assert not text.startswith("·"), text
    assert "min de lecture" in text


def test_a_draft_shows_no_empty_comment_count(reader, never_published):
    page = shared(reader, never_published)

    assert page.select_one(".comments__count") is None
    assert "0 commentaire" not in page.get_text()
    assert "Le formulaire de commentaire apparaît une fois l’article publié." in page.get_text()


def test_the_promote_tab_offers_no_menu_box_for_an_article(client, desk, never_published):
    login(client, "redac-chef")
    response = client.get(edit_url(never_published))

    assert response.status_code == 200
    assert 'name="show_in_menus"' not in response.content.decode()
    assert 'name="seo_title"' in response.content.decode()
