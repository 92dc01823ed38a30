"""Control characters written through every way in: the admin's forms (article, category,
tag, image, AI notice), the reader's comment form, the importer and a plain model save.
Whatever comes in, what is stored holds none, and a name, a title or a tag is one line."""

import json
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse
from taggit.models import Tag
from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

from comments.models import Comment
from editorial.importing import import_article
from editorial.roles import ensure_roles
from news.models import ArticlePage, Category, CreditedImage
from notice.models import AINotice
from tests.support.commenting import post as post_comment
from tests.support.control_characters import (
    FORBIDDEN,
    SURROGATES,
    assert_clean,
    dirty,
    well_formed_xml,
    words,
)
from tests.support.editorial import add_url, article_form, credited_image, login, setup_newsroom
from tests.support.factories import ArticlePageFactory, publish
from tests.support.hostile import contentstate

pytestmark = pytest.mark.django_db

EXAMPLE = Path(__file__).parent.parent / "data" / "import"
# Where Django's own form field reads the text first (StreamField blocks, the image form),
# its validator refuses NUL with a form error; the other characters are dropped on save.
IN_BLOCKS = [char for char in FORBIDDEN if char != "\x00"]


def text_values(instance):
    """Every text column of a row, by field name."""
    return {
        field.name: getattr(instance, field.attname)
        for field in instance._meta.concrete_fields
        if isinstance(getattr(instance, field.attname), str)
    }


def assert_stored_clean(instance):
    for name, value in text_values(instance).items():
        assert_clean(value, f"{type(instance).__name__}.{name}")


def admin_errors(response):
    """What the admin says is wrong, to show when a post is refused."""
    soup = BeautifulSoup(response.content, "html.parser")
    found = soup.select(".error-message, .w-field__errors, .help-critical, [data-w-messages]")
    text = " | ".join(" ".join(node.get_text().split()) for node in found)
    blocks = [s.string for s in soup("script") if s.string and "blockErrors" in s.string]
    return text + " ".join(b[:1500] for b in blocks)


def form_values(html, selector="form[method=post i]"):
    """The values a browser would post from the page's form, as they stand."""
    form = BeautifulSoup(html, "html.parser").select_one(selector)
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name, kind = field["name"], field.get("type", "")
        if kind in {"submit", "file", "button"} or (
            kind in {"checkbox", "radio"} and not field.has_attr("checked")
        ):
            continue
        if field.name == "textarea":
            data[name] = field.get_text()
        elif field.name == "select":
            chosen = field.select_one("option[selected]")
            data[name] = chosen["value"] if chosen else ""
        else:
            data[name] = field.get("value", "")
    return data


@pytest.fixture
def newsroom(news_index, categories):
    return {"users": setup_newsroom(), "image": credited_image(), "categories": categories}


def test_article_written_in_the_editor_is_stored_without_control_characters(
    client, newsroom, news_index
):
    Tag.objects.create(name="OpenAI", slug="openai")
    body = streamfield(
        [
            ("paragraph", rich_text(f"<p>{dirty('Premier paragraphe', IN_BLOCKS)}</p>")),
            ("heading", {"text": dirty("Un intertitre", IN_BLOCKS), "level": "h2"}),
            (
                "pull_quote",
                {
                    "quote": dirty("Une citation", IN_BLOCKS),
                    "attribution": dirty("Une personne", IN_BLOCKS),
                },
            ),
            ("fact_box", {"title": dirty("Bref", IN_BLOCKS), "text": rich_text("<p>Fait</p>")}),
        ]
    )
    data = article_form(
        newsroom["image"],
        newsroom["categories"][:1],
        "action-publish",
        title=dirty("Les chercheurs changent d’équipe", FORBIDDEN),
        seo_title=dirty("Titre pour les moteurs", FORBIDDEN),
        search_description=dirty("Une description", FORBIDDEN),
        standfirst=dirty("Un mercato très agité.", FORBIDDEN),
        hero_alt_text=dirty("Un dégradé bleu", FORBIDDEN),
        hero_caption=dirty("Une légende", FORBIDDEN),
        body=body,
        tags=dirty("OpenAI", IN_BLOCKS) + ", " + dirty("Sujet neuf", IN_BLOCKS),
        sources=inline_formset(
            [{"name": dirty("Tech crunch", FORBIDDEN), "url": "https://techcrunch.com/"}]
        ),
        ai_model=dirty("Modèle X", FORBIDDEN),
        ai_model_version=dirty("2", FORBIDDEN),
        prompt_reference=dirty("brief 42", FORBIDDEN),
    )
    login(client, "admin")
    response = client.post(add_url(news_index), data)
    assert response.status_code == 302, admin_errors(response)

    article = ArticlePage.objects.get(slug="les-chercheurs-changent-dequipe")
    assert article.live
    assert_stored_clean(article)
    assert words(article.title) == "Les chercheurs changent d’équipe"
    assert_clean(json.dumps(list(article.body.raw_data), ensure_ascii=False), "body")
    assert words(article.body[1].value["text"]) == "Un intertitre"
    for source in article.sources.all():
        assert_stored_clean(source)
    # The existing tag is found, not duplicated; the new one is stored clean.
    assert sorted(words(tag.name) for tag in article.tags.all()) == ["OpenAI", "Sujet neuf"]
    assert Tag.objects.filter(name__startswith="OpenAI").count() == 1
    for tag in Tag.objects.all():
        assert_stored_clean(tag)
    for url in ["/flux/rss/", "/tag/openai/flux/atom/", "/sitemap-news.xml"]:
        well_formed_xml(client.get(url), url)


def test_lone_surrogate_in_a_paragraph_is_dropped_not_a_server_error(client, newsroom, news_index):
    # Draftail posts JSON: a lone surrogate arrives escaped, and no database can store it.
    paragraph = contentstate(("Un paragraphe \ud800 coupé", None))
    data = article_form(
        newsroom["image"],
        newsroom["categories"][:1],
        "action-publish",
        body=streamfield([("paragraph", paragraph)]),
    )
    login(client, "admin")
    assert client.post(add_url(news_index), data).status_code == 302
    article = ArticlePage.objects.get(slug="les-chercheurs-changent-dequipe")
    assert "Un paragraphe  coupé" in article.body.raw_data[0]["value"]


def test_a_nul_in_a_block_is_a_form_error_not_a_500(client, newsroom, news_index):
    body = streamfield([("heading", {"text": "Un\x00intertitre", "level": "h2"})])
    data = article_form(newsroom["image"], newsroom["categories"][:1], "action-publish", body=body)
    login(client, "admin")
    response = client.post(add_url(news_index), data)
    assert response.status_code == 200
    # The block's error, in the editor's JSON data.
    assert "caract\\u00e8re nul n\\u2019est pas autoris" in response.content.decode()
    assert not ArticlePage.objects.exists()


@pytest.mark.parametrize("break_", ["\n", "\r\n", "\u2028", "\x0b"])
def test_a_title_is_one_line_and_its_review_e_mail_is_sent(
    client, newsroom, news_index, mailoutbox, break_
):
    data = article_form(
        newsroom["image"],
        newsroom["categories"][:1],
        "action-submit",
        title=f"Les chercheurs{break_}Bcc: tous@example.org",
    )
    login(client, "redacteur")
    assert client.post(add_url(news_index), data).status_code == 302
    article = ArticlePage.objects.get(slug="les-chercheurs-changent-dequipe")
    assert article.title == article.draft_title == "Les chercheurs Bcc: tous@example.org"
    assert [mail.to for mail in mailoutbox] == [["redac-chef@example.org"]]
    assert "Les chercheurs Bcc: tous@example.org" in mailoutbox[0].subject


def test_category_and_tag_snippets_are_stored_without_control_characters(client, newsroom):
    login(client, "admin")
    add = reverse("wagtailsnippets_news_category:add")
    data = {
        "name": dirty("Nouvelle rubrique", FORBIDDEN),
        "slug": "nouvelle-rubrique",
        "description": dirty("Tout sur le sujet.\nEn deux lignes.", FORBIDDEN),
        "sort_order": "5",
    }
    assert client.post(add, data).status_code == 302
    category = Category.objects.get(slug="nouvelle-rubrique")
    assert_stored_clean(category)
    assert category.name == "Nouvelle rubrique"
    assert "\n" in category.description  # a text keeps its lines

    tag_add = reverse("wagtailsnippets_taggit_tag:add")
    data = {"name": dirty("Un sujet", FORBIDDEN), "slug": "un-sujet"}
    assert client.post(tag_add, data).status_code == 302
    assert Tag.objects.get(slug="un-sujet").name == "Un sujet"


def test_a_name_differing_only_by_a_control_character_is_a_duplicate_not_a_500(client, newsroom):
    login(client, "admin")
    add = reverse("wagtailsnippets_news_category:add")
    data = {
        "name": "Techno\x01logie",
        "slug": "technologie-bis",
        "description": "",
        "sort_order": 0,
    }
    response = client.post(add, data)
    assert response.status_code == 200, response.status_code
    assert "existe déjà" in response.content.decode(), response.content.decode()[:3000]
    assert Category.objects.count() == 3  # the three of the fixture, no new one


def test_image_fields_edited_in_the_admin_are_stored_clean(client, newsroom):
    image = newsroom["image"]
    login(client, "admin")
    url = reverse("wagtailimages:edit", args=[image.pk])
    data = form_values(client.get(url).content)
    for name in ["title", "description", "photographer", "credit_source", "licence"]:
        data[name] = dirty(f"Valeur de {name}", IN_BLOCKS)
    response = client.post(url, data)
    assert response.status_code == 302, admin_errors(response)
    image = CreditedImage.objects.get(pk=image.pk)
    assert_stored_clean(image)
    assert image.photographer == "Valeur de photographer"


def test_ai_notice_edited_in_the_settings_is_stored_clean(client, newsroom):
    login(client, "admin")
    AINotice.load()
    url = reverse("wagtailsettings:edit", args=["notice", "ainotice"])
    page = client.get(url, follow=True)  # to the setting's own address
    url = page.redirect_chain[-1][0] if page.redirect_chain else url
    data = form_values(page.content)
    data["text"] = contentstate((dirty("Écrit par une IA", IN_BLOCKS), None))
    data["learn_more_label"] = dirty("En savoir plus", FORBIDDEN)
    response = client.post(url, data)
    assert response.status_code == 302, admin_errors(response)
    notice = AINotice.load()
    assert_stored_clean(notice)
    assert "Écrit par une IA" in words(notice.text)


def test_a_model_saved_outside_any_form_is_stored_clean(news_index):
    """The shell, a script, a data migration: the model's save applies the rule too."""
    user = get_user_model().objects.create_user("camille", first_name=dirty("Camille"))
    category = Category.objects.create(name=dirty("Une rubrique"), slug="une-rubrique")
    article = publish(
        ArticlePageFactory(
            parent=news_index,
            live=False,
            title=dirty("Un titre\nsur deux"),
            standfirst=dirty("Un chapô"),
            body=[{"type": "heading", "value": {"text": dirty("Un intertitre"), "level": "h2"}}],
            tags=[dirty("Un sujet")],
        )
    )
    article = ArticlePage.objects.get(pk=article.pk)
    for row in [user, category, article, *Tag.objects.all()]:
        row.refresh_from_db()
        assert_stored_clean(row)
    assert words(user.first_name) == "Camille"
    assert words(article.title) == "Un titre sur deux"
    assert "\n" not in article.title
    assert_clean(json.dumps(list(article.body.raw_data), ensure_ascii=False), "body")


# ---------- The reader's comment form ----------


@pytest.fixture
def commented(news_index, empty_cache):
    return publish(ArticlePageFactory(parent=news_index, live=False, title="Un article"))


def test_a_comment_is_stored_without_control_characters(client, commented):
    response = post_comment(
        client,
        commented,
        name=dirty("Claire Martin", FORBIDDEN),
        body=dirty("Très bon résumé.\nMerci pour la suite.", FORBIDDEN),
    )
    assert response.status_code == 303
    comment = Comment.objects.get()
    assert_stored_clean(comment)
    assert comment.author_name == "Claire Martin"
    assert "\n" in comment.body  # a comment keeps its paragraphs


@pytest.mark.parametrize("break_", ["\n", "\r\n", "\r", "\u2028", "\x85", "\t"])
def test_a_commenter_name_is_one_line(client, commented, break_):
    post_comment(client, commented, name=f"Claire{break_}— Faux, sur « Autre »")
    assert Comment.objects.get().author_name == "Claire — Faux, sur « Autre »"


@pytest.mark.parametrize("field", ["email", "url"])
def test_a_line_break_in_the_e_mail_or_website_is_refused(client, commented, field):
    value = {"email": "claire@example.fr\nBcc: x@example.org", "url": "https://a.fr/\nx"}[field]
    response = post_comment(client, commented, **{field: value})
    assert response.status_code == 400
    assert not Comment.objects.exists()
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(f"#id_{field}-error")


# ---------- The importer ----------


@pytest.fixture
def import_folder(tmp_path, categories, news_index):
    ensure_roles()
    shutil.copytree(EXAMPLE, tmp_path, dirs_exist_ok=True)
    return tmp_path


KEPT = {"type", "level", "file", "generated_at", "url", "source_url", "prompt_reference"}


def soil(value, chars):
    """Every text of the import file soiled, but what must stay a code, a date or an address."""
    if isinstance(value, str):
        return dirty(value, chars)
    if isinstance(value, dict):
        return {k: v if k in KEPT else soil(v, chars) for k, v in value.items()}
    if isinstance(value, list):
        return [soil(item, chars) for item in value]
    return value


@pytest.mark.parametrize("chars", ["all", "surrogates"])
def test_an_imported_article_is_stored_without_control_characters(import_folder, chars):
    chars = FORBIDDEN + SURROGATES if chars == "all" else SURROGATES
    data = json.loads((EXAMPLE / "article.json").read_text(encoding="utf-8"))
    slugs = data.pop("categories")
    soiled = soil(data, chars)
    soiled["categories"], soiled["slug"] = slugs, "article-importe"
    soiled["tags"] = [dirty("OpenAI", chars), "Meta\nAI"]
    # ensure_ascii: the surrogates are written as \\ud800 escapes, as a pipeline would.
    (import_folder / "article.json").write_text(json.dumps(soiled), encoding="utf-8")
    editor = get_user_model().objects.create_user("redacteur")
    editor.is_superuser = True
    editor.save()
    result = import_article(import_folder / "article.json", editor, submit=False)

    page = ArticlePage.objects.get(pk=result.page.pk)
    assert_stored_clean(page)
    assert_clean(json.dumps(list(page.body.raw_data), ensure_ascii=False), "body")
    assert_stored_clean(page.hero_image)
    for row in [*page.sources.all(), *page.tags.all()]:
        assert_stored_clean(row)
    assert sorted(tag.name for tag in page.tags.all()) == ["Meta AI", "OpenAI"]
    assert words(page.title) == words(data["title"])
