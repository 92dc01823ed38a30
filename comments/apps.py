from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "comments"
    label = "comments"
    verbose_name = _("Reader comments")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from comments import jobs, service, signals
        from operations import backup
        from operations.scheduling import every_minute

        signals.connect()
        every_minute(jobs.run_periodic)  # the held-comment digest and the purges
        backup.after_restore(service.forget_everything)
