"""What an editor may upload: bounded images and documents, never a disguised or hostile file."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model

from editorial.roles import ensure_demo_accounts
from news.models import CreditedImage
from tests.support.broken_images import broken_gif, jpeg_cut_in_half

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, home_page):
    ensure_demo_accounts()
    assert client.login(username="redacteur", password="redacteur-demo")
    return client


def png(size, mode="RGB"):
    output = io.BytesIO()
    Image.new(mode, size).save(output, "PNG")
    return output.getvalue()


@pytest.fixture
def administrator(client, home_page):
    """Documents are for administrators here: editors have no document permission."""
    ensure_demo_accounts()
    assert client.login(username="admin", password="admin-demo")
    return client


def upload_image(client, name, content):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Une image envoyée",
            "file": SimpleUploadedFile(name, content),
            "photographer": "Philippa Rose-Tite",
            "credit_source": "Unsplash",
        },
    )


def upload_document(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": "Un document", "file": SimpleUploadedFile(name, content)},
    )


def test_a_normal_image_is_accepted(editor):
    response = upload_image(editor, "photo.png", png((64, 48)))
    assert response.status_code == 302
    assert CreditedImage.objects.get().photographer == "Philippa Rose-Tite"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bombe.png", png((10_000, 10_000), mode="1")),  # 100 million pixels, a few KB
        ("texte.png", b"Ceci n'est pas une image, seulement du texte."),
        ("dessin.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        ("vide.jpg", b""),
    ],
    ids=["decompression-bomb", "text-renamed-png", "svg", "empty"],
)
def test_hostile_or_disguised_images_are_refused_with_a_message(editor, name, content):
    response = upload_image(editor, name, content)
    assert response.status_code == 200  # the form again, with its error
    assert response.context["form"].errors["file"]
    assert not CreditedImage.objects.exists()


def test_an_image_over_the_size_limit_is_refused(editor, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    response = upload_image(editor, "grande.png", png((400, 400), mode="RGB") + b"\0" * 2048)
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not CreditedImage.objects.exists()


def test_documents_keep_to_the_allowed_kinds(administrator):
    Document = get_document_model()
    assert upload_document(administrator, "programme.exe", b"MZ\x90\x00").status_code == 200
    assert (
        upload_document(administrator, "page.html", b"<script>alert(1)</script>").status_code == 200
    )
    assert not Document.objects.exists()
    assert upload_document(administrator, "rapport.pdf", b"%PDF-1.4\n%%EOF\n").status_code == 302
    assert Document.objects.count() == 1


def test_documents_are_served_as_downloads_that_cannot_run_scripts(administrator):
    Document = get_document_model()
    upload_document(administrator, "notes.txt", b"Notes de la redaction.")
    document = Document.objects.get()
    administrator.logout()
    response = administrator.get(document.url)
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert "default-src 'none'" in response["Content-Security-Policy"]


BROKEN_IMAGES = pytest.mark.parametrize(
    ("name", "content"),
    [("anime.gif", broken_gif()), ("coupee.jpg", jpeg_cut_in_half())],
    ids=["gif-signature-then-garbage", "jpeg-cut-in-half"],
)
BROKEN_MESSAGE = "Ce fichier est endommagé"


@BROKEN_IMAGES
def test_a_broken_image_is_refused_by_the_upload_form(editor, name, content):
    response = upload_image(editor, name, content)
    assert response.status_code == 200
    assert BROKEN_MESSAGE in " ".join(response.context["form"].errors["file"])
    assert not CreditedImage.objects.exists()


@BROKEN_IMAGES
def test_a_broken_image_is_refused_by_the_multiple_upload(editor, name, content):
    response = editor.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile(name, content)},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    answer = response.json()
    assert answer["success"] is False
    assert BROKEN_MESSAGE in answer["error_message"]
    assert not CreditedImage.objects.exists()


@BROKEN_IMAGES
def test_a_broken_image_is_refused_by_the_image_chooser_upload(editor, name, content):
    response = editor.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Une image envoyée",
            "image-chooser-upload-file": SimpleUploadedFile(name, content),
            "image-chooser-upload-photographer": "Philippa Rose-Tite",
            "image-chooser-upload-credit_source": "Unsplash",
        },
    )
    assert response.status_code == 200
    assert BROKEN_MESSAGE in response.json()["htmlFragment"]
    assert not CreditedImage.objects.exists()


def test_a_whole_animated_gif_is_accepted(editor):
    frames = [Image.new("P", (32, 32), color) for color in (1, 2, 3)]
    output = io.BytesIO()
    frames[0].save(output, "GIF", save_all=True, append_images=frames[1:], duration=100)
    assert upload_image(editor, "anime.gif", output.getvalue()).status_code == 302
    assert CreditedImage.objects.count() == 1
