"""Sending a delivery: a signed JSON POST from a background task, retried with backoff.

The body is signed with the endpoint's secret: ``X-Newsroom-Signature: t=<unix time>,v1=<hex>``
where ``<hex>`` is HMAC-SHA256 of ``"<unix time>.<body>"``. A receiver recomputes it and refuses
a timestamp too old (a replay). Deliveries are claimed with a conditional update, so two
workers or two schedulers never send one twice at once.
"""

import hashlib
import hmac
import json
import logging
import time
import urllib.error
import urllib.request
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from webhooks.models import WebhookDelivery

logger = logging.getLogger(__name__)

Status = WebhookDelivery.Status
SIGNATURE_HEADER = "X-Newsroom-Signature"
# Seconds before each retry: about a minute, five, half an hour, two hours, six hours; then the
# delivery is marked failed and stays in the log.
RETRY_DELAYS = (60, 300, 1800, 7200, 21600)
TIMEOUT_SECONDS = 5
ERROR_LENGTH = 500


def retry_delays():
    return getattr(settings, "WEBHOOK_RETRY_DELAYS", RETRY_DELAYS)


def body_of(delivery):
    return json.dumps(delivery.payload, ensure_ascii=False, separators=(",", ":")).encode()


def signature(secret, timestamp, body):
    message = str(timestamp).encode() + b"." + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def signature_header(secret, body, now=None):
    timestamp = int(now if now is not None else time.time())
    return f"t={timestamp},v1={signature(secret, timestamp, body)}"


def verify(secret, header, body, tolerance=300, now=None):
    """What a receiver does: True if the header signs this body, within `tolerance` seconds."""
    try:
        fields = dict(part.split("=", 1) for part in header.split(","))
        timestamp = int(fields["t"])
    except (KeyError, ValueError):
        return False
    if abs((now if now is not None else time.time()) - timestamp) > tolerance:
        return False
    return hmac.compare_digest(fields.get("v1", ""), signature(secret, timestamp, body))


def _claim(pk, statuses):
    """Take a delivery for sending; False if another process has it or it is done."""
    return bool(
        WebhookDelivery.objects.filter(pk=pk, status__in=statuses).update(status=Status.SENDING)
    )


def _post(delivery):
    """(HTTP status or None, error text)."""
    body = body_of(delivery)
    request = urllib.request.Request(
        delivery.endpoint.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": "Newsroom-Webhooks/1",
            "X-Newsroom-Event": delivery.event,
            "X-Newsroom-Delivery": str(delivery.uuid),
            SIGNATURE_HEADER: signature_header(delivery.endpoint.secret, body),
        },
    )
    timeout = getattr(settings, "WEBHOOK_TIMEOUT_SECONDS", TIMEOUT_SECONDS)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http(s) only: the model's validator)
            return response.status, ""
    except urllib.error.HTTPError as error:
        return error.code, f"HTTP {error.code} {error.reason}"
    except (urllib.error.URLError, OSError, ValueError) as error:
        return None, str(getattr(error, "reason", error))


def send(pk, statuses=(Status.PENDING,)):
    """One attempt at a delivery. Never raises: a receiver down must not break anything."""
    if not _claim(pk, statuses):
        return False
    delivery = WebhookDelivery.objects.select_related("endpoint").get(pk=pk)
    try:
        code, error = _post(delivery)
    except Exception as unexpected:  # noqa: BLE001 - logged below; the delivery is retried
        logger.exception("Webhook %s: unexpected error", delivery.uuid)
        code, error = None, repr(unexpected)
    delivery.attempts += 1
    delivery.last_status_code = code
    now = timezone.now()
    if code is not None and 200 <= code < 300:
        delivery.status, delivery.delivered_at, delivery.last_error = Status.DELIVERED, now, ""
        delivery.next_attempt_at = None
    else:
        delivery.last_error = (error or f"HTTP {code}")[:ERROR_LENGTH]
        delays = retry_delays()
        if delivery.attempts <= len(delays):
            delivery.status = Status.RETRYING
            delivery.next_attempt_at = now + timedelta(seconds=delays[delivery.attempts - 1])
        else:
            delivery.status, delivery.next_attempt_at = Status.FAILED, None
    delivery.save(
        update_fields=[
            "status",
            "attempts",
            "last_status_code",
            "last_error",
            "next_attempt_at",
            "delivered_at",
        ]
    )
    return delivery.status == Status.DELIVERED


@task()
def deliver(pk):
    return send(pk)


def queue(deliveries):
    """Send these deliveries from the task backend once the change that made them commits."""
    ids = [delivery.pk for delivery in deliveries]

    def enqueue():
        for pk in ids:
            try:
                deliver.enqueue(pk)
            except Exception:  # noqa: BLE001 - left pending: the scheduler sends it
                logger.exception("Webhook delivery %s could not be queued", pk)

    if ids:
        transaction.on_commit(enqueue)


def retry_due(stdout=None):
    """The scheduler's minute: retries that are due, and deliveries left pending (a task lost,
    a backend down) for over a minute."""
    now = timezone.now()
    retries = WebhookDelivery.objects.filter(status=Status.RETRYING, next_attempt_at__lte=now)
    stuck = WebhookDelivery.objects.filter(
        status=Status.PENDING, created_at__lte=now - timedelta(minutes=1)
    )
    sent = 0
    for pk in list(retries.values_list("pk", flat=True)):
        sent += send(pk, statuses=(Status.RETRYING,))
    for pk in list(stuck.values_list("pk", flat=True)):
        sent += send(pk)
    if stdout is not None and sent:
        stdout.write(f"Webhooks: {sent} delivered.")
    return sent
