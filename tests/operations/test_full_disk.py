"""A full media disk: the upload gets a clear message, and no half-written file stays behind.

The disk is a real one: a 512 KB tmpfs mounted for the test (this needs root, as CI has)."""

import io
import json
import os
import subprocess

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model

from editorial.roles import ensure_demo_accounts
from news.models import CreditedImage

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_disk(tmp_path, settings):
    mount_point = tmp_path / "media"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mount_point)],
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip("mounting a small tmpfs needs root: " + mounted.stderr.decode())
    settings.MEDIA_ROOT = str(mount_point)
    settings.MEDIA_MIN_FREE_BYTES = 0
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=True)


def files_on(disk):
    return sorted(
        os.path.relpath(os.path.join(folder, name), disk)
        for folder, _dirs, names in os.walk(disk)
        for name in names
    )


def noise_png(side=600):
    """About a megabyte that PNG cannot compress: more than the disk holds."""
    output = io.BytesIO()
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(output, "PNG")
    return output.getvalue()


@pytest.fixture
def editor(client, home_page):
    ensure_demo_accounts()
    assert client.login(username="redacteur", password="redacteur-demo")
    return client


def upload_image(client, content):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Photo trop lourde",
            "file": SimpleUploadedFile("photo.png", content),
            "photographer": "Philippa Rose-Tite",
            "credit_source": "Unsplash",
        },
    )


def test_an_image_the_disk_cannot_take_gets_a_form_error_and_nothing_is_written(editor, small_disk):
    response = upload_image(editor, noise_png())
    assert response.status_code == 200
    assert "plus de place pour ce fichier" in response.text
    assert not CreditedImage.objects.exists()
    assert files_on(small_disk) == []


def test_the_multiple_upload_says_so_too(editor, small_disk):
    response = editor.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("photo.png", noise_png())},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    answer = json.loads(response.content)
    assert answer["success"] is False
    assert "plus de place pour ce fichier" in answer["error_message"]
    assert not CreditedImage.objects.exists()
    assert files_on(small_disk) == []


def test_a_document_the_disk_cannot_take_gets_a_form_error(client, home_page, small_disk):
    ensure_demo_accounts()
    assert client.login(username="admin", password="admin-demo")
    response = client.post(
        reverse("wagtaildocs:add"),
        {"title": "Rapport", "file": SimpleUploadedFile("rapport.pdf", os.urandom(900_000))},
    )
    assert response.status_code == 200
    assert "plus de place pour ce fichier" in response.text
    assert not get_document_model().objects.exists()
    assert files_on(small_disk) == []


def test_a_disk_that_fills_up_during_the_write_leaves_nothing_and_says_so(
    editor, small_disk, settings
):
    # Another upload took the room between the check and the write: the check passes here.
    settings.MEDIA_MIN_FREE_BYTES = -(10**9)
    response = upload_image(editor, noise_png())
    assert response.status_code == 507
    assert "Rien n’a été enregistré" in response.text
    assert "Traceback" not in response.text
    assert not CreditedImage.objects.exists()
    assert files_on(small_disk) == []


def test_files_that_fit_are_written_whole_under_their_own_name(small_disk):
    first = default_storage.save("original_images/note.txt", ContentFile(b"premier"))
    second = default_storage.save("original_images/note.txt", ContentFile(b"second"))
    assert first == "original_images/note.txt"
    assert second != first and second.startswith("original_images/note")
    assert default_storage.open(first).read() == b"premier"
    assert default_storage.open(second).read() == b"second"
    assert files_on(small_disk) == sorted([first, second])
