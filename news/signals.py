from wagtail.models import TaskState
from wagtail.signals import page_published

from news.models import ArticlePage


def record_approval(sender, instance, revision, **kwargs):
    """Provenance: who approved the published version, taken from the workflow itself."""
    approval = (
        TaskState.objects.filter(revision=revision, status=TaskState.STATUS_APPROVED)
        .select_related("finished_by")
        .order_by("-finished_at")
        .first()
    )
    if approval is not None:
        approver, approved_at = approval.finished_by, approval.finished_at
    elif revision is not None and revision.user_id:
        # Published directly by someone allowed to publish: that person approved it.
        approver, approved_at = revision.user, revision.created_at
    else:
        return
    ArticlePage.objects.filter(pk=instance.pk).update(approved_by=approver, approved_at=approved_at)
    instance.approved_by, instance.approved_at = approver, approved_at


def connect():
    page_published.connect(record_approval, sender=ArticlePage, dispatch_uid="news_record_approval")
