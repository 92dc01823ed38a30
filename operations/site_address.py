"""The site's public address: one setting, and the Wagtail Site record that follows it.

Wagtail writes every absolute address of a page (canonical link, og:url, JSON-LD, feeds,
sitemaps, robots.txt, llms.txt) from the default Site's hostname and port, and the links of
e-mails, share links and security.txt from WAGTAILADMIN_BASE_URL. Nothing kept the two
together: a fresh install announced `http://localhost/` while it served another address.
WAGTAILADMIN_BASE_URL is the one setting; `setup_newsroom` and the demo set the Site from it,
and `manage.py check` says when they disagree.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from django.db import DatabaseError
from wagtail.models import Site


def public_base_url():
    """The public address without a trailing slash, e.g. « https://actu.example.org »."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def hostname_and_port(url):
    parts = urlsplit(url)
    default_port = 443 if parts.scheme == "https" else 80
    return parts.hostname or "", parts.port or default_port


def default_site():
    return Site.objects.filter(is_default_site=True).first()


def align_default_site():
    """Give the default Site the hostname and port of the public address.

    Returns (site, changed); site is None when there is no default Site yet."""
    site = default_site()
    if site is None:
        return None, False
    hostname, port = hostname_and_port(public_base_url())
    if (site.hostname, site.port) == (hostname, port):
        return site, False
    site.hostname, site.port = hostname, port
    site.save(update_fields=["hostname", "port"])
    return site, True


def disagreement():
    """Why the default Site's address is not the public address, or None."""
    base = public_base_url()
    scheme, port = urlsplit(base).scheme, hostname_and_port(base)[1]
    if scheme == "https" and port != 443:
        # Wagtail's Site writes « http:// » for every port but 443.
        return (
            f"WAGTAILADMIN_BASE_URL is {base}: Wagtail writes https addresses on port 443 only, "
            "so pages would announce http."
        )
    try:
        site = default_site()
    except DatabaseError:  # not migrated yet: nothing to compare
        return None
    if site is None or site.root_url == base:
        return None
    return (
        f"The default Site writes page addresses as {site.root_url} but WAGTAILADMIN_BASE_URL "
        f"is {base}: canonical links, feeds and sitemaps would point elsewhere than the site."
    )


@checks.register(checks.Tags.urls)
def check_site_address(app_configs, **kwargs):
    problem = disagreement()
    if problem is None:
        return []
    return [
        checks.Warning(
            problem,
            hint="Run « manage.py setup_newsroom »: it sets the Site from the setting.",
            id="newsroom.W001",
        )
    ]
