"""Optional two-factor authentication for staff: a TOTP device from django-otp, turned on from
the admin's account menu, and asked for by the admin's login form or, after any other login,
by the code step (staff/second_factor.py); ten single-use recovery codes for a lost phone
(`manage.py reset_two_factor <name>` is the administrator's way)."""

from base64 import b32encode

import qrcode
import qrcode.image.svg
from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


def confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


RECOVERY_CODES = 10


def clean_token(value):
    return "".join(value.split()).lower()


def verify(user, token):
    """The device that accepts this code, the app's six digits or a recovery code; or None.
    django-otp makes each device wait longer after each failure, and uses a recovery code up."""
    token = clean_token(token)
    if token.isdigit():
        device = confirmed_device(user)
    else:
        device = StaticDevice.objects.filter(user=user, confirmed=True).first()
    return device if device is not None and device.verify_token(token) else None


def turn_off(user):
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


class LoginForm(WagtailLoginForm):
    """Wagtail's login form with a code field, required once the account has a device."""

    otp_token = forms.CharField(
        label=_("Verification code"),
        required=False,
        max_length=12,
        help_text=_(
            "Only if two-factor authentication is on for your account: the 6 digits from your "
            "app, or one of your recovery codes."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    error_messages = {
        **WagtailLoginForm.error_messages,
        "invalid_login": _("Wrong user name or password. Please try again."),
        "otp_required": _("Enter the 6-digit code from your authentication app."),
        "otp_invalid": _(
            "This code is not valid. Check that your phone's clock is right and try again."
        ),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail's password field has no label, so Django shows its name: « Password ».
        self.fields["password"].label = _("Password")

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        device = confirmed_device(user)
        if device is None:
            return
        token = clean_token(self.cleaned_data.get("otp_token", ""))
        if not token:
            raise ValidationError(self.error_messages["otp_required"], code="otp_required")
        matched = verify(user, token)
        if matched is None:
            raise ValidationError(self.error_messages["otp_invalid"], code="otp_invalid")
        user.otp_device = matched  # django-otp records it in the session at login


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("6-digit code from the app"),
        max_length=12,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def __init__(self, *args, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_token(self):
        if not self.device.verify_token(clean_token(self.cleaned_data["token"])):
            raise ValidationError(LoginForm.error_messages["otp_invalid"], code="otp_invalid")
        return self.cleaned_data["token"]


@method_decorator(never_cache, name="dispatch")  # the key and the codes stay out of caches
class TwoFactorView(WagtailAdminTemplateMixin, FormView):
    """Off: a QR code and its key, confirmed by a first code. On: turned off with a code."""

    template_name = "wagtailadmin/account/two_factor.html"
    page_title = _("Two-factor authentication")
    header_icon = "key"

    def get_breadcrumbs_items(self):
        return []

    @cached_property
    def enabled_device(self):
        return confirmed_device(self.request.user)

    @cached_property
    def device(self):
        if self.enabled_device:
            return self.enabled_device
        # The same pending key until it is confirmed, so a reload does not void a scan.
        device, _created = TOTPDevice.objects.get_or_create(
            user=self.request.user, confirmed=False, defaults={"name": "Application"}
        )
        return device

    def get_form(self, form_class=None):
        return TokenForm(**self.get_form_kwargs(), device=self.device)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["enabled"] = self.enabled_device is not None
        if not context["enabled"]:
            key = b32encode(self.device.bin_key).decode()
            context["secret"] = " ".join(key[i : i + 4] for i in range(0, len(key), 4))
            image = qrcode.make(
                self.device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8
            )
            # Our own drawing of the key's URL: no user-supplied markup in it.
            context["qr_code"] = mark_safe(image.to_string(encoding="unicode"))  # noqa: S308
        return context

    def form_valid(self, form):
        user = self.request.user
        if self.enabled_device:
            turn_off(user)
            messages.success(self.request, _("Two-factor authentication is off."))
            return redirect(reverse("newsroom_two_factor"))
        self.device.confirmed = True
        self.device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=user, confirmed=False).delete()
        otp_login(self.request, self.device)
        StaticDevice.objects.filter(user=user).delete()
        recovery = StaticDevice.objects.create(user=user, name=str(_("Recovery codes")))
        codes = [StaticToken.random_token() for _number in range(RECOVERY_CODES)]
        StaticToken.objects.bulk_create(StaticToken(device=recovery, token=c) for c in codes)
        # Shown on this answer only; no page shows them again.
        return TemplateResponse(
            self.request,
            "wagtailadmin/account/two_factor_recovery.html",
            {**self.get_context_data(form=form), "recovery_codes": codes},
        )
