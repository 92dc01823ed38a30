"""RSS 2.0 and Atom feeds of the whole site, of each category and of each tag.

Each item carries its title, link, standfirst, dates, categories and tags, the hero image
(an enclosure, and a Media RSS element with its credit and alt text) and the AI disclosure.
"""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed, rfc3339_date
from django.utils.html import escape
from django.utils.translation import gettext as _

from distribution.formats import absolute, image_renditions, notice_text, site_root_url
from news import scopes
from news.models import ArticlePage, Category
from news.models.taxonomy import tag_at
from news.renditions import SOCIAL_IMAGE
from notice.context_processors import site
from notice.models import AINotice
from operations.text import xml_safe
from pagecache.cache import depends_on

FEED_LENGTH = 30
MEDIA_NS = "http://search.yahoo.com/mrss/"


class XmlSafeMixin:
    """Everything the feed will write, cleaned of what XML 1.0 forbids (operations.text), so
    no stored text can make the feed a 500."""

    def __init__(self, *args, **kwargs):
        super().__init__(*xml_safe(args), **xml_safe(kwargs))

    def add_item(self, *args, **kwargs):
        super().add_item(*xml_safe(args), **xml_safe(kwargs))


class MediaMixin:
    """Adds a <media:content> with <media:credit> and <media:description> to each item."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        media = item.get("media")
        if not media:
            return
        handler.startElement(
            "media:content",
            {
                "url": media["url"],
                "type": media["type"],
                "medium": "image",
                "width": str(media["width"]),
                "height": str(media["height"]),
            },
        )
        if media["alt"]:
            handler.addQuickElement("media:description", media["alt"], {"type": "plain"})
        if media["credit"]:
            handler.addQuickElement("media:credit", media["credit"])
        handler.endElement("media:content")


class NewsRssFeed(XmlSafeMixin, MediaMixin, Rss201rev2Feed):
    content_type = "application/rss+xml; charset=utf-8"

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:media": MEDIA_NS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        # RSS 2.0 has no update date: the Atom namespace Django declares provides one.
        if item["updateddate"] is not None:
            handler.addQuickElement("atom:updated", rfc3339_date(item["updateddate"]))


class NewsAtomFeed(XmlSafeMixin, MediaMixin, Atom1Feed):
    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:media": MEDIA_NS}


class ArticleFeed(Feed):
    """The latest published articles of the site."""

    feed_type = NewsRssFeed
    language = "fr"

    @classmethod
    def view(cls):
        """A view that builds a feed object per request: the request is kept on it."""

        def feed_view(request, *args, **kwargs):
            return cls()(request, *args, **kwargs)

        return feed_view

    def __call__(self, request, *args, **kwargs):
        self.request = request
        self.notice = AINotice.load(request_or_site=request)
        response = super().__call__(request, *args, **kwargs)
        response["Content-Type"] = self.feed_type.content_type
        return response

    # The feed

    def get_object(self, request, *args, **kwargs):
        return None

    def site_name(self):
        return site(self.request)["site_name"]

    def title(self, obj):
        return self.site_name()

    def link(self, obj):
        return site_root_url(self.request) + "/"

    def feed_url(self, obj):
        return site_root_url(self.request) + self.request.path

    def description(self, obj):
        return notice_text(self.notice)

    subtitle = description

    def author_name(self, obj):
        return self.site_name()

    def articles(self, obj):
        return ArticlePage.objects.listing()

    def scope(self, obj):
        return scopes.FEEDS

    def items(self, obj):
        items = list(
            self.articles(obj).select_related("approved_by").prefetch_related("tags")[:FEED_LENGTH]
        )
        depends_on(self.scope(obj))
        scopes.shows(items)
        return items

    # Each item

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    item_guid_is_permalink = True

    def item_description(self, item):
        parts = [f"<p>{escape(item.standfirst)}</p>"]
        if item.hero_image and item.hero_image.credit:
            credit = _("Image credit:") + " " + item.hero_image.credit
            parts.append(f"<p>{escape(credit)}</p>")
        provenance = item.provenance
        disclosure = [provenance + "." if provenance else "", notice_text(self.notice)]
        parts.append(f"<p><em>{escape(' '.join(part for part in disclosure if part))}</em></p>")
        return "".join(parts)

    def item_pubdate(self, item):
        return item.display_date

    def item_updateddate(self, item):
        return item.modified_at

    def item_author_name(self, item):
        return self.site_name()

    def item_categories(self, item):
        tags = sorted(tag.name for tag in item.tags.all())  # prefetched, in no set order
        return [category.name for category in item.categories.all()] + tags

    def _rendition(self, item):
        if not item.hero_image:
            return None
        return image_renditions(item.hero_image, SOCIAL_IMAGE).get(SOCIAL_IMAGE)

    def item_enclosures(self, item):
        rendition = self._rendition(item)
        if rendition is None:
            return []
        try:
            length = rendition.file.size
        except (OSError, ValueError):
            length = 0
        return [Enclosure(absolute(self.request, rendition.url), str(length), "image/jpeg")]

    def item_extra_kwargs(self, item):
        rendition = self._rendition(item)
        if rendition is None:
            return {}
        return {
            "media": {
                "url": absolute(self.request, rendition.url),
                "type": "image/jpeg",
                "width": rendition.width,
                "height": rendition.height,
                "alt": item.hero_alt,
                "credit": item.hero_image.credit,
            }
        }


class AtomMixin:
    feed_type = NewsAtomFeed


class CategoryFeed(ArticleFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Category, slug=slug)

    def title(self, obj):
        return f"{obj.name} — {self.site_name()}"

    def link(self, obj):
        return absolute(self.request, obj.url)

    def description(self, obj):
        return obj.description or notice_text(self.notice)

    subtitle = description

    def articles(self, obj):
        return ArticlePage.objects.listing().filter(categories=obj)

    def scope(self, obj):
        return scopes.category(obj.pk)


class TagFeed(ArticleFeed):
    def get_object(self, request, slug):
        return tag_at(slug)[0]  # an old accented address keeps its subscribers

    def title(self, obj):
        return f"#{obj.name} — {self.site_name()}"

    def link(self, obj):
        return absolute(self.request, reverse("news:tag", args=[obj.slug]))

    def articles(self, obj):
        return ArticlePage.objects.listing().filter(tags=obj)

    def scope(self, obj):
        return scopes.tag(obj.pk)


class ArticleAtomFeed(AtomMixin, ArticleFeed):
    pass


class CategoryAtomFeed(AtomMixin, CategoryFeed):
    pass


class TagAtomFeed(AtomMixin, TagFeed):
    pass
