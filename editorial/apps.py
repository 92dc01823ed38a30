"""editorial: the « AI-written, human-approved » core: roles and workflow, review, the publication
rule's routes, importing."""

from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = "Circuit éditorial"
