"""What empties the page cache: any change that can show on a reader page."""

from django.apps import apps
from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from newsroom import cache

# Models edited outside a page's publication whose changes readers see.
READER_VISIBLE_MODELS = (
    "news.Category",
    "news.CreditedImage",
    "notice.AINotice",
    "taggit.Tag",
    "wagtailcore.Site",
    "wagtailcore.PageViewRestriction",
    "comments.CommentSettings",
)


# Of those, the ones whose saves can take nothing away from readers: while a page is rendered
# again, its previous copy may be served for a few seconds (newsroom/cache.py). Deleting any of
# them, or any change to the others (a view restriction, a site...), is a removal.
ADDITIVE_SAVES = {"news.Category", "news.CreditedImage", "notice.AINotice", "taggit.Tag"}


# Saves that change nothing a reader sees (Wagtail records an image's size and hash lazily).
TECHNICAL_FIELDS = {"file_size", "file_hash"}


def changed(sender, signal, update_fields=None, created=False, **kwargs):
    if update_fields and set(update_fields) <= TECHNICAL_FIELDS:
        return
    if created and sender._meta.label == "notice.AINotice":
        return  # made with its default text the first time a page reads it
    saved = signal is post_save
    cache.invalidate(removal=not (saved and sender._meta.label in ADDITIVE_SAVES))


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        cache.invalidate(removal=True)


def page_changed_publicly(**kwargs):
    cache.invalidate(removal=False)  # a publication only adds or corrects


def page_removed(**kwargs):
    cache.invalidate(removal=True)  # unpublished, or moved (maybe under a private section)


def connect():
    page_published.connect(page_changed_publicly, dispatch_uid="pagecache-published")
    page_unpublished.connect(page_removed, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(page_removed, dispatch_uid="pagecache-moved")
    post_delete.connect(page_deleted, dispatch_uid="pagecache-page-deleted")
    page_published.connect(purge_listings, dispatch_uid="frontendcache-listings-published")
    page_unpublished.connect(purge_listings, dispatch_uid="frontendcache-listings-unpublished")
    for label in READER_VISIBLE_MODELS:
        model = apps.get_model(label)
        for signal in (post_save, post_delete):
            signal.connect(changed, sender=model, dispatch_uid=f"pagecache-{label}")


def purge_listings(sender, instance, **kwargs):
    """With a CDN: an article also shows on the home page, its index, categories and tags."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    from news.models import ArticlePage

    page = instance.specific
    site = page.get_site()
    if site is None:
        return
    root = site.root_url
    urls = [root + "/"]
    if isinstance(page, ArticlePage):
        urls.append(page.get_parent().get_full_url())
        urls += [root + category.url for category in page.categories.all()]
        urls += [root + reverse("news:tag", args=[tag.slug]) for tag in page.tags.all()]
    purge_urls_from_cache(urls)
