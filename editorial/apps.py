"""editorial: the « AI-written, human-approved » core: roles and workflow, review, the publication
rule's routes, importing."""

from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = "Circuit éditorial"

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models import Q

        from editorial.roles import PIPELINE_ACCOUNT
        from operations import backup

        # The pipeline's account, which setup_newsroom creates: a restore replaces it.
        User = get_user_model()
        backup.set_up_rows(User, Q(username=PIPELINE_ACCOUNT))
        backup.set_up_rows(User.groups.through, Q(user__username=PIPELINE_ACCOUNT))
