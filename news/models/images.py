import logging

from django.db import models
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.images.models import AbstractImage, AbstractRendition, Image, SourceImageIOError
from willow.image import UnrecognisedImageFormatError

logger = logging.getLogger(__name__)

# What a damaged or hostile original raises while Willow and Pillow read it.
UNREADABLE_ORIGINAL = (
    OSError,
    ValueError,
    SyntaxError,
    UnrecognisedImageFormatError,
    PILImage.DecompressionBombError,
)


class CreditedImage(AbstractImage):
    """An image that carries its credit and licence wherever it is used."""

    description = models.CharField(
        _("default alternative text"),
        max_length=255,
        blank=True,
        default="",
        help_text=_("Describes the image for readers who cannot see it. Articles may override it."),
    )
    photographer = models.CharField(
        _("photographer"),
        max_length=255,
        blank=True,
        help_text=_("Author of the picture, as credited: « Philippa Rose-Tite »."),
    )
    credit_source = models.CharField(
        _("source or agency"),
        max_length=255,
        blank=True,
        help_text=_("Agency or image bank: « Unsplash », « AFP »…"),
    )
    source_url = models.URLField(
        _("source URL"), blank=True, help_text=_("Page of the original picture.")
    )
    licence = models.CharField(
        _("licence"),
        max_length=255,
        blank=True,
        help_text=_("Licence under which the site uses it: « Licence Unsplash », « CC BY 4.0 »…"),
    )

    admin_form_fields = (
        *Image.admin_form_fields[:3],
        "photographer",
        "credit_source",
        "source_url",
        "licence",
        *Image.admin_form_fields[3:],
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def get_rendition(self, filter):
        try:
            return super().get_rendition(filter)
        except SourceImageIOError:
            raise
        except UNREADABLE_ORIGINAL as error:
            raise self._unreadable(error) from error

    def get_renditions(self, *filters):
        try:
            return super().get_renditions(*filters)
        except SourceImageIOError:
            raise
        except UNREADABLE_ORIGINAL as error:
            raise self._unreadable(error) from error

    def _unreadable(self, error):
        """Wagtail's image tags render a missing original as an empty image, never a 500."""
        logger.error("Image %s (%s): the original cannot be read: %s", self.pk, self.file, error)
        return SourceImageIOError(str(error))

    @property
    def credit(self):
        """« Photographer / Agency », or whichever of the two is known."""
        return " / ".join(part for part in (self.photographer, self.credit_source) if part)


class CreditedRendition(AbstractRendition):
    image = models.ForeignKey(CreditedImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
