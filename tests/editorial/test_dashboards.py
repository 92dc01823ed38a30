"""What the writer and the editor-in-chief see on the admin dashboard."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import TaskState

from comments.models import Status
from editorial.roles import EDITORS
from news.publication import seeding
from tests.support.editorial import login
from tests.support.factories import ArticlePageFactory, CommentFactory, days_ago, publish

pytestmark = pytest.mark.django_db


def _article(desk, owner, title, **kwargs):
    page = ArticlePageFactory(parent=desk["index"], title=title, owner=owner, **kwargs)
    return page


def _in_review(desk, owner, title, hours=0):
    page = _article(desk, owner, title, live=False)
    page.save_revision(user=owner)
    state = desk["index"].get_workflow().start(page, owner)
    if hours:
        TaskState.objects.filter(pk=state.current_task_state.pk).update(
            started_at=timezone.now() - timedelta(hours=hours, minutes=5)
        )
    return page


def _changes_requested(desk, owner, title, comment):
    page = _in_review(desk, owner, title)
    page.current_workflow_task_state.reject(user=desk["users"]["redac-chef"], comment=comment)
    return page


def _scheduled(desk, owner, title, go_live_at):
    page = _article(desk, owner, title, live=False, go_live_at=go_live_at)
    with seeding():  # the article is not complete: the publication rule is not tested here
        page.save_revision(user=owner).publish(user=desk["users"]["redac-chef"])
    return page


def _published(desk, owner, title):
    return publish(_article(desk, owner, title, live=False))


def _panel(html, panel_id):
    panel = BeautifulSoup(html, "html.parser").find(id=f"{panel_id}-section")
    assert panel is not None, panel_id
    return panel


def _listed(panel, heading=None):
    """The lines of the list under this heading of the panel (its first list without one)."""
    if heading is None:
        items = panel.find("ul")
    else:
        title = panel.find("h3", string=heading)
        assert title is not None, heading
        items = title.find_next_sibling("ul")
    return [" ".join(li.get_text(" ", strip=True).split()) for li in items.find_all("li")]


@pytest.fixture
def writers_articles(desk):
    """One article of each kind for the writer, and the same for another writer."""
    other = get_user_model().objects.create_user(
        "autre-redacteur", password="autre-redacteur-demo", is_staff=True
    )
    other.groups.add(Group.objects.get(name=EDITORS))
    soon = timezone.now() + timedelta(days=2)
    for owner, who in [(desk["users"]["redacteur"], "Jules"), (other, "Autre")]:
        _article(desk, owner, f"Brouillon {who}", live=False)
        _in_review(desk, owner, f"Relecture {who}")
        _changes_requested(desk, owner, f"À revoir {who}", f"Sourcez le chiffre, {who}.")
        _scheduled(desk, owner, f"Programmé {who}", soon)
        _published(desk, owner, f"Publié {who}")
    return desk


def test_writer_new_article_link_opens_an_article_form_in_the_news_index(client, desk):
    panel = _panel(login(client, "redacteur").get("/admin/").content.decode(), "newsroom-writer")
    [link] = [a for a in panel.find_all("a") if a.get_text(strip=True) == "Nouvel article"]
    assert link["href"] == f"/admin/pages/add/news/articlepage/{desk['index'].pk}/"
    assert client.get(link["href"]).status_code == 200


@pytest.mark.parametrize(
    "heading, expected",
    [
        ("Mes brouillons", "Brouillon Jules"),
        ("En relecture", "Relecture Jules"),
        (
            "Modifications demandées",
            "À revoir Jules — « Sourcez le chiffre, Jules. » (Camille Durand)",
        ),
        ("Programmés", "Programmé Jules"),
        ("Publiés récemment", "Publié Jules"),
    ],
)
def test_each_writer_section_lists_only_its_own_article_of_the_writer(
    client, writers_articles, heading, expected
):
    html = login(client, "redacteur").get("/admin/").content.decode()
    listed = _listed(_panel(html, "newsroom-writer"), heading)
    assert len(listed) == 1, listed
    assert listed[0].startswith(expected), listed
    assert "Autre" not in html


def test_writer_sees_their_five_latest_publications_newest_first(client, desk):
    writer = desk["users"]["redacteur"]
    for days in range(6, 0, -1):
        publish(_article(desk, writer, f"Publié il y a {days} j", live=False), days_ago(days))
    panel = _panel(login(client, "redacteur").get("/admin/").content.decode(), "newsroom-writer")
    assert _listed(panel, "Publiés récemment") == [
        f"Publié il y a {days} j" for days in range(1, 6)
    ]


def test_writer_sees_when_a_scheduled_article_goes_live(client, desk):
    go_live_at = timezone.now() + timedelta(days=2)
    page = _scheduled(desk, desk["users"]["redacteur"], "Programmé", go_live_at)
    panel = _panel(login(client, "redacteur").get("/admin/").content.decode(), "newsroom-writer")
    time = panel.find("h3", string="Programmés").find_next_sibling("ul").find("time")
    assert time["datetime"] == timezone.localtime(go_live_at).isoformat()
    assert not page.live


def test_chief_sees_the_review_queue_with_who_asked_and_for_how_long(client, desk):
    writer = desk["users"]["redacteur"]
    _in_review(desk, writer, "Ancien", hours=26)
    _in_review(desk, writer, "Récent", hours=1)
    _article(desk, writer, "Brouillon pas soumis", live=False)
    _changes_requested(desk, writer, "Déjà renvoyé", "À reprendre.")
    panel = _panel(login(client, "redac-chef").get("/admin/").content.decode(), "newsroom-chief")
    assert _listed(panel) == [
        "Ancien — Jules Rédacteur, depuis 1 j",
        "Récent — Jules Rédacteur, depuis 1 h",
    ]


def test_chief_sees_what_goes_live_today_only(client, desk):
    writer = desk["users"]["redacteur"]
    now = timezone.localtime()
    # Later today if there is time left, else the last minute of the day.
    today = min(now + timedelta(minutes=30), now.replace(hour=23, minute=59, second=0))
    _scheduled(desk, writer, "Ce soir", today)
    _scheduled(desk, writer, "Demain", now + timedelta(days=1, hours=1))
    _in_review(desk, writer, "En relecture")
    panel = _panel(login(client, "redac-chef").get("/admin/").content.decode(), "newsroom-chief")
    assert _listed(panel, "Programmés aujourd’hui") == [f"Ce soir — {today:%H:%M}"]


def test_chief_sees_how_many_comments_wait_for_moderation(client, desk):
    article = _published(desk, desk["users"]["redacteur"], "Commenté")
    for status in [Status.PENDING, Status.PENDING, Status.SPAM, Status.PUBLISHED]:
        CommentFactory(article=article, status=status)
    panel = _panel(
        login(client, "redac-chef").get("/admin/").content.decode(), "pending-reader-comments"
    )
    link = panel.select_one(".comments-dashboard__pending")
    assert " ".join(link.get_text(" ", strip=True).split()) == (
        "2 commentaires en attente de modération"
    )
    assert link["href"] == "/admin/snippets/comments/comment/?status=pending"
    assert "1 indésirable" in panel.get_text()


def test_writer_sees_new_article_button_and_only_own_drafts(client, desk):
    writer = desk["users"]["redacteur"]
    chief = desk["users"]["redac-chef"]
    _article(desk, writer, "Mon brouillon", live=False)
    _article(desk, chief, "Brouillon de la cheffe", live=False)
    html = login(client, "redacteur").get("/admin/").content.decode()
    assert "Nouvel article" in html
    assert f"/admin/pages/add/news/articlepage/{desk['index'].pk}/" in html
    assert "Mon brouillon" in html
    assert "Brouillon de la cheffe" not in html


def test_chief_sees_review_queue_oldest_first_with_age(client, desk):
    writer = desk["users"]["redacteur"]
    workflow = desk["index"].get_workflow()
    for title, hours in [("Récent", 1), ("Ancien", 3)]:
        page = _article(desk, writer, title, live=False)
        page.save_revision(user=writer)
        state = workflow.start(page, writer)
        state.current_task_state.__class__.objects.filter(pk=state.current_task_state.pk).update(
            started_at=timezone.now() - timedelta(hours=hours, minutes=5)
        )
    html = login(client, "redac-chef").get("/admin/").content.decode()
    assert "En attente de ma relecture" in html
    assert html.index("Ancien") < html.index("Récent")
    assert "depuis 3 h" in html


@pytest.mark.parametrize("count", [3, 30])
def test_writer_dashboard_queries_do_not_grow_with_articles(
    client, desk, count, django_assert_max_num_queries
):
    writer = desk["users"]["redacteur"]
    for n in range(count):
        _article(desk, writer, f"Article {n}", live=n % 2 == 0)
    login(client, "redacteur")
    with django_assert_max_num_queries(24):
        assert client.get("/admin/").status_code == 200


def _menu_urls(user):
    """Every link of the admin's main menu as Wagtail builds it for this user, submenus included."""
    from django.test import RequestFactory
    from wagtail.admin.menu import SubmenuMenuItem, admin_menu

    request = RequestFactory().get("/admin/")
    request.user = user

    def walk(menu):
        for item in menu.menu_items_for_request(request):
            if isinstance(item, SubmenuMenuItem):
                yield from walk(item.menu)
            else:
                yield item.label, item.url

    return list(walk(admin_menu))


@pytest.mark.parametrize("username", ["redacteur", "redac-chef"])
def test_every_menu_item_opens_for_the_role(client, desk, username):
    login(client, username)
    urls = _menu_urls(desk["users"][username])
    assert urls
    # Help links to Wagtail's own guide leave the admin; only the admin's pages are walked.
    for label, url in [(label, url) for label, url in urls if url.startswith("/")]:
        # A redirect inside the section is fine (Pages → the site root); one to the dashboard
        # is Wagtail refusing the page.
        response = client.get(url, follow=True)
        assert response.status_code == 200, (label, url, response.status_code)
        assert response.request["PATH_INFO"] != "/admin/", (label, url)


def test_chief_menu_has_sections_tags_and_search_reports(client, desk):
    labels = {str(label) for label, _url in _menu_urls(desk["users"]["redac-chef"])}
    assert {"Catégories", "Mots-clés", "Recherches sans résultat"} <= labels, labels


def test_chief_can_add_a_section_and_a_tag(client, desk):
    login(client, "redac-chef")
    assert client.get("/admin/snippets/news/category/add/").status_code == 200
    assert client.get("/admin/snippets/taggit/tag/add/").status_code == 200


@pytest.mark.parametrize("count", [3, 30])
def test_chief_dashboard_queries_do_not_grow_with_reviews(
    client, desk, count, django_assert_max_num_queries
):
    writer = desk["users"]["redacteur"]
    workflow = desk["index"].get_workflow()
    for n in range(count):
        page = _article(desk, writer, f"À relire {n}", live=False)
        page.save_revision(user=writer)
        workflow.start(page, writer)
    login(client, "redac-chef")
    with django_assert_max_num_queries(28):
        html = client.get("/admin/").content.decode()
    assert "À relire 0" in html
    assert "Commentaires des lecteurs" in html
