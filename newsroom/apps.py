from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "newsroom"
    verbose_name = "Site"

    def ready(self):
        from newsroom import admin_ids, admin_rich_text, site_address  # noqa: F401 (registers its check)
        from newsroom.models import AINotice
        from pagecache import invalidation

        # On every page; made with its default text the first time a page reads it.
        invalidation.register(AINotice, additive=True, ignore_created=True)
        admin_ids.accept_only_ids_in_choosers()
        admin_rich_text.convert_one_at_a_time()
