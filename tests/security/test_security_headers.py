"""The headers production sends, read off gunicorn running newsroom.settings.production."""

import subprocess
import sys

import pytest

from tests.support.served import ROOT, ServedSite, postgres_available

pytestmark = pytest.mark.skipif(not postgres_available(), reason="needs the PostgreSQL server")

HTTPS = {"X-Forwarded-Proto": "https"}  # as the TLS-terminating proxy says it


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with ServedSite(
        tmp_path_factory.mktemp("served"),
        {"SECURE_SSL_REDIRECT": "1", "ALLOWED_HOSTS": "localhost,actu.example.org"},
    ) as served:
        yield served


def header_set(headers):
    return {name.lower(): value for name, value in headers.items()}


def test_reader_pages_carry_the_full_header_set(site):
    status, headers, body = site.get("/", HTTPS)
    assert status == 200, body[:500]
    headers = header_set(headers)
    assert headers["strict-transport-security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert headers["x-frame-options"] == "DENY"
    assert headers["cross-origin-opener-policy"] == "same-origin"
    policy = dict(
        (directive.split(" ", 1) + [""])[:2]
        for directive in headers["content-security-policy"].split("; ")
    )
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["base-uri"] == "'self'"
    assert policy["frame-ancestors"] == "'self'"
    assert "'unsafe-inline'" not in policy["style-src-elem"]


SECURITY_HEADERS = (
    "content-security-policy",
    "cross-origin-opener-policy",
    "referrer-policy",
    "strict-transport-security",
    "x-content-type-options",
    "x-frame-options",
)


@pytest.mark.parametrize("path", ["/?essai=entetes", "/flux/rss/", "/sitemap.xml"])
def test_a_page_from_the_cache_carries_the_security_headers_of_a_fresh_one(site, path):
    _status, miss, _body = site.get(path, HTTPS)
    _status, hit, _body = site.get(path, HTTPS)
    miss, hit = header_set(miss), header_set(hit)
    assert (miss["x-page-cache"], hit["x-page-cache"]) == ("miss", "hit")
    assert {name: miss.get(name) for name in SECURITY_HEADERS} == {
        name: hit.get(name) for name in SECURITY_HEADERS
    }
    assert all(miss.get(name) for name in SECURITY_HEADERS), miss


def test_the_admin_gets_its_own_policy_and_is_never_framed_elsewhere(site):
    status, headers, _body = site.get("/admin/login/", HTTPS)
    assert status == 200
    headers = header_set(headers)
    assert "script-src 'self' 'unsafe-inline'" in headers["content-security-policy"]
    assert "frame-ancestors 'self'" in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY"


def test_plain_http_is_sent_to_https_except_the_health_check(site):
    status, headers, _body = site.get("/")
    assert status == 301
    assert headers["Location"] == "https://localhost/"
    assert site.get("/sante/")[0] == 200


@pytest.mark.parametrize("path", ["/", "/sante/", "/admin/login/", "/recherche/?q=ia"])
def test_a_host_outside_allowed_hosts_gets_a_400_and_nothing_else(site, path):
    site.get(path, HTTPS)  # a cached copy must not answer for another host
    status, _headers, body = site.get(path, {**HTTPS, "Host": "evil.example"})
    assert status == 400
    assert "Traceback" not in body and "DisallowedHost" not in body
    assert "Méninges" not in body


def test_an_allowed_second_host_is_served(site):
    assert site.get("/", {**HTTPS, "Host": "actu.example.org"})[0] == 200


def test_security_txt_says_where_to_report(site):
    status, headers, body = site.get("/.well-known/security.txt", HTTPS)
    assert status == 200
    assert headers["Content-Type"].startswith("text/plain")
    fields = dict(line.split(": ", 1) for line in body.splitlines())
    assert fields["Contact"].startswith("mailto:")
    assert fields["Expires"].endswith("Z")
    assert fields["Preferred-Languages"] == "fr, en"


def test_uploads_are_served_but_no_folder_is_listed(site):
    folder = site.tmp_path / "media" / "images"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    status, headers, _body = site.get_bytes("/media/images/photo.png", HTTPS)
    assert status == 200
    assert headers["Content-Type"] == "image/png"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Cache-Control"] == "public, max-age=86400"
    for path in (
        "/media/",
        "/media/images/",
        "/media/../manage.py",
        "/media/%2e%2e/manage.py",
    ):
        status, _headers, body = site.get_bytes(path, HTTPS)
        assert status in (400, 404), path
        assert b"photo.png" not in body and b"django" not in body.lower()


DOCUMENTS = """
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction
root = Collection.get_first_root_node()
private = root.add_child(name="Réservé")
CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
for collection, name, body in [
    (private, "note-interne.txt", b"SECRET-NOTE"),
    (root, "page.html", b"<script>alert(1)</script>"),
    (root, "rapport.pdf", b"%PDF-1.4\\n%%EOF\\n"),
]:
    document = get_document_model().objects.create(
        title=name, collection=collection, file=ContentFile(body, name=name)
    )
    print(document.url, document.file.name)
"""


def test_documents_go_only_through_the_view_that_checks_their_privacy(site):
    created = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", DOCUMENTS],
        env=site.env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    lines = [line.split() for line in created.stdout.splitlines() if line.startswith("/")]
    (private_url, private_file), *public = lines
    status, headers, body = site.get_bytes(private_url, HTTPS)
    assert status == 302 and "/login/" in headers["Location"]
    media = [f"/media/{name}" for name in (private_file, "documents/", *(f for _, f in public))]
    for path in media:
        status, _headers, body = site.get_bytes(path, HTTPS)
        assert status == 404, path
        assert b"SECRET-NOTE" not in body and b"<script>alert" not in body
    for url, _file in public:
        status, headers, _body = site.get_bytes(url, HTTPS)
        assert status == 200, url
        assert headers["Content-Disposition"].startswith("attachment"), url
        assert headers["Content-Security-Policy"] == "default-src 'none'"
