"""Each way to authenticate, tried with a new forged client address at each attempt
(X-Forwarded-For, X-Real-IP), stays locked or limited: every limit reads the client address
by the comments' rule (operations.client_address.client_ip, TRUSTED_PROXIES)."""

import pytest
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.support.editorial import setup_newsroom
from tests.support.factories import ArticlePageFactory, publish

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]

CLIENT, PROXY = "203.0.113.7", "10.0.0.1"


@pytest.fixture
def site(settings, news_index):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 5
    settings.PASSWORD_RESET_LIMITS = {"address": 5, "account": 100, "window": 3600}
    setup_newsroom()
    page = publish(ArticlePageFactory(parent=news_index, live=False))
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="bonne-reponse"
    )
    collection = Collection.get_first_root_node().add_child(name="Réservé")
    documents = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="doc"
    )
    get_document_model().objects.create(title="Note", collection=collection)
    return {"page": page, "restriction": restriction, "documents": documents}


def login(route):
    return lambda site, right: (
        reverse(route),
        {"username": "redacteur", "password": "redacteur-demo" if right else "devine"},
    )


def page_password(site, right):
    restriction, page = site["restriction"], site["page"]
    return (
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]),
        {"password": "bonne-reponse" if right else "devine", "return_url": page.url},
    )


def document_password(site, right):
    return (
        reverse("wagtaildocs_authenticate_with_password", args=[site["documents"].pk]),
        {"password": "doc" if right else "devine", "return_url": "/"},
    )


def password_reset(site, right):
    return reverse("wagtailadmin_password_reset"), {"email": "redacteur@example.org"}


WAYS_IN = {
    "admin login": login("wagtailadmin_login"),
    "front-end login": login("wagtailcore_login"),
    "page password": page_password,
    "document password": document_password,
    "password reset": password_reset,
}


def forged(n, behind_proxy):
    headers = {"HTTP_X_REAL_IP": f"192.0.2.{n}"}
    if behind_proxy:  # the proxy appends the address it saw; what is left of it is the client's
        headers.update(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, {CLIENT}")
    else:
        headers.update(REMOTE_ADDR=CLIENT, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    return headers


@pytest.mark.parametrize("behind_proxy", [False, True], ids=["direct", "behind a proxy"])
@pytest.mark.parametrize("way_in", sorted(WAYS_IN))
def test_a_new_forged_address_at_each_attempt_does_not_escape_the_limit(
    client, site, settings, way_in, behind_proxy
):
    settings.TRUSTED_PROXIES = [PROXY] if behind_proxy else []
    build = WAYS_IN[way_in]
    for n in range(6):
        client.post(*build(site, right=False), **forged(n, behind_proxy))
    url, data = build(site, right=True)
    response = client.post(url, data, **forged(99, behind_proxy))
    assert response.status_code == 429
    # The lock is the client's own: another client behind the same proxy is served.
    other = {"REMOTE_ADDR": "198.51.100.20"}
    if behind_proxy:
        other = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "198.51.100.20"}
    assert client.post(url, data, **other).status_code == 302
