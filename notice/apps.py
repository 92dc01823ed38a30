"""notice: the site-wide AI-authorship notice and the reader pages' footer."""

from django.apps import AppConfig


class NoticeConfig(AppConfig):
    name = "notice"
    verbose_name = "Mention IA"
