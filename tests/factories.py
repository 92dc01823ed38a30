"""Factories shared by the test suite and the demo-content command."""

import io
import random
from datetime import timedelta

import factory
import wagtail_factories
from django.conf import settings
from django.core.files.images import ImageFile
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.models import Collection
from wagtail.rich_text import RichText

from home.models import HomePage, StandardPage
from news.models import ArticlePage, Category, CreditedImage, NewsIndexPage
from news.publication import seeding


def generated_picture(seed, colours=("#1d3557", "#e63946"), stripes=False):
    """A JPEG made here: a diagonal gradient with translucent circles (or jersey stripes)."""
    size = tuple(settings.DEMO_IMAGE_SIZE)
    width, height = size
    rng = random.Random(seed)
    start = PILImage.new("RGB", size, colours[0])
    end = PILImage.new("RGB", size, colours[1])
    mask = PILImage.linear_gradient("L").rotate(45, expand=True).resize(size)
    picture = PILImage.composite(end, start, mask)
    overlay = PILImage.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    if stripes:
        band = width // 14
        for x in range(0, width, band * 2):
            draw.rectangle([x, 0, x + band, height], fill=(255, 255, 255, 150))
        radius = height // 5
        cx, cy = int(width * 0.62), int(height * 0.58)
        draw.ellipse(
            [cx - radius, cy - radius, cx + radius, cy + radius], fill=(245, 245, 250, 255)
        )
        draw.ellipse(
            [cx - radius // 3, cy - radius // 3, cx + radius // 3, cy + radius // 3],
            fill=(40, 80, 200, 255),
        )
    else:
        for _ in range(7):
            radius = rng.randint(height // 10, height // 3)
            cx, cy = rng.randint(0, width), rng.randint(0, height)
            draw.ellipse(
                [cx - radius, cy - radius, cx + radius, cy + radius],
                fill=(255, 255, 255, rng.randint(40, 110)),
            )
    picture = PILImage.alpha_composite(picture.convert("RGBA"), overlay).convert("RGB")
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


class CreditedImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = CreditedImage

    title = factory.Sequence(lambda n: f"Illustration {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    description = "Illustration abstraite : dégradé diagonal parsemé de cercles translucides"
    photographer = "Atelier graphique de la rédaction"
    credit_source = "Image générée"
    file = factory.LazyAttribute(
        lambda obj: ImageFile(
            io.BytesIO(generated_picture(obj.title)), name=f"{slugify(obj.title)}.jpg"
        )
    )


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Rubrique {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.name))


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Accueil"


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = "À propos"
    body = "<p>Une page de la rédaction.</p>"


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Actualités"
    slug = "actualites"


def body_stream(*items):
    """StreamField data from (block_type, value) pairs; paragraph values are HTML strings."""
    stream = []
    for block_type, value in items:
        if block_type == "paragraph":
            value = RichText(value)
        elif block_type in {"fact_box", "block_quote"}:
            value = dict(value)
            key = "text"
            value[key] = RichText(value[key])
        stream.append((block_type, value))
    return stream


class ArticlePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Article numéro {n}")
    standfirst = "Un chapô qui résume l’article en une phrase."
    hero_image = factory.SubFactory(CreditedImageFactory)
    body = factory.LazyFunction(
        lambda: body_stream(
            ("paragraph", "<p>Premier paragraphe de l’article, sur les chercheurs et l’IA.</p>"),
            ("pull_quote", {"quote": "Une phrase qui claque.", "attribution": ""}),
            ("paragraph", "<p>Second paragraphe.</p>"),
        )
    )

    @factory.post_generation
    def categories(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.categories.set(extracted)
            obj.save()

    @factory.post_generation
    def tags(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.tags.set(extracted)
            obj.save()

    @factory.post_generation
    def sources(obj, create, extracted, **kwargs):
        if create and extracted:
            for position, (name, url) in enumerate(extracted):
                obj.sources.create(name=name, url=url, sort_order=position)


def publish(page, when=None):
    """Publish through a revision, as the admin does; optionally back-date it.

    Content put in place for a test or the demo: the publication rule, which asks for a
    complete article and a named approver (news.publication), is not asked here.
    """
    with seeding():
        page.save_revision().publish()
    if when is not None:
        type(page).objects.filter(pk=page.pk).update(
            first_published_at=when, last_published_at=when
        )
        page.refresh_from_db()
    return page


def days_ago(days, hour=9):
    """A past moment, `days` days ago at `hour` o'clock (never in the future)."""
    now = timezone.now()
    moment = (now - timedelta(days=days)).replace(hour=hour, minute=0, second=0, microsecond=0)
    return min(moment, now)


class CommentFactory(factory.django.DjangoModelFactory):
    """A reader comment, published unless told otherwise."""

    class Meta:
        model = "comments.Comment"

    article = factory.SubFactory(ArticlePageFactory)
    author_name = factory.Sequence(lambda n: f"Lectrice {n}")
    author_email = factory.Sequence(lambda n: f"lectrice{n}@example.org")
    body = factory.Sequence(lambda n: f"Un avis de lectrice, le numéro {n}, sur cet article.")
    status = "published"
