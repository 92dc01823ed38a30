"""Images that went bad after upload never take a reader page down."""

import logging

import pytest
from bs4 import BeautifulSoup

from tests.support.broken_images import broken_gif, jpeg_cut_in_half
from tests.support.factories import ArticlePageFactory, CreditedImageFactory, publish

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "damage",
    [
        b"this is not a picture at all",
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64,  # a JPEG cut short
        b"",
        broken_gif(),
        jpeg_cut_in_half(),
    ],
    ids=["text", "truncated-jpeg", "empty", "gif-signature-then-garbage", "jpeg-cut-in-half"],
)
def test_a_corrupted_original_renders_the_page_without_the_image(
    reader, home_page, news_index, categories, damage, caplog
):
    image = CreditedImageFactory(photographer="Philippa Rose-Tite", credit_source="Unsplash")
    page = ArticlePageFactory(
        parent=news_index, live=False, hero_image=image, categories=[categories[0]]
    )
    publish(page)
    with image.file.open("wb") as original:  # damaged on disk after the upload
        original.write(damage)
    image.renditions.all().delete()

    with caplog.at_level(logging.ERROR, logger="news.models.images"):
        for url in (page.url, "/", news_index.url, categories[0].url):
            response = reader.get(url)
            assert response.status_code == 200, url
    html = BeautifulSoup(reader.get(page.url).content, "html.parser")
    assert html.select_one("h1").get_text(strip=True) == page.title
    text = html.get_text(" ", strip=True).replace("\xa0", " ").replace("\u202f", " ")
    assert "Crédits image : Philippa Rose-Tite / Unsplash" in text
    assert any("cannot be read" in record.getMessage() for record in caplog.records)
