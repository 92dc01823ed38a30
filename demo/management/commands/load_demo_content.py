from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand

from comments import demo as demo_comments
from demo import content
from editorial.roles import DEMO_ACCOUNTS, ensure_demo_accounts
from home.legal import ensure_legal_pages
from operations.site_address import align_default_site, public_base_url


class Command(BaseCommand):
    help = "Load the demo site (seed article, 32 articles, AI notice), its accounts and workflow."

    def handle(self, *args, **options):
        align_default_site()  # the pages write the address served (WAGTAILADMIN_BASE_URL)
        ensure_demo_accounts()
        content.load(
            stdout=self.stdout, approver=get_user_model().objects.get(username="redac-chef")
        )
        # The demo's articles are back-dated after publication: their order changed.
        call_command("refresh_reading_on", stdout=self.stdout)
        for title in ensure_legal_pages():  # as setup_newsroom does, once the index exists
            self.stdout.write(f"Created the « {title} » page.")
        if settings.PREPARE_RENDITIONS:
            # Publishing made the pictures' renditions; a demo loaded before that gets them now.
            call_command("prepare_renditions", stdout=self.stdout)
        demo_comments.load(stdout=self.stdout)  # never on the seed article
        self.stdout.write("")
        self.stdout.write("Demo accounts (development only):")
        for username, password, group, *_ in DEMO_ACCOUNTS:
            self.stdout.write(f"  {username:<12} {password:<18} {group}")
        base = public_base_url()
        self.stdout.write(f"Site: {base}/   Admin: {base}/admin/")
