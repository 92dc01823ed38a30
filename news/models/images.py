from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


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

    @property
    def credit(self):
        """« Photographer / Agency », or whichever of the two is known."""
        return " / ".join(part for part in (self.photographer, self.credit_source) if part)


class CreditedRendition(AbstractRendition):
    image = models.ForeignKey(CreditedImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
