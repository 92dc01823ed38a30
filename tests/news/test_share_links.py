"""Draft share links: what a reviewer without an account reads, and who manages the links."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from editorial.roles import ensure_demo_accounts
from news.models import ArticlePage, ShareLink
from news.share_links.signing import public_url, sign, signed_url, unsign
from tests.support.factories import ArticlePageFactory, body_stream, publish

pytestmark = pytest.mark.django_db

LIVE_TEXT = "Texte publié, celui que lisent les lecteurs."
DRAFT_TEXT = "Texte du brouillon, réservé à la relecture."
DRAFT_TITLE = "Article relu, version corrigée"
BANNER = "Prévisualisation d’un brouillon — ne pas diffuser"
GONE = "Ce lien de prévisualisation a expiré ou a été révoqué."
PRIVATE_HEADERS = {
    "X-Robots-Tag": "noindex, nofollow",
    "Cache-Control": "private, no-store",
    "Referrer-Policy": "no-referrer",
}

LIST = "wagtailsnippets_news_sharelink:list"
ADD = "wagtailsnippets_news_sharelink:add"
EDIT = "wagtailsnippets_news_sharelink:edit"
REVOKE = "wagtailsnippets_news_sharelink:revoke"


def new_draft(page, title, text):
    """Edit a page as the admin's « Save draft » does: a newer revision, the live row untouched."""
    page = ArticlePage.objects.get(pk=page.pk)
    page.title = title
    page.body = body_stream(("paragraph", f"<p>{text}</p>"))
    page.save_revision()
    return ArticlePage.objects.get(pk=page.pk)


@pytest.fixture
def article(news_index, categories):
    """Published with LIVE_TEXT, then edited: its latest revision is a draft with DRAFT_TEXT."""
    page = ArticlePageFactory(
        parent=news_index,
        live=False,
        title="Article relu",
        slug="article-relu",
        categories=[categories[0]],
        body=body_stream(("paragraph", f"<p>{LIVE_TEXT}</p>")),
    )
    publish(page)
    return new_draft(page, DRAFT_TITLE, DRAFT_TEXT)


@pytest.fixture
def link(article):
    return ShareLink.objects.create(page=article, note="relecture juridique")


@pytest.fixture
def accounts(news_index):
    ensure_demo_accounts()


def admin_as(client, username):
    assert client.login(username=username, password=f"{username}-demo")
    return client


def future(days=3):
    return timezone.localtime(timezone.now() + timedelta(days=days)).strftime("%Y-%m-%d %H:%M")


def assert_private(response):
    for header, value in PRIVATE_HEADERS.items():
        assert response[header] == value, header


def tampered(value, position):
    replacement = "A" if value[position] != "A" else "B"
    return value[:position] + replacement + value[position + 1 :]


# ---------- The reviewer's page ----------


def test_signed_url_is_the_apercu_address_of_the_signed_token(link):
    signed = sign(link)
    assert signed_url(link) == f"/apercu/{signed}/"
    assert signed_url(link) == reverse("news:shared_draft", args=[signed])
    assert public_url(link) == f"{settings.WAGTAILADMIN_BASE_URL}/apercu/{signed}/"
    assert unsign(signed) == link.token
    assert unsign(tampered(signed, 0)) is None


def test_valid_link_shows_the_latest_draft_not_the_live_version(reader, article, link):
    response = reader.get(signed_url(link))
    assert response.status_code == 200
    html = response.content.decode()
    assert DRAFT_TEXT in html
    assert DRAFT_TITLE in html
    assert LIVE_TEXT not in html
    # The public page still shows the published version.
    live = reader.get(article.url).content.decode()
    assert LIVE_TEXT in live
    assert DRAFT_TEXT not in live


def test_valid_link_renders_the_article_template_with_the_banner_on_top(reader, link):
    response = reader.get(signed_url(link))
    assert "news/article_page.html" in [template.name for template in response.templates]
    soup = BeautifulSoup(response.content, "html.parser")
    banner = soup.select_one("main .draft-banner")
    assert BANNER in banner.get_text()
    # First thing in the content, before the article itself.
    assert banner.find_next("article") is not None
    assert soup.select_one('meta[name="robots"]')["content"] == "noindex, nofollow"


def test_valid_link_is_private_uncached_and_sends_no_referrer(reader, link):
    response = reader.get(signed_url(link))
    assert response.status_code == 200
    assert_private(response)


def test_link_to_a_never_published_article_shows_its_draft(reader, news_index):
    page = ArticlePageFactory(
        parent=news_index, live=False, title="Jamais publié", slug="jamais-publie"
    )
    page = new_draft(page, "Jamais publié, relu", DRAFT_TEXT)
    link = ShareLink.objects.create(page=page)
    response = reader.get(signed_url(link))
    assert response.status_code == 200
    assert DRAFT_TEXT in response.content.decode()
    assert reader.get(f"{news_index.url}jamais-publie/").status_code == 404


def test_each_link_shows_only_its_own_article(reader, news_index, article, link):
    other = new_draft(
        ArticlePageFactory(parent=news_index, live=False, title="Autre article"),
        "Autre article, brouillon",
        "Un tout autre brouillon.",
    )
    other_link = ShareLink.objects.create(page=other)
    assert DRAFT_TEXT in reader.get(signed_url(link)).content.decode()
    html = reader.get(signed_url(other_link)).content.decode()
    assert "Un tout autre brouillon." in html
    assert DRAFT_TEXT not in html


def test_expired_link_is_gone_with_410_and_a_french_explanation(reader, link):
    link.expires_at = timezone.now() - timedelta(minutes=1)
    link.save()
    response = reader.get(signed_url(link))
    assert response.status_code == 410
    html = response.content.decode()
    assert GONE in html
    assert DRAFT_TEXT not in html
    assert_private(response)


def test_revoked_link_is_gone_with_410(reader, link):
    link.revoked_at = timezone.now()
    link.save()
    response = reader.get(signed_url(link))
    assert response.status_code == 410
    assert GONE in response.content.decode()
    assert DRAFT_TEXT not in response.content.decode()


@pytest.mark.parametrize("position", [0, 10, -1], ids=["token-start", "token-middle", "sig-end"])
def test_tampered_link_is_not_found(reader, link, position):
    signed = sign(link)
    response = reader.get(reverse("news:shared_draft", args=[tampered(signed, position)]))
    assert response.status_code == 404
    assert DRAFT_TEXT not in response.content.decode()


def test_bare_token_without_signature_is_not_found(reader, link):
    assert reader.get(reverse("news:shared_draft", args=[link.token])).status_code == 404


def test_token_signed_for_another_purpose_is_not_found(reader, link):
    other_salt = signing.Signer(salt="another-purpose").sign(link.token)
    assert reader.get(reverse("news:shared_draft", args=[other_salt])).status_code == 404


def test_unknown_token_is_not_found(reader, link):
    unknown = signing.Signer(salt="news.share-link").sign("jeton-inconnu")
    assert reader.get(reverse("news:shared_draft", args=[unknown])).status_code == 404


def test_link_of_a_deleted_article_is_not_found(reader, article, link):
    url = signed_url(link)
    article.delete()
    assert reader.get(url).status_code == 404


def test_shared_draft_only_answers_reads(reader, link):
    assert reader.post(signed_url(link)).status_code == 405


def test_link_never_appears_on_public_pages(reader, home_page, news_index, categories, link):
    signed = sign(link)
    article = link.page
    for url in (
        home_page.url,
        news_index.url,
        reverse("news:category", args=[categories[0].slug]),
        article.url,
    ):
        response = reader.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "/apercu/" not in html, url
        assert link.token not in html and signed not in html, url
        assert DRAFT_TEXT not in html and BANNER not in html, url


# ---------- The admin ----------


def test_chief_editor_creates_a_link_recorded_as_theirs(client, accounts, article):
    admin_as(client, "redac-chef")
    form = client.get(reverse(ADD))
    assert form.status_code == 200
    response = client.post(
        reverse(ADD),
        {"page": article.pk, "note": "relecture juridique", "expires_at": future()},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse(LIST)
    link = ShareLink.objects.get()
    assert link.page_id == article.pk
    assert link.note == "relecture juridique"
    assert link.created_by.username == "redac-chef"
    assert link.is_active
    assert Client().get(signed_url(link)).status_code == 200


def test_create_form_defaults_to_the_configured_expiry(client, accounts):
    admin_as(client, "redac-chef")
    response = client.get(reverse(ADD))
    initial = response.context["form"]["expires_at"].value()
    if timezone.is_naive(initial):  # forms show datetimes in the local time zone
        initial = timezone.make_aware(initial)
    expected = timezone.now() + timedelta(days=settings.NEWS_SHARE_LINK_DAYS)
    assert abs(initial - expected) < timedelta(minutes=1)


def test_create_form_offers_only_articles_and_no_token(client, accounts, home_page, article):
    admin_as(client, "redac-chef")
    form = client.get(reverse(ADD)).context["form"]
    assert "token" not in form.fields
    assert "created_by" not in form.fields and "revoked_at" not in form.fields
    assert form.fields["page"].queryset.model is ArticlePage
    assert form.fields["page"].widget.target_models == [ArticlePage]
    response = client.post(reverse(ADD), {"page": home_page.pk, "expires_at": future()})
    assert response.status_code == 200
    assert not ShareLink.objects.exists()


def test_posted_token_is_ignored(client, accounts, article):
    admin_as(client, "redac-chef")
    client.post(reverse(ADD), {"page": article.pk, "expires_at": future(), "token": "jeton-choisi"})
    link = ShareLink.objects.get()
    assert link.token != "jeton-choisi"
    assert len(link.token) >= 32


def test_expiry_in_the_past_is_refused(client, accounts, article):
    admin_as(client, "redac-chef")
    response = client.post(reverse(ADD), {"page": article.pk, "expires_at": future(days=-1)})
    assert response.status_code == 200
    assert response.context["form"].errors["expires_at"]
    assert not ShareLink.objects.exists()


def test_editing_keeps_the_article_and_the_token(client, accounts, news_index, link):
    other = ArticlePageFactory(parent=news_index, live=False, title="Autre article")
    token = link.token
    admin_as(client, "redac-chef")
    assert client.get(reverse(EDIT, args=[link.pk])).status_code == 200
    response = client.post(
        reverse(EDIT, args=[link.pk]),
        {
            "page": other.pk,
            "note": "relecture du service photo",
            "token": "x",
            "expires_at": future(),
        },
    )
    assert response.status_code == 302
    link.refresh_from_db()
    assert link.page_id != other.pk
    assert link.token == token
    assert link.note == "relecture du service photo"


def test_list_shows_status_and_copyable_address_of_active_links(client, accounts, article):
    author = get_user_model().objects.get(username="redac-chef")
    active = ShareLink.objects.create(page=article, note="pour le juriste", created_by=author)
    expired = ShareLink.objects.create(
        page=article, note="pour l’expert", expires_at=timezone.now() - timedelta(days=1)
    )
    revoked = ShareLink.objects.create(page=article, note="pour l’agence")
    revoked.revoked_at = timezone.now()
    revoked.save()
    admin_as(client, "redac-chef")
    response = client.get(reverse(LIST))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Liens de relecture" in html
    soup = BeautifulSoup(html, "html.parser")
    assert {"Actif", "Expiré", "Révoqué"} <= {tag.get_text(strip=True) for tag in soup.select("td")}
    address = soup.select_one(f"#share-link-url-{active.pk}")
    assert address["value"] == public_url(active)
    assert address.has_attr("readonly")
    assert public_url(expired) not in html
    assert public_url(revoked) not in html
    assert (author.get_full_name() or author.get_username()) in html


def test_list_offers_revoke_only_for_active_links(client, accounts, article):
    active = ShareLink.objects.create(page=article)
    revoked = ShareLink.objects.create(page=article)
    revoked.revoked_at = timezone.now()
    revoked.save()
    admin_as(client, "redac-chef")
    html = client.get(reverse(LIST)).content.decode()
    assert reverse(REVOKE, args=[active.pk]) in html
    assert reverse(REVOKE, args=[revoked.pk]) not in html


def test_chief_editor_revokes_a_link_after_confirmation(client, accounts, link):
    admin_as(client, "redac-chef")
    confirmation = client.get(reverse(REVOKE, args=[link.pk]))
    assert confirmation.status_code == 200
    form = BeautifulSoup(confirmation.content, "html.parser").select_one(
        f'form[action="{reverse(REVOKE, args=[link.pk])}"]'
    )
    assert form["method"].lower() == "post"
    assert form.select_one('input[name="csrfmiddlewaretoken"]')
    link.refresh_from_db()
    assert link.revoked_at is None  # the confirmation page changes nothing

    response = client.post(reverse(REVOKE, args=[link.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse(LIST)
    link.refresh_from_db()
    assert link.revoked_at is not None
    assert ModelLogEntry.objects.filter(
        object_id=str(link.pk), action="news.share_link.revoke", user__username="redac-chef"
    ).exists()
    assert Client().get(signed_url(link)).status_code == 410


def test_revoking_needs_the_csrf_token(accounts, link):
    browser = Client(enforce_csrf_checks=True)
    admin_as(browser, "redac-chef")
    url = reverse(REVOKE, args=[link.pk])
    assert browser.post(url).status_code == 403
    link.refresh_from_db()
    assert link.revoked_at is None

    page = BeautifulSoup(browser.get(url).content, "html.parser")
    token = page.select_one('input[name="csrfmiddlewaretoken"]')["value"]
    assert browser.post(url, {"csrfmiddlewaretoken": token}).status_code == 302
    link.refresh_from_db()
    assert link.revoked_at is not None


def test_revoking_twice_keeps_the_first_date(client, accounts, link):
    admin_as(client, "redac-chef")
    client.post(reverse(REVOKE, args=[link.pk]))
    link.refresh_from_db()
    first = link.revoked_at
    client.post(reverse(REVOKE, args=[link.pk]))
    link.refresh_from_db()
    assert link.revoked_at == first


def refused(response):
    """Wagtail answers a lack of permission with a 403 or a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def test_editor_cannot_list_create_edit_or_revoke_links(client, accounts, article, link):
    admin_as(client, "redacteur")
    assert refused(client.get(reverse(LIST)))
    assert refused(client.get(reverse(ADD)))
    assert refused(client.post(reverse(ADD), {"page": article.pk, "expires_at": future()}))
    assert refused(
        client.post(reverse(EDIT, args=[link.pk]), {"note": "x", "expires_at": future()})
    )
    assert refused(client.get(reverse(REVOKE, args=[link.pk])))
    assert refused(client.post(reverse(REVOKE, args=[link.pk])))
    assert ShareLink.objects.count() == 1
    link.refresh_from_db()
    assert link.revoked_at is None and link.note == "relecture juridique"
    assert "Liens de relecture" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_anonymous_is_sent_to_login(client, link):
    login = reverse("wagtailadmin_login")
    for url in (reverse(LIST), reverse(ADD), reverse(REVOKE, args=[link.pk])):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(login), url
    response = client.post(reverse(REVOKE, args=[link.pk]))
    assert response["Location"].startswith(login)
    link.refresh_from_db()
    assert link.revoked_at is None
