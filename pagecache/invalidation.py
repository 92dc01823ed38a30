"""What a change touches: the registry the apps fill, and the signals that read it.

Each app says, for its models, which scopes of the page cache a change touches and which
addresses a CDN in front must purge (`register()`, `register_page()`, called from the app's
`ready()`). One answer serves both: `invalidate()` replaces the scopes' versions and purges
the addresses (Wagtail's frontend cache). A page type nobody registered touches `site`: every
page, since a page may be linked from any other (the menu, the footer).
"""

from typing import NamedTuple

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from pagecache.versions import SITE, invalidate


class Touched(NamedTuple):
    scopes: tuple = ()
    urls: tuple = ()

    def __add__(self, other):
        return Touched((*self.scopes, *other.scopes), (*self.urls, *other.urls))


def site_wide(instance, **kwargs):
    return Touched((SITE,))


class _Rule(NamedTuple):
    touches: object
    additive: bool
    ignore_created: bool
    technical_fields: frozenset


_models = {}
_pages = {}


def register(
    model, touches=site_wide, *, additive=False, ignore_created=False, technical_fields=()
):
    """Saving or deleting an instance of `model` touches `touches(instance)` (a `Touched`).

    `additive`: its saves can take nothing away from readers (a renamed category, an edited
    image): previous copies may be served while the pages render again. A deletion never is.
    `ignore_created`: a new instance shows nowhere yet. `technical_fields`: saves limited to
    these fields change nothing a reader sees.
    """
    _models[model] = _Rule(touches, additive, ignore_created, frozenset(technical_fields))
    post_save.connect(_saved, sender=model, dispatch_uid=f"pagecache-saved-{model._meta.label}")
    post_delete.connect(
        _deleted, sender=model, dispatch_uid=f"pagecache-deleted-{model._meta.label}"
    )


def register_page(page_type, touches):
    """Publishing, unpublishing, moving or deleting a page of this type touches
    `touches(page, previous_parent=None)`; `previous_parent` is the parent before a move."""
    _pages[page_type] = touches


def page_touches(page, **kwargs):
    touches = _pages.get(type(page))
    return touches(page, **kwargs) if touches else Touched((SITE,))


def _apply(touched, removal):
    invalidate(touched.scopes, removal=removal, urls=touched.urls)


def _saved(sender, instance, created=False, update_fields=None, **kwargs):
    rule = _models[sender]
    if update_fields and set(update_fields) <= rule.technical_fields:
        return
    if created and rule.ignore_created:
        return
    _apply(rule.touches(instance), removal=not rule.additive)


def _deleted(sender, instance, **kwargs):
    _apply(_models[sender].touches(instance), removal=True)


def _published(sender, instance, **kwargs):
    _apply(page_touches(instance), removal=False)  # a publication only adds or corrects


def _unpublished(sender, instance, **kwargs):
    _apply(page_touches(instance), removal=True)


def _moved(sender, instance, parent_page_before=None, **kwargs):
    # Maybe under a private section now: a removal.
    page = instance.specific
    _apply(page_touches(page, previous_parent=parent_page_before), removal=True)


def _page_deleted(sender, instance, **kwargs):
    """Before the deletion, inside its transaction: the page's links are still readable."""
    if not isinstance(instance, Page):
        return
    if type(instance) is Page and instance.specific_class in _pages:
        return  # its specific row is deleted too, and says what it touched
    _apply(page_touches(instance), removal=True)


def connect():
    page_published.connect(_published, dispatch_uid="pagecache-published")
    page_unpublished.connect(_unpublished, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(_moved, dispatch_uid="pagecache-moved")
    pre_delete.connect(_page_deleted, dispatch_uid="pagecache-page-deleted")
    register(Site)
    register(PageViewRestriction)
