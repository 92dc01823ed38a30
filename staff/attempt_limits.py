"""Limits on what anyone can try without an account. Page and document passwords: django-axes
counts the wrong ones per client address and restriction, in the database like the staff
logins' (a restart or a cache flush unlocks nobody). Password-reset e-mails: counted in the
cache per client address and per account asked for, whether or not it exists."""

import hashlib
import logging
import time
from functools import wraps

from axes.handlers.proxy import AxesProxyHandler
from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponseRedirect
from django.shortcuts import render
from wagtail.admin.views.account import PasswordResetView as WagtailPasswordResetView
from wagtail.documents.views.serve import authenticate_with_password as document_password_view
from wagtail.models import CollectionViewRestriction, PageViewRestriction
from wagtail.views import authenticate_with_password as page_password_view

from operations.client_address import client_ip, hash_ip

logger = logging.getLogger(__name__)

# django-axes counts per "user name" and address: a restriction's name has a ":", which no
# user name may hold, so a reader's guesses never lock a staff account.
PASSWORD_PREFIX = "view-restriction:"


def is_password_attempt(credentials):
    return str((credentials or {}).get("username", "")).startswith(PASSWORD_PREFIX)


def limit_password_form(view, restriction_model, id_argument):
    """Wagtail's password form for a page or a collection, refused (429) after
    AXES_FAILURE_LIMIT wrong passwords from one address for one restriction."""

    @wraps(view)
    def limited(request, *args, **kwargs):
        if request.method != "POST":
            return view(request, *args, **kwargs)
        restriction_id = kwargs[id_argument]
        credentials = {
            "username": f"{PASSWORD_PREFIX}{restriction_model._meta.label_lower}:{restriction_id}"
        }
        if not AxesProxyHandler.is_allowed(request, credentials):
            return password_locked_out(request)
        response = view(request, *args, **kwargs)
        restriction = restriction_model.objects.filter(pk=restriction_id).first()
        if restriction is not None and not restriction.accept_request(request):
            # At the limit, django-axes' middleware answers with staff.security.locked_out.
            AxesProxyHandler.user_login_failed(limited, credentials, request)
        return response

    return limited


page_password = limit_password_form(
    page_password_view, PageViewRestriction, "page_view_restriction_id"
)
document_password = limit_password_form(
    document_password_view, CollectionViewRestriction, "restriction_id"
)


def password_locked_out(request):
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(request, "password_locked_out.html", context, status=429)


def count(key, window):
    """This request's number in the current window of `window` seconds, or None when the
    cache cannot count (then the request goes through: a cache outage blocks no one)."""
    bucket = f"auth:{key}:{int(time.time() // window)}"
    try:
        cache = caches["default"]
        cache.add(bucket, 0, timeout=window + 1)
        number = cache.incr(bucket)
    except Exception:  # any cache failure: never a 500
        number = None
    if not isinstance(number, int):
        logger.warning("Password-reset limit: the cache cannot count, request let through")
        return None
    return number


def over(key, limit, window):
    number = count(key, window)
    return number is not None and number > limit


class PasswordResetView(WagtailPasswordResetView):
    """Wagtail's password reset, limited per client address (429) and per account asked for
    (the usual answer, and no e-mail): the answer never tells whether an account exists."""

    def post(self, request, *args, **kwargs):
        limits = settings.PASSWORD_RESET_LIMITS
        if over(
            f"reset:address:{hash_ip(client_ip(request))}", limits["address"], limits["window"]
        ):
            context = {"minutes": limits["window"] // 60}
            return render(request, "password_reset_limited.html", context, status=429)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        limits = settings.PASSWORD_RESET_LIMITS
        email = form.cleaned_data["email"].strip().lower()
        account = hashlib.sha256(email.encode()).hexdigest()
        if over(f"reset:account:{account}", limits["account"], limits["window"]):
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)
