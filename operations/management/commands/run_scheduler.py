import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from operations.scheduling import publish_scheduled_once, run_periodic_jobs


class Command(BaseCommand):
    help = (
        "Publish and unpublish scheduled pages every minute (Wagtail's publish_scheduled). "
        "Safe to run twice: only one run at a time does the work."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=60, help="Seconds between runs.")
        parser.add_argument("--once", action="store_true", help="Run once, then exit.")

    def handle(self, *args, interval, once, **options):
        while True:
            if not publish_scheduled_once(stdout=self.stdout):
                self.stdout.write("Another scheduler is publishing: skipped.")
            run_periodic_jobs(stdout=self.stdout)  # the comment digest and purges, webhooks...
            if once:
                return
            close_old_connections()  # a long-lived loop must not keep a broken connection
            time.sleep(interval)
