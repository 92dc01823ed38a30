from django.db.models.signals import post_delete, pre_delete
from wagtail.signals import page_published, page_unpublished, post_page_move

from news import related, renditions
from news.models import ArticlePage
from news.publication import (
    PublicationRefused,
    approve_publication,
    install,
    record,
    seeding_active,
)
from operations.upload_forms import image_file_replaced


def record_approval(sender, instance, revision, **kwargs):
    """Provenance: who approved the version now live, as ArticlePage.publish() found it."""
    if not hasattr(revision, "newsroom_approval") and seeding_active():
        return
    approval = getattr(revision, "newsroom_approval", None)
    if approval is None:
        # Not through publish(): a copy kept live. The one who copied it publishes it.
        try:
            approval = approve_publication(instance, revision, revision.user)
        except PublicationRefused:
            instance.unpublish(user=revision.user)
            return
    record(instance, approval)


def connect():
    install()
    page_published.connect(record_approval, sender=ArticlePage, dispatch_uid="news_record_approval")
    page_published.connect(
        renditions.on_publish, sender=ArticlePage, dispatch_uid="news_prepare_renditions"
    )
    image_file_replaced.connect(renditions.on_file_replaced, dispatch_uid="news_renditions_file")
    # Reading on (news.related): recomputed for what a change touches.
    page_published.connect(related.on_change, dispatch_uid="news_reading_on_published")
    page_unpublished.connect(related.on_change, dispatch_uid="news_reading_on_unpublished")
    post_page_move.connect(related.on_change, dispatch_uid="news_reading_on_moved")
    pre_delete.connect(related.before_delete, sender=ArticlePage, dispatch_uid="news_reading_on_d1")
    post_delete.connect(related.after_delete, sender=ArticlePage, dispatch_uid="news_reading_on_d2")
