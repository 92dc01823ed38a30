"""demo: the demo content: 33 articles as importer JSON and the command that loads them."""

from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "demo"
    verbose_name = "Démo"
