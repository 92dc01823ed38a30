from django.http import Http404
from wagtail import hooks

from operations import expiry


@hooks.register("before_serve_page")
def refuse_expired_pages(page, request, serve_args, serve_kwargs):
    """Past its expiry date a page is gone, before the scheduler unpublishes it."""
    if expiry.is_expired(page):
        raise Http404
