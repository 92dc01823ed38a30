from django.core.management.base import BaseCommand

from newsroom.demo import content
from newsroom.roles import DEMO_ACCOUNTS, ensure_demo_accounts


class Command(BaseCommand):
    help = "Load the demo site (seed article, 32 articles, AI notice) and the demo accounts."

    def handle(self, *args, **options):
        content.load(stdout=self.stdout)
        ensure_demo_accounts()
        self.stdout.write("")
        self.stdout.write("Demo accounts (development only):")
        for username, password, group, _superuser in DEMO_ACCOUNTS:
            self.stdout.write(f"  {username:<12} {password:<18} {group}")
        self.stdout.write("Site: http://127.0.0.1:8000/   Admin: http://127.0.0.1:8000/admin/")
