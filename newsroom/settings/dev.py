from .base import *  # noqa: F403

DEBUG = env_bool("DEBUG", True)  # noqa: F405
# Development only: never used by the production settings.
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-change-me"  # noqa: F405
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
