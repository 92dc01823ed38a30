"""operations: running the site: health, storage, uploads, scheduling, expiry, backup and restore,
the text rule, error pages."""

from django.apps import AppConfig


class OperationsConfig(AppConfig):
    name = "operations"
    verbose_name = "Exploitation"

    def ready(self):
        from operations import site_address  # noqa: F401 (registers its system check)
