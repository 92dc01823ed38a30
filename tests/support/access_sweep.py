"""The newsroom of the access sweep: two sections, and in section B (the news index) a
draft, a page in review, a password-protected page, a members-only page and a published
page, each with a secret marker; section B's picture and document in a restricted
collection; a freelancer with every right on section A only. Outside both sections, where
no writer may edit: a draft page, an unpublished new title of the home page, and a document
in a members-only collection."""

import io
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
    PageViewRestriction,
    Site,
)

from comments.models import CommentSettings
from editorial.roles import CHIEF_EDITORS
from news.models import ArticlePage, ShareLink
from notice.models import AINotice
from tests.support.editorial import credited_image, setup_newsroom
from tests.support.factories import (
    ArticlePageFactory,
    CategoryFactory,
    CommentFactory,
    NewsIndexPageFactory,
    StandardPageFactory,
    body_stream,
    generated_picture,
    publish,
)

# One marker per secret page, in its title, standfirst, body and source.
SECRETS = {
    "draft": "QZBROUILLONX1",
    "review": "QZRELECTUREX2",
    "private": "QZPRIVEX3",
    "members": "QZMEMBRESX4",
    "published": "QZPUBLIEX5",
}
HIDDEN = [SECRETS[key] for key in ("draft", "review", "private", "members")]
# Section B's picture and document, which the freelancer's collection does not hold.
IMAGE_SECRET, DOCUMENT_SECRET = "QZIMAGEX6", "QZDOCUMENTX7"
OUT_OF_REACH = [*HIDDEN, IMAGE_SECRET, DOCUMENT_SECRET]
# Beyond any writer's rights: a draft beside the sections, the home page's next title, and
# a document in a collection open to any logged-in visitor (no document right for writers).
ELSEWHERE = {"draft": "QZHORSX9", "home title": "QZACCUEILX10", "document": "QZINTERNEX11"}
OUT_OF_REACH = [*OUT_OF_REACH, *ELSEWHERE.values()]
# What a writer of section B may not see: all but section B's pages and picture.
BEYOND_WRITERS = [DOCUMENT_SECRET, *ELSEWHERE.values()]
EVERY_SECRET = [*OUT_OF_REACH, SECRETS["published"]]
FREELANCER, ANONYMOUS, WRITER = "pigiste", "anonyme", "redacteur"
# What each of them must never be shown.
SECRETS_OF = {WRITER: BEYOND_WRITERS, FREELANCER: OUT_OF_REACH, ANONYMOUS: EVERY_SECRET}


def secret_article(index, key, image, category):
    marker = SECRETS[key]
    page = ArticlePageFactory(
        parent=index,
        live=False,
        title=f"Dossier confidentiel {marker}",
        slug=f"dossier-{key}",
        standfirst=f"Chapô {marker}.",
        hero_image=image,
        categories=[category],
        tags=["Investigation"],
        sources=[(f"Source {marker}", "https://example.org/")],
        body=body_stream(("paragraph", f"<p>Le secret {marker} du jour.</p>")),
    )
    page.save()  # its sources too, as the admin's « add » view saves them
    return page


def build_newsroom():
    """Section B, the news index, holds one page of each kind; section A is a plain subtree."""
    home_page = Site.objects.get(is_default_site=True).root_page.specific
    index = publish(NewsIndexPageFactory(parent=home_page, live=False))
    category = CategoryFactory(slug="enquetes", name="Enquêtes")
    users = setup_newsroom()
    root = Collection.get_first_root_node()
    collection_a = root.add_child(name="Rubrique régionale")
    collection_b = root.add_child(name="Actualités (réservé)")
    image = credited_image(
        title=f"Photo {IMAGE_SECRET}",
        collection=collection_b,
        file=ImageFile(io.BytesIO(generated_picture("b")), name="photo-b.jpg"),
    )
    pages = {key: secret_article(index, key, image, category) for key in SECRETS}
    pages["review"].save_revision()
    pages["review"].get_workflow().start(pages["review"], users["redacteur"])
    for key in ("private", "members", "published"):
        publish(pages[key])
    pages["draft"].save_revision()  # the latest edit of the site
    PageViewRestriction.objects.create(
        page=pages["private"], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    PageViewRestriction.objects.create(
        page=pages["members"], restriction_type=PageViewRestriction.LOGIN
    )
    ArticlePage.objects.filter(pk=pages["members"].pk).update(
        locked=True, locked_by=users["redac-chef"], locked_at=timezone.now()
    )
    document = get_document_model().objects.create(
        title=f"Note {DOCUMENT_SECRET}",
        collection=collection_b,
        file=ContentFile(f"Note interne {DOCUMENT_SECRET}".encode(), name="note-b.txt"),
    )
    restriction = CollectionViewRestriction.objects.create(
        collection=collection_b, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=CHIEF_EDITORS))
    section_a = StandardPageFactory(parent=home_page, title="Rubrique régionale", slug="region")
    users[FREELANCER] = freelancer(section_a, collection_a)
    elsewhere = elsewhere_secrets(home_page, root)
    review = ArticlePage.objects.get(pk=pages["review"].pk)
    return SimpleNamespace(
        users=users,
        pages={key: ArticlePage.objects.get(pk=page.pk) for key, page in pages.items()},
        index=index,
        section_a=section_a,
        image=image,
        document=document,
        task_state=review.current_workflow_task_state,
        workflow_state=review.current_workflow_state,
        link=ShareLink.objects.create(page=pages["draft"], note=f"pour {SECRETS['draft']}"),
        comment=CommentFactory(
            article=pages["private"], body=f"Avis {SECRETS['private']}", status="pending"
        ),
        category=category,
        settings=(CommentSettings.load().pk, AINotice.load().pk),
        home=Site.objects.get(is_default_site=True).root_page,
        **elsewhere,
    )


def elsewhere_secrets(home_page, root):
    draft = StandardPageFactory(
        parent=home_page, live=False, title=f"Brouillon {ELSEWHERE['draft']}", slug="hors-rubrique"
    )
    draft.save_revision()
    home_page.title = f"Accueil {ELSEWHERE['home title']}"
    home_page.save_revision()
    members = root.add_child(name="Documents internes")
    CollectionViewRestriction.objects.create(
        collection=members, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model().objects.create(
        title=f"Note {ELSEWHERE['document']}",
        collection=members,
        file=ContentFile(b"Note interne", name=f"{ELSEWHERE['document'].lower()}.txt"),
    )
    return {"elsewhere_draft": draft, "members_document": document}


def freelancer(section, collection):
    """Admin access, every page right on `section` only, pictures and documents of `collection`."""
    group = Group.objects.create(name="Pigistes de la rubrique régionale")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for codename in ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=section,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    for app, codenames in {
        "wagtailimages": ("add_image", "change_image", "delete_image", "choose_image"),
        "wagtaildocs": ("add_document", "change_document", "delete_document", "choose_document"),
    }.items():
        for codename in codenames:
            GroupCollectionPermission.objects.create(
                group=group,
                collection=collection,
                permission=Permission.objects.get(content_type__app_label=app, codename=codename),
            )
    user = get_user_model().objects.create_user(FREELANCER, email="pigiste@example.org")
    user.groups.add(group)
    return user


def built_once(django_db_blocker, build):
    """Like setUpTestData: built once in a transaction rolled back at the end; each test runs
    in a savepoint inside it (pytest-django's `db`), so a test may change anything."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            data = build()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield data
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


def as_user(client, newsroom, who):
    if who != ANONYMOUS:
        client.force_login(newsroom.users[who])
    return client


def refusal(response, who, newsroom):
    """What is wrong with the response as a refusal, or None."""
    status, location = response.status_code, response.get("Location", "")
    # A private document sends to the site's login form: it asks for another account.
    logins = (reverse("wagtailadmin_login"), reverse("wagtailcore_login"))
    if status == 302 and location.startswith(logins):
        return None
    # The admin refuses with a redirect to the dashboard, or to what the user may explore.
    elsewhere = [reverse("wagtailadmin_home")]
    elsewhere.append(reverse("wagtailadmin_explore", args=[newsroom.section_a.pk]))
    if who != ANONYMOUS and (status in (403, 404) or (status == 302 and location in elsewhere)):
        return None
    return f"{status} {location}"


def leaked(response, secrets):
    """The secrets found in the response's body or its redirect, case ignored."""
    text = (response.content.decode(errors="replace") + response.get("Location", "")).lower()
    return [secret for secret in secrets if secret.lower() in text]
