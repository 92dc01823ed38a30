"""Factories for the test suite (the demo content is data: demo/)."""

import io

import factory
import wagtail_factories
from django.core.files.images import ImageFile
from django.utils.text import slugify
from wagtail.models import Collection
from wagtail.rich_text import RichText

from demo.content import days_ago  # noqa: F401  (used by the tests)
from demo.pictures import generated_picture
from home.models import HomePage, StandardPage
from news import related
from news.models import ArticlePage, Category, CreditedImage, NewsIndexPage
from news.publication import seeding


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
        dates = {"first_published_at": when, "last_published_at": when}
        if isinstance(page, ArticlePage):
            dates["sort_date"] = page.publication_date or when
        type(page).objects.filter(pk=page.pk).update(**dates)
        page.refresh_from_db()
        if isinstance(page, ArticlePage):
            related.changed(page)  # moved in time: what it offers and is offered in
    return page


class CommentFactory(factory.django.DjangoModelFactory):
    """A reader comment, published unless told otherwise."""

    class Meta:
        model = "comments.Comment"

    article = factory.SubFactory(ArticlePageFactory)
    author_name = factory.Sequence(lambda n: f"Lectrice {n}")
    author_email = factory.Sequence(lambda n: f"lectrice{n}@example.org")
    body = factory.Sequence(lambda n: f"Un avis de lectrice, le numéro {n}, sur cet article.")
    status = "published"
