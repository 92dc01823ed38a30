"""Image and document upload forms (WAGTAILIMAGES_IMAGE_FORM_BASE, WAGTAILDOCS_DOCUMENT_FORM_BASE):
they say so, before writing anything, when the media disk is full or an image cannot be decoded."""

from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import UploadedFile
from django.dispatch import Signal
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageSequence
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

# Sent once an image's file has been replaced, its old renditions deleted (sender: the image
# model, image: the image); news/renditions.py makes the new ones for the articles using it.
image_file_replaced = Signal()

BROKEN_IMAGE = _(
    "This file is damaged or incomplete: it cannot be read as an image, and nothing was saved. "
    "Export it again from the original, then upload it once more."
)


class RoomForFileMixin:
    """A form error, before anything is written, when the media disk cannot take the file."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        has_room_for = getattr(default_storage, "has_room_for", None)
        if isinstance(file, UploadedFile) and has_room_for and not has_room_for(file.size):
            raise ValidationError(
                _(
                    "The server has no room left for this file: nothing was saved. "
                    "Tell the technical team, then try again."
                ),
                code="disk_full",
            )
        return file


def decode_every_frame(file):
    """Pillow reads the whole picture, not just its header: a truncated or garbled file raises."""
    file.seek(0)
    with Image.open(file) as image:
        image.verify()
    file.seek(0)
    with Image.open(file) as image:
        for frame in ImageSequence.Iterator(image):
            frame.load()
    file.seek(0)


class DecodedImageField(WagtailImageField):
    """Wagtail's checks (format, size, pixels), then a full decode: a broken file is a form
    error, never a 500 here nor later when a rendition is made from it."""

    def to_python(self, data):
        try:
            file = super().to_python(data)
            if file is not None:
                decode_every_frame(data)
        except ValidationError:
            raise
        except Exception as error:  # noqa: BLE001 - Pillow raises many kinds on bad data
            raise ValidationError(BROKEN_IMAGE, code="broken_image") from error
        return file


class ImageForm(RoomForFileMixin, BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None:  # absent from the multiple uploader's edit form
            self.fields["file"] = DecodedImageField(
                label=field.label,
                required=field.required,
                widget=field.widget,
                disabled=field.disabled,
            )

    def save(self, commit=True):
        replaced = "file" in self.changed_data and bool(self.original_file)
        image = super().save(commit=commit)
        if commit and replaced:
            image_file_replaced.send(sender=type(image), image=image)
        return image


class DocumentForm(RoomForFileMixin, BaseDocumentForm):
    pass
