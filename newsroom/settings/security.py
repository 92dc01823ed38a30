"""Staff logins, attempt limits and the Content-Security-Policy."""

from datetime import timedelta
from urllib.parse import urlsplit

from django.utils.csp import CSP

from .core import WAGTAIL_SITE_NAME
from .environment import env_int, env_str
from .mail import DEFAULT_FROM_EMAIL
from .media import MEDIA_URL


def _origin(url):
    """scheme://host[:port] of an absolute URL, or None for a relative one."""
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


# Where to report a vulnerability, in /.well-known/security.txt: a mailto: or https: URL.
SECURITY_CONTACT = env_str("SECURITY_CONTACT", "mailto:" + DEFAULT_FROM_EMAIL)

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses locked-out logins before the check
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Staff sessions end after a working day, whatever the activity: the server refuses them
# then. Without "Se souvenir de moi" at login, the cookie also ends with the browser's session.
# Readers have no session.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 12 * 3600)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# Failed logins (django-axes): after AXES_FAILURE_LIMIT failures from one address for one
# user name, that pair is refused until the cool-off ends. Locking a name alone would let
# anyone lock the editor-in-chief out. Attempts are rows in the database: a restart or a
# cache flush unlocks nobody. `manage.py axes_reset_username <name>` unlocks early.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_LOCKOUT_CALLABLE = "staff.security.locked_out"
# Behind a proxy, the same client address as the comment rate limit (TRUSTED_PROXIES).
AXES_CLIENT_IP_CALLABLE = "operations.client_address.client_ip"
AXES_VERBOSE = False
# Attempts are stored with the form they posted: never the password, the code or the token.
AXES_SENSITIVE_PARAMETERS = ["password", "otp_token", "csrfmiddlewaretoken"]

# Page and document passwords are counted the same way (staff/attempt_limits.py): per
# client address and restriction. Password-reset requests: at most "address" per client
# address and "account" e-mails per address asked for (existing or not), per "window" seconds.
PASSWORD_RESET_LIMITS = {
    "address": env_int("PASSWORD_RESET_LIMIT_ADDRESS", 5),
    "account": env_int("PASSWORD_RESET_LIMIT_ACCOUNT", 3),
    "window": env_int("PASSWORD_RESET_WINDOW", 3600),
}

# Two-factor authentication, optional per staff member (django-otp TOTP devices): whoever
# turns it on under Account → Two-factor authentication gives a code at each login.
WAGTAILADMIN_USER_LOGIN_FORM = "staff.two_factor.LoginForm"
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# No staff e-mail address sent to an avatar service.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Content-Security-Policy. Readers' pages run no inline script (JSON-LD is data, not script):
# scripts and style sheets come from this origin only, so no nonce is needed, and a cached
# page can be served to anyone. Inline style attributes stay allowed (responsive embeds use
# them); <style> elements do not. Video embeds play from the providers listed.
_S3_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN")
_MEDIA_ORIGIN = _origin(MEDIA_URL) or (f"https://{_S3_DOMAIN}" if _S3_DOMAIN else None)
# The variable, not WAGTAILADMIN_BASE_URL: that setting's development default adds no origin.
_ADMIN_ORIGIN = _origin(env_str("WAGTAILADMIN_BASE_URL"))
_OWN = [CSP.SELF, *filter(None, [_ADMIN_ORIGIN])]
_IMAGES = [CSP.SELF, "data:", *filter(None, [_MEDIA_ORIGIN, _ADMIN_ORIGIN])]
CSP_EMBED_FRAME_SOURCES = [
    "https://www.youtube-nocookie.com",
    "https://www.youtube.com",
    "https://player.vimeo.com",
    "https://www.dailymotion.com",
    "https://geo.dailymotion.com",
    "https://w.soundcloud.com",
    "https://open.spotify.com",
    "https://embed.ted.com",
]
_COMMON = {
    "default-src": [CSP.SELF],
    "img-src": _IMAGES,
    "media-src": _IMAGES,
    "font-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "frame-src": [CSP.SELF, *CSP_EMBED_FRAME_SOURCES],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    # The admin's preview panel frames the site; nothing else may.
    "frame-ancestors": [CSP.SELF],
}
SECURE_CSP = {
    **_COMMON,
    "script-src": _OWN,
    "style-src-elem": _OWN,
    "style-src-attr": [CSP.UNSAFE_INLINE],
}
# Wagtail's admin writes small inline scripts and styles (date pickers, inline panels,
# choosers): it gets them, and only it (staff.security.AdminContentSecurityPolicyMiddleware).
ADMIN_CSP = {
    **_COMMON,
    "img-src": [*_IMAGES, "blob:"],
    "script-src": [*_OWN, CSP.UNSAFE_INLINE],
    "style-src": [*_OWN, CSP.UNSAFE_INLINE],
}
ADMIN_CSP_PATHS = ("/admin/",)
