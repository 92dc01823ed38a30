"""notice: the site-wide AI-authorship notice and the reader pages' footer."""

from django.apps import AppConfig


class NoticeConfig(AppConfig):
    name = "notice"
    verbose_name = "Mention IA"

    def ready(self):
        from notice.models import AINotice
        from pagecache import invalidation

        # On every page; made with its default text the first time a page reads it.
        invalidation.register(AINotice, additive=True, ignore_created=True)
