"""A share link's public address: its token signed with the site's key."""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils.translation import gettext as _

SIGNER_SALT = "news.share-link"


def _signer():
    return signing.Signer(salt=SIGNER_SALT)


def sign(link):
    """The link's token with its signature: the last segment of the public address."""
    return _signer().sign(link.token)


def unsign(signed_token):
    """The token inside a signed value, or None when the value was tampered with."""
    try:
        return _signer().unsign(signed_token)
    except signing.BadSignature:
        return None


def signed_url(link):
    """The public path of the link: /apercu/<signed token>/."""
    return reverse("news:shared_draft", args=[sign(link)])


def public_url(link):
    """The absolute address to hand to the reviewer."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + signed_url(link)


def link_status(link):
    if link.revoked_at is not None:
        return _("Revoked link")
    if not link.is_active:
        return _("Expired link")
    return _("Active link")
