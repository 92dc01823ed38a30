"""Local media that is never left half-written (upload forms: operations/upload_forms.py)."""

import errno
import logging
import os
import shutil
import uuid
from contextlib import suppress

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.shortcuts import render

logger = logging.getLogger(__name__)
DISK_FULL = {errno.ENOSPC, errno.EDQUOT}


class MediaStorage(FileSystemStorage):
    """Each file is written under a temporary name, then linked to its own: a failed write (a
    full disk) leaves nothing behind, and no reader is ever served half a picture."""

    def has_room_for(self, size):
        os.makedirs(self.location, exist_ok=True)
        free = shutil.disk_usage(self.location).free
        return free >= size + settings.MEDIA_MIN_FREE_BYTES

    def _save(self, name, content):
        directory, filename = os.path.split(name)
        partial = os.path.join(directory, f".partial-{uuid.uuid4().hex}-{filename}")
        try:
            partial = super()._save(partial, content)
        except OSError:
            with suppress(FileNotFoundError):
                os.remove(self.path(partial))
            raise
        try:
            while True:
                try:
                    os.link(self.path(partial), self.path(name))
                    break
                except FileExistsError:
                    name = self.get_available_name(name)
        finally:
            os.remove(self.path(partial))
        return os.path.relpath(self.path(name), self.location).replace("\\", "/")


class DiskFullMiddleware:
    """When a write finds the disk full after all (the form's check raced another upload),
    a 507 page that says nothing was saved, instead of a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not (isinstance(exception, OSError) and exception.errno in DISK_FULL):
            return None
        logger.error("media disk full", exc_info=exception)
        response = render(request, "507.html", status=507)
        response["Cache-Control"] = "no-store"
        return response
