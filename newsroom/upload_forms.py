"""Image and document upload forms that say so, before writing anything, when the media disk
is full (WAGTAILIMAGES_IMAGE_FORM_BASE, WAGTAILDOCS_DOCUMENT_FORM_BASE)."""

from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm


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


class ImageForm(RoomForFileMixin, BaseImageForm):
    pass


class DocumentForm(RoomForFileMixin, BaseDocumentForm):
    pass
