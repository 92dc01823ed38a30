"""Draft share links: signed, expiring, revocable addresses to read an article's draft.

A moderator creates a link in the admin (``ShareLinkViewSet``); a reviewer without an
account opens ``/apercu/<signed token>/`` and reads the article's latest revision, the
draft, rendered by Wagtail's preview machinery under a « do not share » banner. The
address carries the link's random token signed with the site's key: a tampered address
is refused before the database is asked.
"""
