"""Readers see every change at once: saving or deleting a comment drops its article's cached
page."""

from django.db.models.signals import post_delete, post_save

from comments.models import Comment, CommentSettings, Status
from comments.service import forget_options, forget_thread
from news import page_cache
from pagecache import invalidation


def comment_changed(sender, instance, created=False, **kwargs):
    forget_thread(instance.article_id)
    # Readers' cached pages change only with what they can see: a new comment held for
    # moderation (or spam) leaves them as they are, so a flood of spam cannot empty the cache.
    if instance.status == Status.PUBLISHED or not created:
        page_cache.invalidate(page_cache.comments_touched(instance.article_id))


def settings_changed(sender, instance, **kwargs):
    forget_options()


def connect():
    post_save.connect(comment_changed, sender=Comment, dispatch_uid="comments-saved")
    post_delete.connect(comment_changed, sender=Comment, dispatch_uid="comments-deleted")
    post_save.connect(settings_changed, sender=CommentSettings, dispatch_uid="comments-settings")
    invalidation.register(CommentSettings)  # shown under every article
