from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "newsroom"
    verbose_name = "Site"

    def ready(self):
        from newsroom import admin_ids, admin_rich_text, signals, site_address  # noqa: F401 (registers its check)

        signals.connect()
        admin_ids.accept_only_ids_in_choosers()
        admin_rich_text.convert_one_at_a_time()
