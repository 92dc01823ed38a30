"""staff: the staff's side: login with two-factor, attempt limits, and what the admin lets each
role reach."""

from django.apps import AppConfig


class StaffConfig(AppConfig):
    name = "staff"
    verbose_name = "Équipe"

    def ready(self):
        from staff import admin_ids, admin_rich_text

        admin_ids.accept_only_ids_in_choosers()
        admin_rich_text.convert_one_at_a_time()
