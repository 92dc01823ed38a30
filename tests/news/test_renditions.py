"""Renditions are made when an article is published, never by a reader's request."""

import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from wagtail.images.models import Filter

from news import renditions
from news.models import CreditedRendition
from tests.operations.test_control_characters import form_values
from tests.support.editorial import login, submit_new_article, workflow_action_url
from tests.support.factories import (
    ArticlePageFactory,
    CreditedImageFactory,
    generated_picture,
    publish,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def forget_renditions():
    """Wagtail keeps renditions in the cache by image id: a rolled-back test's must not count."""
    for cache in caches.all():
        cache.clear()


TEMPLATES = Path(settings.BASE_DIR) / "templates"
IMAGE_TAG = re.compile(r"{%\s*(?:picture|srcset_image|image)\s+(\S+)\s+(.*?)%}")
SPEC = re.compile(r"^(?:format|fill|width|height|max|min|scale|original)-\S*$")


def template_specs():
    """Every filter spec a reader template asks for, by the image's use (body or hero)."""
    found = {}
    for path in TEMPLATES.rglob("*.html"):
        if "wagtailadmin" in path.parts:
            continue
        for image, arguments in IMAGE_TAG.findall(path.read_text(encoding="utf-8")):
            bits = [bit for bit in arguments.split() if "=" not in bit and SPEC.match(bit)]
            use = "body" if image.startswith("value.") else "hero"
            specs = Filter.expand_spec(" ".join(bits))
            found.setdefault(use, set()).update(specs)
    return found


def test_every_spec_the_templates_use_is_made_at_publication():
    found = template_specs()
    assert found["hero"] and found["body"]  # the templates were read
    for use, specs in found.items():
        missing = specs - set(renditions.filter_specs(use))
        assert not missing, f"{use}: {sorted(missing)}"


def reader_urls(article):
    return [
        article.url,
        "/",
        article.get_parent().url,
        article.categories.first().url,
        reverse("search") + "?q=chercheurs",
        reverse("news:feed_rss"),
        article.url.rstrip("/") + ".md",
    ]


def rendition_count():
    return CreditedRendition.objects.count()


def test_the_chiefs_approval_makes_every_rendition_readers_need(
    client, desk, settings, django_capture_on_commit_callbacks
):
    settings.PREPARE_RENDITIONS = True
    article = submit_new_article(client, desk)
    assert rendition_count() == 0
    login(client, "redac-chef")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(workflow_action_url(article, "approve"), {"comment": ""})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.live
    made = {r.filter_spec for r in CreditedRendition.objects.filter(image=desk["image"])}
    assert made >= set(renditions.filter_specs("hero"))
    client.logout()

    before = rendition_count()
    for url in reader_urls(article):
        assert client.get(url).status_code == 200, url
    assert rendition_count() == before  # no reader waited for an encoding


def test_a_body_image_is_ready_when_its_article_goes_live(
    client, news_index, categories, settings, django_capture_on_commit_callbacks
):
    settings.PREPARE_RENDITIONS = True
    picture = CreditedImageFactory(photographer="Ana Lis", credit_source="AFP")
    article = ArticlePageFactory(parent=news_index, live=False, categories=categories[:1])
    article.body = [
        {"type": "paragraph", "value": "<p>Les chercheurs changent d’équipe.</p>"},
        {
            "type": "image",
            "value": {
                "image": {"image": picture.pk, "alt_text": "Un robot", "decorative": False},
                "caption": "",
                "credit": "",
            },
        },
    ]
    article.save()
    with django_capture_on_commit_callbacks(execute=True):
        publish(article)
    made = {r.filter_spec for r in CreditedRendition.objects.filter(image=picture)}
    assert made >= set(renditions.filter_specs("body"))

    before = rendition_count()
    assert client.get(article.url).status_code == 200
    assert client.get(article.url.rstrip("/") + ".md").status_code == 200
    assert rendition_count() == before


def test_without_preparation_the_first_reader_pays_for_the_encoding(client, desk, settings):
    """The other side of the tests above: what they measure would be caught."""
    settings.PREPARE_RENDITIONS = False
    article = ArticlePageFactory(
        parent=desk["index"], live=False, hero_image=desk["image"], categories=desk["categories"]
    )
    publish(article)
    before = rendition_count()
    client.get(article.url)
    assert rendition_count() > before


def test_a_deleted_or_broken_image_makes_no_error():
    assert renditions.make_renditions.call(123456, "hero") == 0
    broken = CreditedImageFactory()
    broken.file.storage.delete(broken.file.name)
    assert renditions.make_renditions.call(broken.pk, "hero") == 0
    assert not CreditedRendition.objects.filter(image=broken).exists()


def test_a_new_file_for_a_published_hero_gets_its_renditions_at_once(
    client, desk, settings, django_capture_on_commit_callbacks
):
    settings.PREPARE_RENDITIONS = True
    image = desk["image"]
    article = ArticlePageFactory(
        parent=desk["index"], live=False, hero_image=image, categories=desk["categories"]
    )
    with django_capture_on_commit_callbacks(execute=True):
        publish(article)
    old = set(CreditedRendition.objects.filter(image=image).values_list("pk", flat=True))
    assert old

    login(client, "admin")
    url = reverse("wagtailimages:edit", args=[image.pk])
    data = form_values(client.get(url).content)
    data["file"] = SimpleUploadedFile(
        "nouvelle.jpg", generated_picture("nouvelle", ("#112233", "#ddeeff")), "image/jpeg"
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302
    made = CreditedRendition.objects.filter(image=image)
    assert not old & set(made.values_list("pk", flat=True))  # Wagtail deleted the old ones
    assert {r.filter_spec for r in made} >= set(renditions.filter_specs("hero"))
    client.logout()

    before = rendition_count()
    assert client.get(article.url).status_code == 200
    assert rendition_count() == before


def test_articles_published_before_get_their_renditions_from_the_command(client, desk):
    article = ArticlePageFactory(
        parent=desk["index"], live=False, hero_image=desk["image"], categories=desk["categories"]
    )
    publish(article)  # preparation off, as on a site published before it existed
    assert rendition_count() == 0
    output = io.StringIO()
    call_command("prepare_renditions", stdout=output)
    assert "1 images" in output.getvalue()
    made = {r.filter_spec for r in CreditedRendition.objects.filter(image=desk["image"])}
    assert made >= set(renditions.filter_specs("hero"))
    before = rendition_count()
    call_command("prepare_renditions", stdout=io.StringIO())  # again: nothing made twice
    assert rendition_count() == before
    assert client.get(article.url).status_code == 200
    assert rendition_count() == before
