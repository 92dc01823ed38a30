from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "newsroom"
    verbose_name = "Site"

    def ready(self):
        from newsroom import admin_ids, signals, site_address  # noqa: F401 (registers its check)

        signals.connect()
        admin_ids.accept_only_ids_in_choosers()
