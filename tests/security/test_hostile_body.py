"""What an article body may hold: no raw HTML, and embeds from the allowed players only."""

import pytest
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock

from news.blocks import ArticleBodyBlock

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


# ---------- What the body may hold ----------


def all_blocks(block):
    yield block
    for child in getattr(block, "child_blocks", {}).values():
        yield from all_blocks(child)


def test_the_body_has_no_raw_html_block_and_rich_text_has_no_html_feature():
    found = list(all_blocks(ArticleBodyBlock()))
    assert not [block for block in found if isinstance(block, blocks.RawHTMLBlock)]
    for block in found:
        if isinstance(block, blocks.RichTextBlock):
            features = set(block.features or ())
            assert features <= {"bold", "italic", "link", "ol", "ul", "superscript", "subscript"}
    assert any(isinstance(block, EmbedBlock) for block in found)


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/video",
        "https://www.youtube.com.evil.example/watch?v=x",
        "javascript:alert(1)//youtube.com",
        "data:text/html,<script>alert(1)</script>",
    ],
)
def test_an_embed_from_outside_the_allowed_providers_is_refused_with_a_clear_error(url):
    block = ArticleBodyBlock().child_blocks["embed"]
    value = block.to_python({"embed": url, "caption": ""})
    with pytest.raises(blocks.StructBlockValidationError) as refused:
        block.clean(value)
    message = " ".join(refused.value.block_errors["embed"].messages)
    assert "YouTube" in message and "Vimeo" in message


def test_an_embed_from_an_allowed_provider_goes_on_to_be_fetched(monkeypatch):
    asked = []
    monkeypatch.setattr(
        "wagtail.embeds.blocks.embed_to_frontend_html",
        lambda url, *args: asked.append(url) or '<iframe src="https://www.youtube.com/embed/x">',
    )
    block = ArticleBodyBlock().child_blocks["embed"]
    url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    block.clean(block.to_python({"embed": url, "caption": ""}))
    assert asked == [url]
