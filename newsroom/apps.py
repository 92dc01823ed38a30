from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "newsroom"
    verbose_name = "Site"

    def ready(self):
        from newsroom import signals

        signals.connect()
