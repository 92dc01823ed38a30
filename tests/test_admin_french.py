"""The admin screens a writer and the chief use read in French, without Wagtail's placeholders."""

import re

import pytest
from django.urls import reverse

from tests.editorial import login

# Left by Wagtail's French catalog; newsroom/admin_french.py overrides them.
FORBIDDEN = [
    re.compile(r"\w\((e|tte)\)"),
    re.compile(r"\bSalut\b"),
    re.compile(r"\bStatus\b"),
    re.compile(r"\b[Ww]orkflows?\b"),
]


def visible_text(html):
    html = re.sub(r"(?s)<(script|style|template)\b.*?</\1>", " ", html)
    return re.sub(r"<[^>]+>", " ", html)


def offending(text):
    return sorted({match.group(0) for pattern in FORBIDDEN for match in pattern.finditer(text)})


SCREENS = [
    "wagtailadmin_home",
    "wagtailadmin_explore_root",
    "wagtailadmin_account",
    "wagtailadmin_reports:locked_pages",
    "wagtailimages_chooser:choose",
    "wagtailadmin_choose_page",
    "wagtailadmin_pages:search",
    "wagtailadmin_reports:site_history",
    "wagtaildocs_chooser:choose",
]


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["redacteur", "redac-chef"])
def test_admin_screens_have_no_placeholder_or_english_workflow(client, desk, username):
    login(client, username)
    found = {}
    for name in SCREENS + [("wagtailadmin_pages:add", ("news", "articlepage", desk["index"].pk))]:
        name, args = name if isinstance(name, tuple) else (name, ())
        response = client.get(reverse(name, args=args), follow=True)
        assert response.status_code in (200, 403), name
        bad = offending(visible_text(response.content.decode()))
        if bad:
            found[name] = bad
    assert found == {}


def test_overridden_strings_read_in_french():
    from django.utils import translation

    with translation.override("fr"):
        assert translation.gettext("Hello %(username)s,") == "Bonjour %(username)s,"
        assert "(e)" not in translation.gettext("Add %(model_name)s")
        assert translation.gettext("Current page status:") == "Statut actuel de la page :"
        assert "mis à jour" not in translation.gettext("%(setting_type)s updated.")


ENGLISH = re.compile(
    r"\b(Password|Root|Submit|Save|Publish|Delete|Cancel|Search|Choose|Hello|Hi)\b"
)


@pytest.mark.django_db
def test_login_page_and_password_reset_email_read_in_french(client, desk, mailoutbox):
    page = visible_text(client.get(reverse("wagtailadmin_login")).content.decode())
    assert ENGLISH.findall(page) == []
    client.post(reverse("wagtailadmin_password_reset"), {"email": "redacteur@example.org"})
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    text = f"{mail.subject}\n{mail.body}"
    assert ENGLISH.findall(text) == []
    assert offending(text) == []
