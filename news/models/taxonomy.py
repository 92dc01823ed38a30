from django.db import models
from django.http import Http404
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from pagecache.cache import depends_on, fragment
from pagecache.versions import SITE


class Category(index.Indexed, models.Model):
    """A section of the site; each has its own listing page."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        allow_unicode=False,
        help_text=_("Used in the address of the category page: /categorie/<slug>/."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Shown at the top of the category page."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"),
        default=0,
        help_text=_("Lower numbers come first in menus and on the home page."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("news:category", args=[self.slug])

    @property
    def url(self):
        return self.get_absolute_url()


def _all_categories():
    depends_on(SITE)  # the header names them all: a change is site-wide
    return list(Category.objects.all())


def categories_for(request):
    """All categories, read once per request (navigation, home page sections)."""
    cached = getattr(request, "_site_categories", None)
    if cached is None:
        cached = fragment("categories", _all_categories)
        if request is not None:
            request._site_categories = cached
    return cached


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = _("article tag")
        verbose_name_plural = _("article tags")


def tag_at(slug):
    """The tag whose address is /tag/<slug>/, and whether that is its address today.

    Tag slugs are ASCII like every other address (« énergie » → « energie »); links made while
    they kept their accents (/tag/%C3%A9nergie/) still find the tag, to be sent on to its
    address. Returns (tag, current); raises Http404 when no tag answers to it."""
    if "\x00" in slug:
        raise Http404(_("No such tag."))
    tag = Tag.objects.filter(slug=slug).first()
    if tag is not None:
        return tag, True
    ascii_slug = slugify(slug)
    tag = Tag.objects.filter(slug=ascii_slug).first() if ascii_slug != slug else None
    if tag is None:
        raise Http404(_("No such tag."))
    return tag, False
