"""`manage.py prepare_renditions`: the renditions of every live article, made now.

Publishing makes them (news/renditions.py); this is for articles published before that, after
restoring a backup, or after emptying the renditions. What exists already is left as it is.
"""

from django.core.management.base import BaseCommand

from news.models import ArticlePage
from news.renditions import images_of, make_renditions


class Command(BaseCommand):
    help = (
        "Make the image renditions every live article's reader pages use (those that exist "
        "are kept), through the task backend."
    )

    def handle(self, *args, **options):
        uses = {
            use
            for article in ArticlePage.objects.live().select_related("hero_image").iterator()
            for use in images_of(article)
        }
        for image_id, use in sorted(uses):
            make_renditions.enqueue(image_id, use)
        self.stdout.write(f"Renditions queued for {len(uses)} images of live articles.")
