"""Wagtail's French strings that this newsroom words differently.

Django reads the catalogs of LOCALE_PATHS before the apps' own, so an entry in
locale/fr/LC_MESSAGES/django.po carrying Wagtail's msgid replaces Wagtail's
translation. ``makemessages`` only keeps the msgids it finds in project source;
listing them here, with ``gettext_noop``, keeps those entries alive across
``make messages`` instead of marking them obsolete. Each msgid is copied exactly
from Wagtail (context and plural included); the French lives in django.po.

Nothing imports this module: it exists to be read by ``makemessages``.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

OVERRIDDEN_MSGIDS = (
    # Wagtail's « un(e) » / « Ce(tte) » placeholders: wording that fits any model name.
    gettext_noop("Add %(label)s"),
    gettext_noop("Add %(model_name)s"),
    gettext_noop("This %(model_name)s is currently awaiting moderation."),
    gettext_noop("Anyone can edit this %(model_name)s"),
    gettext_noop("will be set to a %(model_name)s specified by the system"),
    # Typos and English left in Wagtail's French catalog.
    gettext_noop("Current page status:"),
    gettext_noop("Workflow"),
    gettext_noop("Workflows"),
    gettext_noop("workflow"),
    gettext_noop("workflow page"),
    gettext_noop("Locked by workflow"),
    # E-mails: a newsroom does not greet its staff with « Salut ».
    gettext_noop("Hello %(username)s,"),
    # « Mention IA mis à jour »: no agreement possible with any setting name.
    gettext_noop("%(setting_type)s updated."),
    # Kept from an earlier override of the login error.
    gettext_noop("The password you have entered is not correct. Please try again."),
    # « Déverrouillé(e) », « Créé(e) », « Publié(e) »: nouns that need no gender.
    gettext_noop("Unlocked"),
    gettext_noop("Created"),
    gettext_noop("Published"),
    gettext_noop("Locking status"),
    gettext_noop("Status: "),
)

# Plural msgids: ngettext_lazy is how makemessages learns the msgid_plural.
OVERRIDDEN_PLURALS = (
    ngettext_lazy("Referenced %(count)s time", "Referenced %(count)s times", "count"),
    ngettext_lazy("Used %(usage_count)s time", "Used %(usage_count)s times", "usage_count"),
)
