"""Staff logins: failed attempts lock a name from an address, the optional second factor is
asked for once turned on, and sessions end."""

import io
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from bs4 import BeautifulSoup
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.support.editorial import setup_newsroom

pytestmark = pytest.mark.django_db

LOGIN = "wagtailadmin_login"
CHIEF, PASSWORD = "redac-chef", "redac-chef-demo"
ATTACKER, OFFICE = "203.0.113.7", "198.51.100.20"


@pytest.fixture
def newsroom():
    return setup_newsroom()


def attempt(client, password, address=ATTACKER, username=CHIEF, **extra):
    return client.post(
        reverse(LOGIN),
        {"username": username, "password": password, **extra},
        REMOTE_ADDR=address,
    )


def logged_in(client):
    return client.get(reverse("wagtailadmin_home")).status_code == 200


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 5


@pytest.mark.usefixtures("axes_on")
class TestFailedLogins:
    def test_five_failures_lock_the_name_from_that_address_even_with_the_right_password(
        self, client, newsroom
    ):
        for _ in range(4):
            response = attempt(client, "mauvais-mot-de-passe")
            assert response.status_code == 200
            assert "Identifiant ou mot de passe incorrect" in response.text
        assert attempt(client, "mauvais-mot-de-passe").status_code == 429  # the fifth
        response = attempt(client, PASSWORD)
        assert response.status_code == 429
        assert "Trop de tentatives de connexion" in response.text
        assert "Réessayez dans 15 minutes" in response.text
        assert not logged_in(client)

    def test_the_lock_is_in_the_database_and_outlives_the_cache(self, client, newsroom):
        for _ in range(5):
            attempt(client, "devine-123")
        stored = AccessAttempt.objects.get(username=CHIEF, ip_address=ATTACKER)
        assert stored.failures_since_start == 5
        assert "devine-123" not in stored.post_data
        cache.clear()
        assert attempt(client, PASSWORD).status_code == 429

    def test_the_newsroom_still_logs_in_from_its_own_address(self, client, newsroom):
        for _ in range(6):
            attempt(client, "devine-123")
        response = attempt(client, PASSWORD, address=OFFICE)
        assert response.status_code == 302
        assert logged_in(client)

    def test_the_lock_ends_after_the_cool_off(self, client, newsroom):
        for _ in range(5):
            attempt(client, "devine-123")
        AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
        assert attempt(client, PASSWORD).status_code == 302
        assert logged_in(client)

    def test_an_administrator_unlocks_a_name_at_once(self, client, newsroom):
        for _ in range(5):
            attempt(client, "devine-123")
        call_command("axes_reset_username", CHIEF, verbosity=0)
        assert attempt(client, PASSWORD).status_code == 302

    def test_fewer_failures_than_the_limit_then_success_starts_the_count_again(
        self, client, newsroom
    ):
        for _ in range(4):
            attempt(client, "devine-123")
        assert attempt(client, PASSWORD).status_code == 302
        client.logout()
        for _ in range(4):
            attempt(client, "devine-123")
        assert attempt(client, PASSWORD).status_code == 302


def current_code(device, steps_ahead=0):
    code = totp(device.bin_key, device.step, device.t0, device.digits, device.drift + steps_ahead)
    return f"{code:0{device.digits}d}"


def turn_on_two_factor(client):
    page = client.get(reverse("newsroom_two_factor"))
    assert page.status_code == 200
    assert "<svg" in page.text and "Clé" in page.text
    device = TOTPDevice.objects.get(user=page.wsgi_request.user, confirmed=False)
    response = client.post(reverse("newsroom_two_factor"), {"token": current_code(device)})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]  # the recovery codes are on this page
    device.refresh_from_db()
    device.recovery_codes = [
        code.get_text() for code in BeautifulSoup(response.content, "html.parser").select("ol code")
    ]
    return device


class TestTwoFactor:
    def test_off_by_default_a_password_is_enough(self, client, newsroom):
        assert attempt(client, PASSWORD).status_code == 302
        assert logged_in(client)

    def test_a_wrong_code_does_not_turn_it_on(self, client, newsroom):
        attempt(client, PASSWORD)
        client.get(reverse("newsroom_two_factor"))
        response = client.post(reverse("newsroom_two_factor"), {"token": "000000"})
        assert response.status_code == 200
        assert "Ce code n’est pas valide" in response.text
        assert not TOTPDevice.objects.filter(confirmed=True).exists()

    def test_once_on_each_login_asks_for_the_code(self, client, newsroom):
        attempt(client, PASSWORD)
        device = turn_on_two_factor(client)
        assert device.confirmed
        page = client.get(reverse("newsroom_two_factor"))
        assert "double authentification est activée" in page.text
        client.logout()

        response = attempt(client, PASSWORD)
        assert response.status_code == 200
        assert "Saisissez le code à 6 chiffres" in response.text
        assert not logged_in(client)

        response = attempt(client, PASSWORD, otp_token="123456")
        assert "Ce code n’est pas valide" in response.text
        assert not logged_in(client)

        # A failure makes the next try wait, even with the right code...
        response = attempt(client, PASSWORD, otp_token=current_code(device, steps_ahead=1))
        assert not logged_in(client)
        # ...and once the wait is over, the right code opens the admin.
        TOTPDevice.objects.filter(pk=device.pk).update(
            throttling_failure_timestamp=timezone.now() - timedelta(seconds=30)
        )
        device.refresh_from_db()
        response = attempt(client, PASSWORD, otp_token=current_code(device, steps_ahead=1))
        assert response.status_code == 302
        assert logged_in(client)

    def test_a_used_code_cannot_be_replayed(self, client, newsroom):
        attempt(client, PASSWORD)
        device = turn_on_two_factor(client)
        client.logout()
        used = current_code(device, steps_ahead=0)
        assert attempt(client, PASSWORD, otp_token=used).status_code == 200
        assert not logged_in(client)

    def test_turning_it_off_takes_a_current_code(self, client, newsroom):
        attempt(client, PASSWORD)
        device = turn_on_two_factor(client)
        response = client.post(reverse("newsroom_two_factor"), {"token": "999999"})
        assert response.status_code == 200
        assert TOTPDevice.objects.filter(pk=device.pk, confirmed=True).exists()
        TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=None)
        device.refresh_from_db()
        code = current_code(device, steps_ahead=1)
        assert client.post(reverse("newsroom_two_factor"), {"token": code}).status_code == 302
        assert not TOTPDevice.objects.exists()
        client.logout()
        assert attempt(client, PASSWORD).status_code == 302

    def test_ten_recovery_codes_are_shown_once_and_each_opens_the_account_once(
        self, client, newsroom
    ):
        attempt(client, PASSWORD)
        device = turn_on_two_factor(client)
        codes = device.recovery_codes
        assert len(set(codes)) == 10
        page = client.get(reverse("newsroom_two_factor")).text
        assert not any(code in page for code in codes)  # never shown again
        client.logout()

        assert attempt(client, PASSWORD, otp_token=codes[0].upper()).status_code == 302
        assert logged_in(client)
        client.logout()
        response = attempt(client, PASSWORD, otp_token=codes[0])
        assert "Ce code n’est pas valide" in response.text  # used up
        assert not logged_in(client)

    def test_an_administrator_turns_it_off_for_a_lost_phone(self, client, newsroom):
        attempt(client, PASSWORD)
        turn_on_two_factor(client)
        client.logout()
        call_command("reset_two_factor", CHIEF, stdout=io.StringIO())
        assert attempt(client, PASSWORD).status_code == 302
        assert logged_in(client)

    def test_the_page_is_staff_only(self, client, newsroom):
        response = client.get(reverse("newsroom_two_factor"))
        assert response.status_code == 302
        assert reverse(LOGIN) in response.url


class TestSessions:
    def test_a_remembered_session_lasts_a_working_day(self, client, newsroom):
        attempt(client, PASSWORD, remember="on")
        assert int(client.cookies["sessionid"]["max-age"]) == 12 * 3600

    def test_otherwise_it_ends_with_the_browser_and_at_the_latest_after_a_day(
        self, client, newsroom
    ):
        attempt(client, PASSWORD)
        assert client.cookies["sessionid"]["max-age"] == ""
        session = Session.objects.get()
        assert session.expire_date <= timezone.now() + timedelta(hours=12)

    def test_an_expired_session_is_refused_by_the_server(self, client, newsroom):
        attempt(client, PASSWORD)
        assert logged_in(client)
        Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
        response = client.get(reverse("wagtailadmin_home"))
        assert response.status_code == 302
        assert reverse(LOGIN) in response.url
