"""The second factor, whichever view took the password. A session that a password opened for an
account with two-factor on (the admin's form asks for both at once; Wagtail's and Django's own
login views only for the password) reaches nothing but the code step until a code verifies it:
django-otp records the device that did in the session."""

from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView
from django_otp import login as otp_login
from django_otp import user_has_device

from staff.two_factor import LoginForm, verify

CODE_STEP = "newsroom_two_factor_code"
# What a session waiting for its code may still reach: the step itself, and the way out.
OPEN_VIEWS = {
    CODE_STEP,
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}


def awaiting_code(request):
    user = request.user
    if not user.is_authenticated:
        return False
    if not hasattr(user, "is_verified"):
        raise ImproperlyConfigured("django_otp.middleware.OTPMiddleware must come first.")
    return not user.is_verified() and user_has_device(user, confirmed=True)


class SecondFactorMiddleware:
    """Sends a session awaiting its code to the code step, from any view but the open ones:
    it does not matter which view logged the user in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.resolver_match.view_name in OPEN_VIEWS or not awaiting_code(request):
            return None
        return redirect(f"{reverse(CODE_STEP)}?{urlencode({'next': request.get_full_path()})}")


class CodeForm(forms.Form):
    token = forms.CharField(
        label=LoginForm.base_fields["otp_token"].label,
        max_length=12,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.device = None

    def clean_token(self):
        # django-otp makes each device wait longer after each wrong code.
        self.device = verify(self.user, self.cleaned_data["token"])
        if self.device is None:
            raise ValidationError(LoginForm.error_messages["otp_invalid"], code="otp_invalid")
        return self.cleaned_data["token"]


@method_decorator(never_cache, name="dispatch")
class CodeStepView(FormView):
    template_name = "wagtailadmin/two_factor_code.html"
    form_class = CodeForm

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect(reverse("wagtailadmin_login"))
        if not awaiting_code(request):
            return redirect(self.get_success_url())
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_success_url(self):
        target = self.request.GET.get("next", "")
        safe = url_has_allowed_host_and_scheme(
            target, allowed_hosts={self.request.get_host()}, require_https=self.request.is_secure()
        )
        return target if safe else reverse("wagtailadmin_home")

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "title": _("Verification code")}

    def form_valid(self, form):
        otp_login(self.request, form.device)
        self.request.session.cycle_key()  # a new session key for the verified session
        return redirect(self.get_success_url())
