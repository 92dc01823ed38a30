"""Renditions made before readers ask: when an article is published, every size and format its
reader pages use is encoded by a background task (Wagtail's task framework: inline with the
immediate backend, in `db_worker` with the database one), so that no reader's request waits
for an AVIF encoding.

The specs below are the ones the templates and metadata use; tests/news/test_renditions.py reads
every `{% picture %}` in the templates and fails when one is missing here.
"""

import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django_tasks import task
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import ReferenceIndex

from news.models import ArticlePage

logger = logging.getLogger(__name__)

# The pages' metadata and feeds (distribution/metadata.py). Open Graph and Twitter's large
# card: 1.91:1. Schema.org images: 16:9, 4:3 and 1:1.
SOCIAL_IMAGE = "fill-1200x630|format-jpeg"
SCHEMA_IMAGES = (
    "fill-1200x675|format-jpeg",
    "fill-1200x900|format-jpeg",
    "fill-1200x1200|format-jpeg",
)
MARKDOWN_IMAGE = "width-1200|format-jpeg"  # distribution/markdown.py: images in the .md export

# A hero is shown as the article's banner, as a card (lead and ordinary: home, listings,
# related articles, search results) and in the page's metadata and feeds.
HERO_SPECS = (
    "format-{avif,webp,jpeg} width-{640,960,1280,1600}",
    "format-{avif,webp,jpeg} fill-{640x360,1280x720}",
    "format-{avif,webp,jpeg} fill-{400x225,800x450}",
    SOCIAL_IMAGE,
    *SCHEMA_IMAGES,
)
# An image inside the article's body (templates/blocks/image_block.html, the .md export).
BODY_SPECS = ("format-{avif,webp,jpeg} width-{640,960,1280}", MARKDOWN_IMAGE)

USES = {"hero": HERO_SPECS, "body": BODY_SPECS}


def filter_specs(use):
    """Every single filter spec of a use, expanded the way Wagtail's {% picture %} does."""
    return [spec for group in USES[use] for spec in Filter.expand_spec(group)]


@task()
def make_renditions(image_id, use):
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:  # deleted since
        return 0
    specs = filter_specs(use)
    try:
        made = image.get_renditions(*specs)
    except Exception:  # noqa: BLE001 - a broken original: the page shows no picture, as before
        logger.warning("renditions of image %s could not be made", image_id, exc_info=True)
        return 0
    return len(made)


def images_of(article):
    """The article's images and what each is used for: its hero, then its body's images."""
    uses = []
    if article.hero_image_id:
        uses.append((article.hero_image_id, "hero"))
    for block in article.body:
        if block.block_type == "image":
            image = block.value.get("image")
            if image is not None:
                uses.append((image.pk, "body"))
    return uses


def prepare_for(article):
    """Queue the renditions of a newly published article, once its publication is committed."""
    if not settings.PREPARE_RENDITIONS:
        return
    uses = list(dict.fromkeys(images_of(article)))

    def enqueue():
        for image_id, use in uses:
            make_renditions.enqueue(image_id, use)

    transaction.on_commit(enqueue)


def on_publish(sender, instance, **kwargs):
    prepare_for(instance)


def on_file_replaced(sender, image, **kwargs):
    """A new file for an image already published: Wagtail deleted its renditions, make them
    again for what the live articles show it as (hero, body image)."""
    if not settings.PREPARE_RENDITIONS:
        return
    live = ArticlePage.objects.live()
    uses = []
    if live.filter(hero_image=image).exists():
        uses.append("hero")
    in_body = ReferenceIndex.get_references_to(image).filter(
        content_type=ContentType.objects.get_for_model(ArticlePage), model_path__startswith="body"
    )
    if live.filter(pk__in=[int(ref.object_id) for ref in in_body]).exists():
        uses.append("body")

    def enqueue():
        for use in uses:
            make_renditions.enqueue(image.pk, use)

    transaction.on_commit(enqueue)
