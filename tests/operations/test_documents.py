"""Documents reach readers only through Wagtail's document view, which checks the collection's
privacy, and always as downloads; the media route serves image renditions and nothing else."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import Storage
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.support.factories import CreditedImageFactory

pytestmark = pytest.mark.django_db

SECRET = "NOTE-INTERNE-7Q2"
LOGINS = ("/admin/login/", "/_util/login/")
KINDS = {
    "notes.txt": b"Notes de la redaction.",
    "page.html": b"<script>alert(document.cookie)</script>",
    "dessin.svg": b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    "rapport.pdf": b"%PDF-1.4\n%%EOF\n",
}


class BucketLikeStorage(Storage):
    """Stands in for S3: each file has a public address and no local path."""

    files = {}

    def _save(self, name, content):
        self.files[name] = content.read()
        return name

    def _open(self, name, mode="rb"):
        return ContentFile(self.files[name], name=name)

    def exists(self, name):
        return name in self.files

    def size(self, name):
        return len(self.files[name])

    def delete(self, name):
        self.files.pop(name, None)

    def url(self, name):
        return f"https://bucket.example.org/{name}"


@pytest.fixture
def media_served(settings, home_page):
    """Production without a bucket: the application serves MEDIA_URL itself."""
    settings.SERVE_MEDIA = True


@pytest.fixture
def restricted_collection(db):
    collection = Collection.get_first_root_node().add_child(name="Réservé à la rédaction")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def document(name, content, collection=None):
    return get_document_model().objects.create(
        title=name,
        collection=collection or Collection.get_first_root_node(),
        file=ContentFile(content, name=name),
    )


def refused(response):
    location = response.get("Location", "")
    if response.status_code == 302:
        return location.startswith(LOGINS)
    return response.status_code in (403, 404)


def test_a_restricted_document_is_refused_to_an_anonymous_reader_on_every_route(
    reader, media_served, restricted_collection
):
    note = document("note-interne.txt", SECRET.encode(), restricted_collection)
    name = note.file.name
    for url in (
        note.url,
        f"/media/{name}",
        f"/media/./{name}",
        f"/media//{name}",
        "/media/documents/",
        f"/media/images/../{name}",
    ):
        response = reader.get(url)
        assert refused(response), (url, response.status_code, response.get("Location"))
        assert SECRET not in response.content.decode(errors="replace"), url


def test_a_restricted_document_is_served_to_a_logged_in_reader(
    client, admin_user, restricted_collection
):
    note = document("note-interne.txt", SECRET.encode(), restricted_collection)
    client.force_login(admin_user)
    response = client.get(note.url)
    assert response.status_code == 200
    assert SECRET in b"".join(response.streaming_content).decode()
    assert response["Content-Disposition"].startswith("attachment")


@pytest.mark.parametrize("name", KINDS)
def test_a_public_document_always_downloads_and_never_through_the_media_route(
    reader, media_served, name
):
    public = document(name, KINDS[name])
    response = reader.get(public.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert "inline" not in response["Content-Disposition"]
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == KINDS[name]
    assert reader.get(f"/media/{public.file.name}").status_code == 404


def test_documents_on_a_bucket_still_go_through_the_view(reader, settings, restricted_collection):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": f"{__name__}.BucketLikeStorage"},
    }
    note = document("note-interne.txt", SECRET.encode(), restricted_collection)
    public = document("rapport.pdf", KINDS["rapport.pdf"])
    assert note.url == reverse("wagtaildocs_serve", args=[note.pk, note.filename])

    response = reader.get(note.url)
    assert refused(response), response.get("Location")
    response = reader.get(public.url)
    assert response.status_code == 200  # streamed by the view, not a redirect to the bucket
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert b"".join(response.streaming_content) == KINDS["rapport.pdf"]


def test_the_media_route_serves_renditions_and_nothing_else(reader, media_served):
    image = CreditedImageFactory()
    rendition = image.get_rendition("fill-80x60|format-webp")
    response = reader.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert response["Cache-Control"] == "public, max-age=86400"
    # The original keeps the full size and its metadata; pages only ever show renditions.
    assert reader.get(f"/media/{image.file.name}").status_code == 404
    storage = image.file.storage
    planted = ("images/page.html", "images/notes.txt", "images/.partial-1-photo.png")
    for name in planted:
        storage.save(name, ContentFile(b"<script>alert(1)</script>"))
    for url in (*(f"/media/{name}" for name in planted), "/media/images/"):
        assert reader.get(url).status_code == 404, url


def test_no_media_is_served_when_a_web_server_serves_it(reader, settings, home_page):
    settings.SERVE_MEDIA = False
    rendition = CreditedImageFactory().get_rendition("fill-80x60")
    assert reader.get(rendition.url).status_code == 404
