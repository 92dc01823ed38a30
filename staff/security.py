"""Staff-side protections: the admin's own Content-Security-Policy, the failed-login lockout
page and a logout that only a POST performs. The settings are in newsroom/settings/security.py."""

from django.conf import settings
from django.shortcuts import render
from wagtail.admin.views.account import LogoutView as WagtailLogoutView

from staff.attempt_limits import is_password_attempt, password_locked_out


class AdminContentSecurityPolicyMiddleware:
    """Gives admin responses ADMIN_CSP instead of the readers' SECURE_CSP. Sits after
    Django's ContentSecurityPolicyMiddleware, which reads the choice on the response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(settings.ADMIN_CSP_PATHS) and not hasattr(
            response, "_csp_config"
        ):
            response._csp_config = settings.ADMIN_CSP
        return response


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out login: 429 and a page in French that says how long.
    Page and document passwords, counted by django-axes too, get their own."""
    if is_password_attempt(credentials):
        return password_locked_out(request)
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(request, "staff_locked_out.html", context, status=429)


class LogoutView(WagtailLogoutView):
    """Wagtail's logout, by POST only. Wagtail's own deletes the session cookie and adds its
    message whatever the method, even on its 405 answer: a cross-site link logged editors out
    of their browser (the session stayed valid on the server)."""

    http_method_names = ["post"]

    def dispatch(self, request, *args, **kwargs):
        if request.method.lower() not in self.http_method_names:
            return self.http_method_not_allowed(request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)
