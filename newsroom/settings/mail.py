"""E-mail through Django's mailers; the environment picks the backend and the SMTP server."""

from .environment import env_bool, env_int, env_str

DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "redaction@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where readers ask to see or erase their data (shown under the comment form).
PRIVACY_EMAIL = env_str("PRIVACY_EMAIL", DEFAULT_FROM_EMAIL)
# Where readers write to the newsroom, and report an error in an article (« Contact » page).
NEWSROOM_EMAIL = env_str("NEWSROOM_EMAIL", DEFAULT_FROM_EMAIL)
EMAIL_BACKEND_CLASS = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
SMTP_OPTIONS = {
    key: value
    for key, value in {
        "host": env_str("EMAIL_HOST", "localhost"),
        "port": env_int("EMAIL_PORT", None),
        "username": env_str("EMAIL_HOST_USER", None),
        "password": env_str("EMAIL_HOST_PASSWORD", None),
        "use_tls": env_bool("EMAIL_USE_TLS") or None,
    }.items()
    if value is not None
}
MAILERS = {
    "default": {
        "BACKEND": EMAIL_BACKEND_CLASS,
        "OPTIONS": SMTP_OPTIONS if EMAIL_BACKEND_CLASS.endswith(".smtp.EmailBackend") else {},
    }
}
