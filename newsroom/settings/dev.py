from .base import *  # noqa: F403
from .environment import BASE_DIR, env_bool

DEBUG = env_bool("DEBUG", True)
# Development only: never used by the production settings.
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-change-me"  # noqa: F405
# E-mails are files in var/mail/ (one per connection), not sent, nor printed: the console
# backend's raw MIME buried what commands such as import_article print.
MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "OPTIONS": {"file_path": BASE_DIR / "var" / "mail"},
    }
}
# Missing pages get the site's 404, as in production (operations/development.py).
MIDDLEWARE = ["operations.development.SiteNotFoundPage", *MIDDLEWARE]  # noqa: F405
