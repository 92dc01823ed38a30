"""Path tricks under /static/, /media/ and /documents/: a 404, never a 500 nor a file from
outside the root; and only reading there (405 for PUT, PATCH, DELETE, POST). In-process, then
on gunicorn with the production settings and whitenoise."""

import http.client
import uuid
from pathlib import Path

import pytest

from tests.support.served import ServedSite, postgres_available

MARKER = "HORS-RACINE-" + uuid.uuid4().hex[:8]
PLANTED = f"outside-{MARKER}.txt"  # beside MEDIA_ROOT and STATIC_ROOT, never under them
TRICKS = [
    "..%2f{f}",
    "%2e%2e/{f}",
    "%2e%2e%2f{f}",
    ".%2e/{f}",
    "..%5c{f}",
    "..\\{f}",
    "%252e%252e%252f{f}",
    "..%252f{f}",
    "%c0%ae%c0%ae/{f}",
    "..%c0%af{f}",
    "%e0%80%ae%e0%80%ae/{f}",
    "....//{f}",
    "..;/{f}",
    "images/..%2f..%2f{f}",
    "images/%2e%2e/%2e%2e/{f}",
    "{f}%00.png",
    "%00../{f}",
    "%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2fetc%2fpasswd",
    "/etc/passwd",
    "%2e%2e/%2e%2e/manage.py",
    "..%2fmanage.py",
]
PREFIXES = ["/static/", "/media/", "/documents/", "/documents/1/"]
SWEEP = [prefix + trick.format(f=PLANTED) for prefix in PREFIXES for trick in TRICKS]
# Named after the trick, not the random marker: every pytest-xdist worker collects the same ids.
SWEEP_IDS = [prefix + trick for prefix in PREFIXES for trick in TRICKS]
SECRETS = (MARKER.encode(), b"root:x:0:0", b"DJANGO_SETTINGS_MODULE")
WRITES = ["PUT", "PATCH", "DELETE", "POST"]


def assert_refused(path, status, body):
    assert status == 404, (path, status)
    assert not any(secret in body for secret in SECRETS), path


def plant_outside(*roots):
    for root in roots:
        Path(root).mkdir(parents=True, exist_ok=True)
        (Path(root).parent / PLANTED).write_text(MARKER)


class TestInProcess:
    pytestmark = pytest.mark.django_db

    @pytest.fixture(autouse=True)
    def production_like(self, settings, home_page, tmp_path):
        settings.SERVE_MEDIA = True
        settings.MEDIA_ROOT = tmp_path / "media"
        plant_outside(settings.MEDIA_ROOT)
        (settings.MEDIA_ROOT / "images").mkdir()

    @pytest.mark.parametrize("path", SWEEP, ids=SWEEP_IDS)
    def test_a_path_trick_is_a_404(self, reader, path):
        reader.raise_request_exception = False
        response = reader.get(path)
        assert_refused(path, response.status_code, response.content)

    @pytest.mark.parametrize("method", WRITES)
    @pytest.mark.parametrize("path", ["/static/", "/static/css/site.css", "/media/", "/media/x"])
    def test_files_are_only_read(self, reader, method, path):
        response = reader.generic(method, path)
        assert response.status_code == 405, (method, path)
        assert set(response["Allow"].split(", ")) == {"GET", "HEAD"}


@pytest.mark.skipif(not postgres_available(), reason="needs the PostgreSQL server")
class TestServed:
    @pytest.fixture(scope="class")
    def site(self, tmp_path_factory):
        tmp_path = tmp_path_factory.mktemp("served")
        with ServedSite(tmp_path) as served:
            plant_outside(tmp_path / "media", tmp_path / "static")
            images = tmp_path / "media" / "images"
            images.mkdir()
            (images / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
            yield served

    @staticmethod
    def send(site, method, path):
        """The path goes out byte for byte, as a hostile client sends it."""
        connection = http.client.HTTPConnection("127.0.0.1", site.port, timeout=20)
        try:
            connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            connection.putheader("Host", "localhost")
            connection.putheader("Content-Length", "0")
            connection.endheaders()
            response = connection.getresponse()
            return response.status, response.headers, response.read()
        finally:
            connection.close()

    def test_no_path_trick_gives_a_500_or_a_file_outside_the_root(self, site):
        for path in SWEEP:
            for method in ("GET", "HEAD"):
                status, _headers, body = self.send(site, method, path)
                assert_refused(f"{method} {path}", status, body)
        assert "Traceback" not in site.log()

    def test_files_are_served_but_only_read(self, site):
        stylesheet = "/static/css/site.css"
        assert self.send(site, "GET", stylesheet)[0] == 200
        assert self.send(site, "GET", "/media/images/photo.png")[0] == 200
        paths = ("/static/", stylesheet, "/static/nope.css", "/media/", "/media/images/photo.png")
        for path in paths:
            for method in WRITES:
                status, _headers, _body = self.send(site, method, path)
                assert status == 405, (method, path, status)
        assert self.send(site, "GET", stylesheet)[0] == 200  # still there
