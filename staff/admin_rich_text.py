"""The rich-text editor's HTML reader, one thread at a time.

Wagtail's Draftail widget converts stored HTML for the editor with one HTML parser per widget,
and widgets are shared: a form's copy keeps its converter, and StreamField blocks are defined
once per process. Two editors opened at once in a threaded server (runserver under `make run`)
fed the same parser together: one got « unexpected call to parse_endtag » (a 500), or, worse,
a paragraph holding another article's text, which autosave would then save. Conversions are
short; they take turns here. Re-check on Wagtail upgrade (wagtail/wagtail#14573).
"""

import threading

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

_one_at_a_time = threading.Lock()


def _from_database_format(converter, html, _wagtail=ContentstateConverter.from_database_format):
    with _one_at_a_time:
        return _wagtail(converter, html)


def convert_one_at_a_time():
    ContentstateConverter.from_database_format = _from_database_format
