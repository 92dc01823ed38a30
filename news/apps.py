from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "Actualités"

    def ready(self):
        from news import signals
        from operations import text

        signals.connect()
        text.connect()
