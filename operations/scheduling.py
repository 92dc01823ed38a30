"""One scheduler at a time: publishing the scheduled pages must never run twice at once."""

import contextlib
import fcntl
import hashlib
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.db import connection as default_connection

LOCK_NAME = "newsroom-publish-scheduled"

# What the scheduler runs each minute after the scheduled publications, registered by the apps
# that own the work (in their `ready()`): the scheduler knows none of them.
PERIODIC_JOBS = []


def every_minute(job):
    """Register `job(stdout=None)` with the scheduler; it must never raise."""
    if job not in PERIODIC_JOBS:
        PERIODIC_JOBS.append(job)
    return job


def run_periodic_jobs(stdout=None):
    for job in PERIODIC_JOBS:
        job(stdout=stdout)


@contextlib.contextmanager
def exclusive_lock(connection=default_connection):
    """Yields True if this process holds the lock, False if another one does."""
    if connection.vendor == "postgresql":
        key = int(hashlib.sha1(LOCK_NAME.encode()).hexdigest()[:15], 16)
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
            acquired = cursor.fetchone()[0]
        try:
            yield acquired
        finally:
            if acquired:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
        return
    # SQLite: every process shares one file, so a file lock on this machine suffices.
    database = str(connection.settings_dict["NAME"])
    digest = hashlib.sha1(database.encode()).hexdigest()[:12]
    path = Path(tempfile.gettempdir()) / f"{LOCK_NAME}-{digest}.lock"
    with path.open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def publish_scheduled_once(stdout=None):
    """Run Wagtail's publish_scheduled unless another scheduler is running it; True if it ran."""
    with exclusive_lock() as acquired:
        if acquired:
            call_command("publish_scheduled", stdout=stdout)
        return acquired
