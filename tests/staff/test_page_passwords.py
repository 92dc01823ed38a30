"""Passwords of pages and documents cannot be guessed without limit: after a few wrong ones
from one address for one page, that address is refused (429) until the cool-off ends, even
with the right password. The count is in the database, like the staff logins'."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.support.factories import ArticlePageFactory, publish

pytestmark = pytest.mark.django_db

READER, NEIGHBOUR = "203.0.113.7", "198.51.100.20"
LOCKED = "Trop d’essais de mot de passe"


@pytest.fixture(autouse=True)
def axes_on(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 5


@pytest.fixture
def protected(news_index):
    def make(title):
        page = publish(ArticlePageFactory(parent=news_index, live=False, title=title))
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="bonne-reponse"
        )
        return page, restriction

    return make


def try_page(client, page, restriction, password, address=READER, **headers):
    return client.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]),
        {"password": password, "return_url": page.url},
        REMOTE_ADDR=address,
        **headers,
    )


def opens(client, page):
    response = client.get(page.url)
    return response.status_code == 200 and 'name="password"' not in response.text


class TestPagePasswords:
    def test_five_wrong_passwords_lock_the_page_from_that_address_even_for_the_right_one(
        self, client, protected
    ):
        page, restriction = protected("Dossier réservé")
        for _ in range(4):
            response = try_page(client, page, restriction, "devine")
            assert response.status_code == 200
            assert "Le mot de passe saisi est incorrect" in response.text
        response = try_page(client, page, restriction, "devine")  # the fifth
        assert response.status_code == 429
        response = try_page(client, page, restriction, "bonne-reponse")
        assert response.status_code == 429
        assert LOCKED in response.text
        assert "Réessayez dans 15 minutes" in response.text
        assert not opens(client, page)

    def test_thirty_guesses_never_open_the_page(self, client, protected):
        page, restriction = protected("Dossier réservé")
        statuses = [
            try_page(client, page, restriction, f"essai-{n}").status_code for n in range(30)
        ]
        assert statuses.count(200) == 4 and statuses.count(429) == 26
        assert try_page(client, page, restriction, "bonne-reponse").status_code == 429
        assert not opens(client, page)

    def test_the_count_is_in_the_database_and_outlives_the_cache(self, client, protected):
        page, restriction = protected("Dossier réservé")
        for _ in range(5):
            try_page(client, page, restriction, "devine-123")
        stored = AccessAttempt.objects.get(ip_address=READER)
        assert stored.failures_since_start == 5
        assert "devine-123" not in stored.post_data
        cache.clear()
        assert try_page(client, page, restriction, "bonne-reponse").status_code == 429

    def test_other_readers_and_other_pages_are_not_locked(self, client, protected):
        page, restriction = protected("Dossier réservé")
        other_page, other_restriction = protected("Autre dossier")
        for _ in range(6):
            try_page(client, page, restriction, "devine")
        assert try_page(client, page, restriction, "bonne-reponse", NEIGHBOUR).status_code == 302
        assert try_page(client, other_page, other_restriction, "bonne-reponse").status_code == 302
        assert opens(client, other_page)

    def test_the_right_password_before_the_limit_opens_the_page(self, client, protected):
        page, restriction = protected("Dossier réservé")
        for _ in range(4):
            try_page(client, page, restriction, "devine")
        assert try_page(client, page, restriction, "bonne-reponse").status_code == 302
        assert opens(client, page)

    def test_the_lock_ends_after_the_cool_off_or_when_an_administrator_lifts_it(
        self, client, protected
    ):
        page, restriction = protected("Dossier réservé")
        for _ in range(5):
            try_page(client, page, restriction, "devine")
        AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
        assert try_page(client, page, restriction, "bonne-reponse").status_code == 302
        for _ in range(5):
            try_page(client, page, restriction, "devine")
        call_command("axes_reset_ip", READER, verbosity=0)
        assert try_page(client, page, restriction, "bonne-reponse").status_code == 302

    def test_staff_logins_from_the_same_address_are_not_locked_by_a_reader(self, client, protected):
        from tests.support.editorial import setup_newsroom

        setup_newsroom()
        page, restriction = protected("Dossier réservé")
        for _ in range(6):
            try_page(client, page, restriction, "devine")
        response = client.post(
            reverse("wagtailadmin_login"),
            {"username": "redacteur", "password": "redacteur-demo"},
            REMOTE_ADDR=READER,
        )
        assert response.status_code == 302

    def test_an_unknown_restriction_is_a_404_not_a_500(self, client, protected):
        page, restriction = protected("Dossier réservé")
        url = reverse("wagtailcore_authenticate_with_password", args=[999_999, page.pk])
        assert client.post(url, {"password": "x", "return_url": "/"}).status_code == 404


class TestDocumentPasswords:
    def test_documents_are_limited_the_same_way(self, client):
        collection = Collection.get_first_root_node().add_child(name="Réservé")
        restriction = CollectionViewRestriction.objects.create(
            collection=collection,
            restriction_type=CollectionViewRestriction.PASSWORD,
            password="doc",
        )
        get_document_model().objects.create(title="Note", collection=collection)
        url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
        statuses = [
            client.post(url, {"password": f"essai-{n}", "return_url": "/"}, REMOTE_ADDR=READER)
            for n in range(6)
        ]
        assert [response.status_code for response in statuses] == [200] * 4 + [429] * 2
        response = client.post(url, {"password": "doc", "return_url": "/"}, REMOTE_ADDR=READER)
        assert response.status_code == 429
        assert LOCKED in response.text
