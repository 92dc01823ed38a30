"""What an article, a comment, a tag, a category or an image touches: for the page cache and
a CDN alike (the scopes are described in news/scopes.py)."""

from django.conf import settings
from django.urls import reverse
from taggit.models import Tag

from news.models import ArticlePage, Category, CreditedImage
from news.scopes import (
    FEEDS,
    HOME,
    SITEMAPS,
    article,
    category,
    comments,
    index,
    tag,
    tag_name,
)
from pagecache import versions
from pagecache.invalidation import Touched, register, register_page


def _root_url(page):
    site = page.get_site()
    return site.root_url if site else None


def article_touches(page, previous_parent=None):
    """An article published, unpublished, moved or deleted: its page and the pages listing it
    (`article:<id>`), the listings it is in, the home page, feeds and sitemaps; and, through its
    categories and tags, the articles whose related articles or previous/next it may enter
    (related articles are scored against the archive on each render: any article of the
    category may show it next). With a CDN, the addresses of the pages named here."""
    categories = list(page.categories.all())
    tags = list(page.tags.all())
    parents = {page.get_parent(), previous_parent} - {None}
    scopes = (
        article(page.pk),
        *(category(item.pk) for item in categories),
        *(tag(item.pk) for item in tags),
        *(index(parent.pk) for parent in parents),
        HOME,
        FEEDS,
        SITEMAPS,
    )
    urls = ()
    root = _root_url(page) if getattr(settings, "WAGTAILFRONTENDCACHE", None) else None
    if root:
        urls = (
            page.get_full_url(),
            root + "/",
            *(parent.get_full_url() for parent in parents),
            *(root + item.url for item in categories),
            *(root + reverse("news:tag", args=[item.slug]) for item in tags),
            root + reverse("news:feed_rss"),
            root + reverse("news:feed_atom"),
        )
    return Touched(scopes, tuple(url for url in urls if url))


def comments_touched(*article_ids):
    """Comments published or taken down: their articles' pages, nothing else."""
    urls = ()
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        pages = ArticlePage.objects.filter(pk__in=article_ids)
        urls = tuple(url for url in (page.get_full_url() for page in pages) if url)
    return Touched(tuple(comments(pk) for pk in article_ids), urls)


def invalidate(touched, removal=True):
    versions.invalidate(touched.scopes, removal=removal, urls=touched.urls)


def tag_touches(instance):
    return Touched((tag(instance.pk), tag_name(instance.pk)))


def connect():
    register_page(ArticlePage, article_touches)
    # Header and home page sections: every page names the categories.
    register(Category, additive=True)
    # Wagtail records an image's size and hash lazily; a new image shows nowhere yet.
    register(
        CreditedImage,
        additive=True,
        ignore_created=True,
        technical_fields={"file_size", "file_hash"},
    )
    register(Tag, tag_touches, additive=True)
