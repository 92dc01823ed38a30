"""A request that changes something changes all of it or nothing, and one page at a time.

Wagtail saves an article in several transactions: the form, the revision and the page's pointer
to it, the log, the workflow. A failure between two of them (a write lock that times out, a
full disk, a lost connection) left half an action behind, while staff were told it failed.
Two saves of one page at once (the last autosave and « Soumettre ») each decided what the
latest revision was before the other had written it, so the older text could win.
"""

from django.db import transaction
from wagtail.models import Page

from operations import sqlite_writes

SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}


class AtomicWritesMiddleware:
    """Each unsafe request in one transaction, rolled back when the answer is a server error
    (the 503 and 500 pages say nothing was saved). On SQLite that transaction holds the write
    lock from the start (IMMEDIATE, settings), taken in turn (operations/sqlite_writes.py), so
    writes run one after the other in the order they came; elsewhere
    the page named by an admin URL (`page_id`, Wagtail's name for it) is locked first, so what
    its view reads is what the previous save of that page left."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in SAFE_METHODS:
            return self.get_response(request)
        with sqlite_writes.turn(), transaction.atomic():
            response = self.get_response(request)
            if response.status_code >= 500:
                transaction.set_rollback(True)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        page_id = view_kwargs.get("page_id")
        if request.method not in SAFE_METHODS and isinstance(page_id, int):
            list(Page.objects.select_for_update().filter(pk=page_id).values_list("pk"))
