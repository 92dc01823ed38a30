"""Every way in leads to the same second-factor check. The URL patterns are swept for
login-like views; each one is tried with the right password and no code, and the staff area
stays closed until the code is given. A GET on the logout address changes nothing."""

import functools
import re

import pytest
from django.contrib.auth.views import LoginView
from django.core import mail
from django.urls import URLResolver, get_resolver, path, reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from newsroom import urls as project_urls
from tests.staff.test_staff_login import CHIEF, PASSWORD, current_code
from tests.support.editorial import setup_newsroom
from tests.support.factories import ArticlePageFactory, NewsIndexPageFactory, publish

pytestmark = pytest.mark.django_db

CODE_STEP = "newsroom_two_factor_code"
# Names, routes or views that look like a way to authenticate.
LOGIN_LIKE = re.compile(
    r"log_?in|sign_?in|connexion|authenti|password|passwd|mot-de-passe|token|jeton|otp", re.I
)


def walk(patterns, route="", namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
            yield from walk(pattern.url_patterns, route + str(pattern.pattern), inner)
        else:
            view = getattr(pattern.callback, "view_class", pattern.callback)
            while isinstance(view, functools.partial):  # django-ninja's operations (api/)
                view = view.func
            dotted = f"{view.__module__}.{view.__qualname__}"
            name = namespace + pattern.name if pattern.name else None
            yield name, route + str(pattern.pattern), dotted


# Named like a way in, and not one: the admin's screens that manage the API's tokens open only
# to a session that passed the admin login (swept below); the tokens they make open no session
# (tests/api/test_api_access.py).
NOT_A_WAY_IN = re.compile(r"^wagtailusers_api_tokens:")


def login_like_routes(urlconf=None):
    """{name or route: view} of every URL pattern that looks like a way in."""
    found = {}
    for name, route, view in walk(get_resolver(urlconf).url_patterns):
        if name and NOT_A_WAY_IN.match(name):
            continue
        if LOGIN_LIKE.search(f"{name} {route} {view}"):
            found.setdefault(name or route, view)
    return found


@pytest.fixture
def site(home_page):
    users = setup_newsroom()
    chief = users[CHIEF]
    device = TOTPDevice.objects.create(user=chief, name="Téléphone", confirmed=True)
    index = publish(NewsIndexPageFactory(parent=home_page, live=False))
    article = publish(ArticlePageFactory(parent=index, live=False, title="Article protégé"))
    restriction = PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="lecteurs"
    )
    collection = Collection.get_first_root_node().add_child(name="Réservé")
    documents = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="doc"
    )
    return {
        "chief": chief,
        "device": device,
        "article": article,
        "restriction": restriction,
        "documents": documents,
        "document": get_document_model().objects.create(title="Note", collection=collection),
    }


# ---------- One driver per login-like route: it tries the route with the right password ----


def admin_login(client, site):
    response = client.post(reverse("wagtailadmin_login"), {"username": CHIEF, "password": PASSWORD})
    assert "Saisissez le code à 6 chiffres" in response.text


def frontend_login(client, site):
    response = client.post(
        reverse("wagtailcore_login"),
        {"username": CHIEF, "password": PASSWORD, "next": reverse("wagtailadmin_home")},
    )
    assert response.status_code == 302  # the password was right: Django logged in


def page_password(client, site):
    response = client.post(
        reverse(
            "wagtailcore_authenticate_with_password",
            args=[site["restriction"].pk, site["article"].pk],
        ),
        {"password": "lecteurs", "return_url": site["article"].url},
    )
    assert response.status_code == 302


def document_password(client, site):
    response = client.post(
        reverse("wagtaildocs_authenticate_with_password", args=[site["documents"].pk]),
        {"password": "doc", "return_url": "/"},
    )
    assert response.status_code == 302


def password_reset(client, site):
    client.post(reverse("wagtailadmin_password_reset"), {"email": site["chief"].email})
    assert len(mail.outbox) == 1


def password_reset_confirm(client, site):
    password_reset(client, site)
    link = re.search(r"https?://[^/\s]+(/\S+)", mail.outbox[0].body).group(1)
    form_url = client.get(link).url  # the token moves to the session
    response = client.post(
        form_url, {"new_password1": "Nouveau-secret-42", "new_password2": "Nouveau-secret-42"}
    )
    assert response.status_code == 302
    # Then a login with the new password, through the route without a code field.
    client.post(reverse("wagtailcore_login"), {"username": CHIEF, "password": "Nouveau-secret-42"})


def get(name, *args):
    return lambda client, site: client.get(reverse(name, args=args))


def code_step(client, site):
    client.post(reverse(CODE_STEP), {"token": current_code(site["device"])})


def two_factor_page(client, site):
    client.post(reverse("newsroom_two_factor"), {"token": current_code(site["device"])})


def extra_login(client, site):
    response = client.post("/comptes/entree/", {"username": CHIEF, "password": PASSWORD})
    assert response.status_code == 302


DRIVERS = {
    "wagtailadmin_login": admin_login,
    "wagtailcore_login": frontend_login,
    "wagtailcore_authenticate_with_password": page_password,
    "wagtaildocs_authenticate_with_password": document_password,
    "wagtailadmin_password_reset": password_reset,
    "wagtailadmin_password_reset_done": get("wagtailadmin_password_reset_done"),
    "wagtailadmin_password_reset_confirm": password_reset_confirm,
    "wagtailadmin_password_reset_complete": get("wagtailadmin_password_reset_complete"),
    "news:shared_draft": get("news:shared_draft", "jeton-invente"),
    CODE_STEP: code_step,
    "newsroom_two_factor": two_factor_page,
}


def staff_urls(site):
    article = site["article"]
    return [
        reverse("wagtailadmin_home"),
        reverse("wagtailsnippets_comments_comment:list"),  # the moderation queue
        reverse("wagtailsnippets_news_sharelink:list"),
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        reverse("wagtailadmin_pages:view_draft", args=[article.pk]),
        reverse("wagtailadmin_account"),
        reverse("newsroom_two_factor"),
        article.url,  # and the readers' side too: the session is not yet usable
    ]


def assert_staff_area_needs_the_code(client, site):
    """Each staff address sends to the code step (a password was given) or to a login form;
    once the code is given, the same session opens them."""
    authenticated = "_auth_user_id" in client.session
    for url in staff_urls(site) if authenticated else staff_urls(site)[:-1]:
        response = client.get(url)
        assert response.status_code == 302, url
        expected = reverse(CODE_STEP) if authenticated else reverse("wagtailadmin_login")
        assert response.url.startswith(expected), (url, response.url)
    if authenticated:
        response = client.post(reverse(CODE_STEP), {"token": current_code(site["device"])})
        assert response.status_code == 302
        for url in staff_urls(site):
            assert client.get(url).status_code == 200, url


def test_every_login_like_route_has_a_driver():
    """A login view added later fails here until it has a driver below."""
    assert set(login_like_routes()) == set(DRIVERS)


@pytest.mark.parametrize("route", sorted(DRIVERS))
def test_each_way_in_leads_to_the_code_step(client, site, route):
    DRIVERS[route](client, site)
    assert_staff_area_needs_the_code(client, site)


# A login view added later, under a name that does not say so: the sweep finds it by its view,
# and the code step covers it without any change.
urlpatterns = [
    path("comptes/entree/", LoginView.as_view(template_name="wagtailcore/login.html")),
    *project_urls.urlpatterns,
]


def test_a_login_view_added_later_is_found_by_the_sweep():
    assert set(login_like_routes(__name__)) - set(DRIVERS) == {"comptes/entree/"}


def test_a_login_view_added_later_still_leads_to_the_code_step(client, site, settings):
    settings.ROOT_URLCONF = __name__
    extra_login(client, site)
    assert_staff_area_needs_the_code(client, site)


def test_the_code_step_refuses_a_wrong_code_and_keeps_the_area_closed(client, site):
    frontend_login(client, site)
    response = client.post(reverse(CODE_STEP), {"token": "000000"})
    assert response.status_code == 200
    assert "Ce code n’est pas valide" in response.text
    assert client.get(reverse("wagtailadmin_home")).url.startswith(reverse(CODE_STEP))


def test_a_recovery_code_also_passes_the_code_step(client, site):
    from django_otp.plugins.otp_static.models import StaticDevice, StaticToken

    recovery = StaticDevice.objects.create(user=site["chief"], name="Secours")
    StaticToken.objects.create(device=recovery, token="abcd1234")
    frontend_login(client, site)
    assert client.post(reverse(CODE_STEP), {"token": "ABCD 1234"}).status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_the_code_step_goes_back_where_the_editor_was_going_and_nowhere_else(client, site):
    frontend_login(client, site)
    queue = reverse("wagtailsnippets_comments_comment:list")
    step = client.get(queue).url
    assert step == f"{reverse(CODE_STEP)}?next={queue.replace('/', '%2F')}"
    response = client.post(step, {"token": current_code(site["device"])})
    assert response.url == queue
    client.logout()
    frontend_login(client, site)
    response = client.post(
        reverse(CODE_STEP) + "?next=https://evil.example/",
        {"token": current_code(site["device"], steps_ahead=1)},
    )
    assert response.url == reverse("wagtailadmin_home")


def test_the_code_step_can_be_left_by_logging_out(client, site):
    frontend_login(client, site)
    page = client.get(reverse(CODE_STEP))
    assert page.status_code == 200
    assert "saisissez le code à 6 chiffres de votre application" in page.text
    assert "no-store" in page["Cache-Control"]
    assert reverse("wagtailadmin_logout") in page.text and "Se déconnecter" in page.text
    client.post(reverse("wagtailadmin_logout"))
    assert "_auth_user_id" not in client.session


def test_without_two_factor_the_password_is_enough_everywhere(client, site):
    TOTPDevice.objects.all().delete()
    frontend_login(client, site)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


# ---------- Logout ----------


def test_a_get_on_logout_changes_nothing(client, site):
    TOTPDevice.objects.all().delete()
    client.post(reverse("wagtailadmin_login"), {"username": CHIEF, "password": PASSWORD})
    for method in ("get", "head", "options", "put"):
        response = getattr(client, method)(reverse("wagtailadmin_logout"))
        assert response.status_code == 405, method
        assert "sessionid" not in response.cookies, method
        assert "messages" not in response.cookies, method
        assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_a_post_on_logout_ends_the_session_on_the_server(client, site):
    TOTPDevice.objects.all().delete()
    client.post(reverse("wagtailadmin_login"), {"username": CHIEF, "password": PASSWORD})
    old_session = client.cookies["sessionid"].value
    response = client.post(reverse("wagtailadmin_logout"))
    assert response.status_code == 302
    assert response.cookies["sessionid"].value == ""
    client.cookies["sessionid"] = old_session  # the stolen cookie no longer works
    assert client.get(reverse("wagtailadmin_home")).status_code == 302
