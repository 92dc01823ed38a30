"""`manage.py refresh_reading_on`: every article's related articles and previous/next, stored.

Publishing keeps them up to date (news/related.py); this is for articles written without it:
after the migration that added them, a backup restored, a bulk import, the demo's back-dating.
"""

from django.core.management.base import BaseCommand

from news.related import refresh_all


class Command(BaseCommand):
    help = "Compute and store what every live article offers at its end (related, previous/next)."

    def handle(self, *args, **options):
        count = refresh_all()
        self.stdout.write(f"Reading on stored for {count} live articles.")
