"""Who is asking: the client's address behind the trusted proxies, and its keyed hash.

Readers' comments, their rate limit and the staff's login and reset limits all key on it.
"""

import ipaddress
import logging

from django.conf import settings
from django.utils.crypto import salted_hmac

logger = logging.getLogger(__name__)

# The salt the comments' stored hashes were made with: changing it would unlink them.
IP_HASH_SALT = "comments.ip"


def _networks():
    networks = []
    for entry in settings.TRUSTED_PROXIES:
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            logger.warning("TRUSTED_PROXIES: %r is not an address or a network", entry)
    return networks


def _parse(value):
    try:
        return ipaddress.ip_address(value.strip().strip("[]"))
    except ValueError:
        return None


def client_ip(request):
    """The reader's address: REMOTE_ADDR, or, when that is a trusted proxy, the last address
    in X-Forwarded-For that is not one. Anything a client wrote further left is ignored."""
    remote = _parse(request.META.get("REMOTE_ADDR", ""))
    if remote is None:
        return ""
    trusted = _networks()

    def is_trusted(address):
        return any(address in network for network in trusted)

    if not is_trusted(remote):
        return str(remote)
    chain = [hop for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    for hop in reversed(chain):
        address = _parse(hop)
        if address is None:
            break  # garbage: stop at the last address a trusted proxy vouched for
        if not is_trusted(address):
            return str(address)
        remote = address
    return str(remote)


def hash_ip(address):
    """A keyed hash: the same reader gets the same value, and the address cannot be read back."""
    secret = settings.COMMENTS_IP_HASH_KEY or None  # None: the SECRET_KEY
    return salted_hmac(
        IP_HASH_SALT, address or "unknown", secret=secret, algorithm="sha256"
    ).hexdigest()
