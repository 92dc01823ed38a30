"""Password-reset e-mails are limited per client address and per account, and the answers
never tell whether an account exists."""

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from tests.pagecache.test_page_cache import (
    free_port,
    needs_redis_server,
    redis_cache,
    throwaway_redis,
)
from tests.support.editorial import setup_newsroom

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]

KNOWN, UNKNOWN = "redac-chef@example.org", "personne@example.org"
ATTACKER, OFFICE = "203.0.113.7", "198.51.100.20"


@pytest.fixture(autouse=True)
def newsroom(settings):
    settings.PASSWORD_RESET_LIMITS = {"address": 5, "account": 3, "window": 3600}
    return setup_newsroom()


def ask(client, email, address=ATTACKER, **headers):
    return client.post(
        reverse("wagtailadmin_password_reset"), {"email": email}, REMOTE_ADDR=address, **headers
    )


def test_ten_requests_for_one_account_send_three_e_mails(client):
    statuses = [ask(client, KNOWN, address=f"192.0.2.{n}").status_code for n in range(10)]
    assert statuses == [302] * 10  # the same answer each time: nothing to learn from it
    assert len(mail.outbox) == 3
    assert {message.to[0] for message in mail.outbox} == {KNOWN}


def test_one_address_is_refused_after_five_requests_whatever_the_accounts(client):
    statuses = [ask(client, f"inconnu{n}@example.org").status_code for n in range(5)]
    assert statuses == [302] * 5
    response = ask(client, KNOWN)
    assert response.status_code == 429
    assert "Trop de demandes de réinitialisation" in response.text
    assert len(mail.outbox) == 0
    assert ask(client, KNOWN, address=OFFICE).status_code == 302  # another address is served
    assert len(mail.outbox) == 1


def test_the_answers_are_the_same_for_an_account_that_does_not_exist(client):
    known = [ask(client, KNOWN, address=f"192.0.2.{n}") for n in range(6)]
    unknown = [ask(client, UNKNOWN, address=f"198.51.100.{n}") for n in range(6)]
    assert [(r.status_code, r.url) for r in known] == [(r.status_code, r.url) for r in unknown]
    for _ in range(5):
        ask(client, KNOWN, address="192.0.2.200")
    locked_known = ask(client, KNOWN, address="192.0.2.200")
    for _ in range(5):
        ask(client, UNKNOWN, address="198.51.100.200")
    locked_unknown = ask(client, UNKNOWN, address="198.51.100.200")
    assert locked_known.status_code == locked_unknown.status_code == 429
    assert locked_known.content == locked_unknown.content


def test_the_account_count_ignores_case_and_spaces(client):
    for n, email in enumerate([KNOWN, KNOWN.upper(), f"  {KNOWN}", "Redac-Chef@Example.org"]):
        ask(client, email, address=f"192.0.2.{n}")
    assert len(mail.outbox) == 3


def test_a_bad_address_is_a_form_error_not_a_500(client):
    response = ask(client, "pas-une-adresse")
    assert response.status_code == 200
    assert "Saisissez une adresse de courriel valide" in response.text


def test_with_the_cache_unreachable_resets_still_work(client):
    with override_settings(CACHES=redis_cache(free_port())):
        assert ask(client, KNOWN).status_code == 302
    assert len(mail.outbox) == 1


@needs_redis_server
def test_the_limit_holds_in_a_real_redis(client, tmp_path):
    with throwaway_redis(tmp_path):
        statuses = [ask(client, KNOWN).status_code for _ in range(6)]
    assert statuses == [302] * 5 + [429]
    assert len(mail.outbox) == 3
