"""What the writer and the editor-in-chief see on the admin dashboard."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.editorial import login
from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def _article(desk, owner, title, **kwargs):
    page = ArticlePageFactory(parent=desk["index"], title=title, owner=owner, **kwargs)
    return page


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
    with django_assert_max_num_queries(27):
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
    with django_assert_max_num_queries(30):
        html = client.get("/admin/").content.decode()
    assert "À relire 0" in html
    assert "Commentaires des lecteurs" in html
