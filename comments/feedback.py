"""What moderators teach the filter. A commenter's reputation is read from the statuses of
their earlier comments (see `service.history_for`); the blocklist grows from suggestions:
the domains and addresses that only ever appear in spam."""

import re
from collections import Counter

from django.db import transaction

from comments import spam
from comments.models import Comment, CommentSettings, Status

MAX_SUGGESTIONS = 30


def _hosts(comment):
    hosts = {spam.link_host(link) for link in spam.find_links(comment.body)}
    if comment.author_url:
        hosts.add(spam.link_host(comment.author_url))
    return {host for host in hosts if host}


def blocklist_suggestions():
    """[(term, kind, spam count)]: link domains and e-mail addresses seen in spam, never in a
    published comment, not yet listed."""
    listed = {spam.fold(term) for term in _current_terms()}
    domains, addresses = Counter(), Counter()
    for comment in Comment.objects.filter(status=Status.SPAM).only(
        "body", "author_url", "author_email"
    ):
        domains.update(_hosts(comment))
        addresses[comment.author_email] += 1
    suggestions = []
    for host, count in domains.most_common(MAX_SUGGESTIONS):
        if spam.fold(host) in listed:
            continue
        seen_in_ham = (
            Comment.objects.published().filter(body__icontains=host).exists()
            or Comment.objects.published().filter(author_url__icontains=host).exists()
        )
        if not seen_in_ham:
            suggestions.append((host, "domain", count))
    for address, count in addresses.most_common(MAX_SUGGESTIONS):
        if count < 2 or address in listed:
            continue
        if not Comment.objects.published().filter(author_email=address).exists():
            suggestions.append((address, "email", count))
    return suggestions


def _current_terms():
    stored = CommentSettings.objects.first()
    if stored is None:
        return []
    return CommentSettings.terms(stored.blocklist) + CommentSettings.terms(
        stored.moderation_keywords
    )


def add_to_blocklist(term):
    """Append a term to the blocklist; False if it was there already or is not a term."""
    term = " ".join(term.split())[:200]
    if not term or not re.search(r"\w", term):
        return False
    with transaction.atomic():
        stored = CommentSettings.objects.select_for_update().first()
        if stored is None:
            stored = CommentSettings.objects.create()
        terms = CommentSettings.terms(stored.blocklist)
        if spam.fold(term) in {spam.fold(existing) for existing in terms}:
            return False
        stored.blocklist = "\n".join([*terms, term])
        stored.save()  # drops the cached settings (signals.py)
    return True
