from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from staff.two_factor import turn_off


class Command(BaseCommand):
    help = (
        "Turns off two-factor authentication for a staff member who lost their phone and "
        "their recovery codes: their next login asks for the password only."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Aucun compte « {username} ».")
        turn_off(user)
        self.stdout.write(f"Double authentification désactivée pour « {username} ».")
