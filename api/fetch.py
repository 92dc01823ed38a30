"""The hero image of a draft, fetched from the address the pipeline gives, with care.

Only http and https; every address the host name resolves to must be public (no loopback,
private, link-local or reserved network, where the site's own services live) unless
API_IMAGE_FETCH_ALLOW_PRIVATE is on (tests serve their picture from 127.0.0.1); the
connection goes to the address that was checked, so a second DNS answer cannot change it.
At most API_IMAGE_FETCH_REDIRECTS redirects, each checked the same way; the whole fetch within
API_IMAGE_FETCH_SECONDS; an image/* content type and at most WAGTAILIMAGES_MAX_UPLOAD_SIZE
bytes, read in chunks and cut off beyond. Each refusal is one « hero_image.url: … » line."""

import http.client
import ipaddress
import socket
import time
from contextlib import closing
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.utils.text import slugify

from editorial.import_json import json_text, refuse, shown
from editorial.importing import check_image

PATH = "hero_image.url"
CHUNK = 64 * 1024
EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/gif": "gif"}
EXTENSIONS |= {"image/webp": "webp", "image/avif": "avif"}


def _pinned_connection(scheme, host, port, address, timeout):
    """An HTTP(S) connection to the checked address; the name is kept for Host and TLS."""
    kind = http.client.HTTPSConnection if scheme == "https" else http.client.HTTPConnection
    connection = kind(host, port, timeout=timeout)
    connection._create_connection = lambda _where, *args: socket.create_connection(
        (address, port), *args
    )
    return connection


def _public_address(host, port):
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        refuse(PATH, f"nom d'hôte inconnu « {shown(host)} »")
    addresses = [ipaddress.ip_address(item[4][0].split("%")[0]) for item in found]
    if not getattr(settings, "API_IMAGE_FETCH_ALLOW_PRIVATE", False):
        for address in addresses:
            if not address.is_global or address.is_multicast:
                refuse(PATH, f"adresse non publique refusée ({address})")
    return str(addresses[0])


def _open(url, deadline):
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        refuse(PATH, "adresse http ou https attendue")
    if parts.username or parts.password:
        refuse(PATH, "adresse avec identifiants refusée")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        refuse(PATH, "port invalide")
    address = _public_address(parts.hostname, port)
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        refuse(PATH, "délai dépassé")
    connection = _pinned_connection(parts.scheme, parts.hostname, port, address, remaining)
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    connection.request("GET", target, headers={"Accept": "image/*", "User-Agent": "newsroom"})
    return connection, connection.getresponse()


def fetch_image(url, folder):
    """The picture at url, written in folder under a name with its type's extension; raises
    ArticleImportError (hero_image.url) when it is refused."""
    url = json_text(url, PATH, 2000, required=True)
    deadline = time.monotonic() + settings.API_IMAGE_FETCH_SECONDS
    limit = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    try:
        for _redirect in range(settings.API_IMAGE_FETCH_REDIRECTS + 1):
            connection, response = _open(url, deadline)
            if response.status in {301, 302, 303, 307, 308} and response.getheader("Location"):
                url = urljoin(url, response.getheader("Location"))
                connection.close()
                continue
            break
        else:
            refuse(PATH, "trop de redirections")
        with closing(connection):
            if response.status != 200:
                refuse(PATH, f"le serveur a répondu {response.status}")
            kind = (response.getheader("Content-Type") or "").split(";")[0].strip().lower()
            if kind not in EXTENSIONS:
                refuse(PATH, f"ce n'est pas une image acceptée (type « {shown(kind)} »)")
            declared = response.getheader("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                refuse(PATH, f"fichier trop lourd ({declared} octets, {limit} au maximum)")
            stem = slugify(PurePosixPath(urlsplit(url).path).stem)[:60] or "image"
            file = Path(folder) / f"{stem}.{EXTENSIONS[kind]}"
            size = 0
            with file.open("wb") as out:
                while chunk := response.read(CHUNK):
                    size += len(chunk)
                    if size > limit:
                        refuse(PATH, f"fichier trop lourd (plus de {limit} octets)")
                    if time.monotonic() > deadline:
                        refuse(PATH, "délai dépassé")
                    out.write(chunk)
    except (OSError, http.client.HTTPException) as error:  # refused, reset, timed out, TLS
        refuse(PATH, f"téléchargement impossible ({shown(error.__class__.__name__)})")
    return check_image(file, PATH)
