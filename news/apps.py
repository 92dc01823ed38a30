from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "Actualités"

    def ready(self):
        from news import page_cache, signals
        from operations import text

        signals.connect()
        page_cache.connect()
        text.connect()
