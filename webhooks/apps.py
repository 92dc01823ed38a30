"""webhooks: the newsroom's decisions sent to the AI pipeline (and any registered receiver),
signed, from a background task, retried with backoff."""

from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    name = "webhooks"
    verbose_name = "Webhooks"

    def ready(self):
        from operations.scheduling import every_minute
        from webhooks import delivery, events

        events.connect()
        every_minute(delivery.retry_due)
