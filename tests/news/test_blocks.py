"""The body blocks: every one has a preview in the editor's block picker, and renders."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from news.models import ArticlePage
from tests.support.factories import CreditedImageFactory

pytestmark = pytest.mark.django_db

BODY_BLOCKS = ArticlePage._meta.get_field("body").stream_block.child_blocks


@pytest.mark.parametrize("name", list(BODY_BLOCKS))
def test_every_body_block_has_a_preview_and_a_description(admin_client, name):
    CreditedImageFactory(photographer="Philippa Rose-Tite", credit_source="Unsplash")
    block = BODY_BLOCKS[name]
    assert block.is_previewable
    assert str(block.get_description())
    assert str(block.meta.icon) != "placeholder"
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert response.status_code == 200
    body = BeautifulSoup(response.content, "html.parser").select_one(".article__body")
    assert body.get_text(strip=True), name


def test_pull_quote_renders_as_a_set_apart_quotation():
    block = BODY_BLOCKS["pull_quote"]
    html = block.render(block.to_python({"quote": "Une <b>phrase</b>", "attribution": "X"}))
    soup = BeautifulSoup(html, "html.parser")
    assert soup.figure["class"] == ["pull-quote"]
    assert soup.blockquote.get_text() == "«\u00a0Une <b>phrase</b>\u00a0»"  # escaped, not markup
    assert soup.figcaption.get_text() == "— X"


def test_image_block_credits_the_image_unless_overridden():
    image = CreditedImageFactory(photographer="Ana Lis", credit_source="AFP")
    block = BODY_BLOCKS["image"]
    value = block.to_python(
        {
            "image": {"image": image.pk, "alt_text": "Un robot", "decorative": False},
            "caption": "Au salon",
            "credit": "",
        }
    )
    soup = BeautifulSoup(block.render(value), "html.parser")
    assert soup.img["alt"] == "Un robot"
    assert (
        " ".join(soup.figcaption.get_text(" ").split()) == "Au salon Crédits image : Ana Lis / AFP"
    )
    value["credit"] = "Agence Exemple"
    soup = BeautifulSoup(block.render(value), "html.parser")
    assert "Crédits image : Agence Exemple" in " ".join(soup.figcaption.get_text(" ").split())
