from django.conf import settings
from django.core.management.base import BaseCommand

from comments import jobs


class Command(BaseCommand):
    help = (
        "Blank the IP hashes older than COMMENTS_IP_RETENTION_DAYS and erase spam and deleted "
        "comments older than COMMENTS_SPAM_RETENTION_DAYS (run_scheduler does it every minute)."
    )

    def handle(self, *args, **options):
        blanked, erased = jobs.purge()
        self.stdout.write(
            f"{blanked} IP hash(es) blanked (older than {settings.COMMENTS_IP_RETENTION_DAYS} "
            f"days), {erased} spam or deleted comment(s) erased."
        )
