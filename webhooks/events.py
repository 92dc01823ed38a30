"""The newsroom's decisions on an article, as webhook events.

Each event is recorded once the change that caused it commits (a refused publication, rolled
back or undone by the publication rule, sends nothing), as one delivery per active endpoint
that asked for it, and sent by a task (webhooks/delivery.py).
"""

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry
from wagtail.signals import (
    page_published,
    page_unpublished,
    task_rejected,
    workflow_approved,
    workflow_submitted,
)

from news.models import ArticlePage
from news.models.corrections import corrections_of
from webhooks import delivery
from webhooks.models import EVENTS, WebhookDelivery, WebhookEndpoint

# The order of a story's events within one change.
ORDER = list(EVENTS)


def _person(user):
    if user is None:
        return None
    return {"id": user.pk, "name": user.get_full_name() or user.get_username()}


def article_payload(page):
    """What a receiver learns of the article: never its draft's text, only where it stands."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return {
        "id": page.pk,
        "title": page.title,
        "live": page.live,
        "url": page.full_url if page.live else None,
        "admin_url": base + reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "first_published_at": page.first_published_at.isoformat()
        if page.first_published_at
        else None,
        "reviewer": page.reviewer_name if page.live else None,
    }


def record(event, page_id, data):
    """The deliveries of one event, queued for sending. Runs after the commit."""
    if event not in EVENTS:
        raise ValueError(f"unknown webhook event {event!r}")
    page = ArticlePage.objects.filter(pk=page_id).first()
    if page is None:
        return []
    if event in {"article.published", "article.corrected"} and not page.live:
        return []  # unpublished again in the same change (the publication rule)
    payload = {
        "event": event,
        "created_at": timezone.now().isoformat(),
        "article": article_payload(page),
        **data,
    }
    endpoints = [
        endpoint
        for endpoint in WebhookEndpoint.objects.filter(active=True)
        if event in endpoint.events
    ]
    deliveries = WebhookDelivery.objects.bulk_create(
        [WebhookDelivery(endpoint=endpoint, event=event, payload=payload) for endpoint in endpoints]
    )
    delivery.queue(deliveries)
    return deliveries


class _Batch:
    """The events of one transaction, recorded after its commit in the order a story goes."""

    def __init__(self):
        self.events, self.done = [], False

    def __call__(self):
        self.done = True
        for event, page_id, data in sorted(self.events, key=lambda item: ORDER.index(item[0])):
            record(event, page_id, data)


def emit(event, page, **data):
    """Record `event` about `page` once the current transaction commits (at once outside one).

    The events of one transaction go out in the story's order (ORDER): a draft the API submits
    at once is « received » before « submitted », whatever order the code sent them in.
    """
    if not issubclass(page.specific_class, ArticlePage):
        return
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        record(event, page.pk, data)
        return
    batch = next(
        (
            callback
            for _savepoints, callback, _robust in connection.run_on_commit
            if isinstance(callback, _Batch) and not callback.done
        ),
        None,
    )
    if batch is None:
        batch = _Batch()
        transaction.on_commit(batch)
    batch.events.append((event, page.pk, data))


def _content(state):
    return getattr(state, "content_object", None)


def on_submitted(sender, instance, user=None, **kwargs):
    if page := _content(instance):
        emit("article.submitted", page, by=_person(user))


def on_rejected(sender, instance, user=None, **kwargs):
    page = _content(instance.workflow_state)
    if page:
        emit("article.changes_requested", page, by=_person(user), comment=instance.get_comment())


def on_approved(sender, instance, user=None, **kwargs):
    if page := _content(instance):
        emit("article.approved", page, by=_person(user))


def _previous_corrections(page, revision):
    """How many corrections the version published before this one carried."""
    entry = (
        PageLogEntry.objects.filter(page=page, action="wagtail.publish")
        .exclude(revision=revision)
        .exclude(revision=None)
        .select_related("revision")
        .order_by("-timestamp", "-pk")
        .first()
    )
    if entry is None:
        return None
    return len(corrections_of(entry.revision.as_object()))


def on_published(sender, instance, revision=None, **kwargs):
    before = _previous_corrections(instance, revision) if revision is not None else None
    corrected = before is not None and len(corrections_of(instance)) > before
    user = getattr(revision, "user", None)
    emit("article.corrected" if corrected else "article.published", instance, by=_person(user))


def on_unpublished(sender, instance, user=None, **kwargs):
    emit("article.unpublished", instance, by=_person(user))


def connect():
    workflow_submitted.connect(on_submitted, dispatch_uid="webhooks_submitted")
    task_rejected.connect(on_rejected, dispatch_uid="webhooks_rejected")
    workflow_approved.connect(on_approved, dispatch_uid="webhooks_approved")
    page_published.connect(on_published, sender=ArticlePage, dispatch_uid="webhooks_published")
    page_unpublished.connect(
        on_unpublished, sender=ArticlePage, dispatch_uid="webhooks_unpublished"
    )
