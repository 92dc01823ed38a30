"""Addresses and formats that every output shares: the site's own address, absolute URLs,
dates in ISO 8601, image renditions that cannot take a page down, the AI notice's text and its
« learn more » address.

The leaf of `distribution`: feeds, sitemaps, metadata, Markdown and the API build on it, and it
imports none of them.
"""

from html import unescape

from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Site


def site_root_url(request):
    """The site's own address (Wagtail's Site), else the request's."""
    site = Site.find_for_request(request) if request is not None else None
    if site is not None:
        return site.root_url
    return request.build_absolute_uri("/").rstrip("/")


def absolute(request, url):
    if not url or url.startswith(("http://", "https://")):
        return url
    if url.startswith("//"):
        return ("https:" if request.is_secure() else "http:") + url
    return site_root_url(request) + url


def iso(moment):
    return timezone.localtime(moment).isoformat(timespec="seconds") if moment else None


def image_renditions(image, *specs):
    """The renditions of `image`, in one query at most (none once Wagtail's cache is warm)."""
    if image is None:
        return {}
    try:
        return image.get_renditions(*specs)
    except Exception:  # noqa: BLE001 - a broken original must not take the page down
        return {}


def learn_more_url(request, notice):
    """The full address of the AI notice's « learn more » page, or "" while it is not live."""
    page = getattr(notice, "learn_more_page", None)
    if page is not None and page.live:
        return page.get_full_url(request)
    return ""


def notice_text(notice):
    return " ".join(strip_tags(unescape(notice.text or "")).split())
