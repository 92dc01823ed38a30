"""The admin screens a writer and the chief use read in French, without Wagtail's placeholders."""

import json
import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from comments.models import Comment
from news.models import Category
from tests.support.editorial import (
    article_form,
    edit_url,
    login,
    submit_new_article,
    workflow_action_url,
)
from tests.support.factories import CommentFactory

# Left by Wagtail's French catalog; staff/admin_french.py overrides them.
FORBIDDEN = [
    re.compile(r"\w\((e|tte)\)"),
    re.compile(r"\ble/la\b"),
    re.compile(r"\bSalut\b"),
    re.compile(r"\bStatus\b"),
    re.compile(r"\b[Ww]orkflows?\b"),
    # Django's timesince says « 0 minute » in French, where Wagtail expects « 0 minutes ».
    re.compile(r"\b0\s+minute\b"),
    # English on the writer's and the chief's path: relative times of humanize, the root
    # page's title, Wagtail's untranslated words.
    re.compile(r"\b(now|ago|seconds?|Root|Timeline|text|e\.g|my-slug)\b"),
    # The dashboard's summary: « crées » for « créées », « dans » glued to the site's name.
    re.compile(r"\bcrées\b"),
    re.compile(r"\bdans(?=[A-ZÀ-Ý])"),
]


class _Text(HTMLParser):
    """What a person reads or hears: text, labels and tooltips, and templates JS will show."""

    SPOKEN = {"title", "placeholder", "aria-label", "alt"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style"):
            self.skipping += 1
        self.parts.extend(value for name, value in attrs.items() if name in self.SPOKEN and value)
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.parts.append(attrs["value"])

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def visible_text(html):
    """The text of a page, or of a chooser's JSON answer (its `html`)."""
    if html.lstrip().startswith("{"):
        html = json.loads(html).get("html", "")
    parser = _Text()
    parser.feed(html)
    return "\n".join(parser.parts)


def offending(text):
    text = re.sub(r"\S+://\S+", " ", text)  # addresses: /admin/pages/workflow/preview/
    return sorted({match.group(0) for pattern in FORBIDDEN for match in pattern.finditer(text)})


SCREENS = [
    "wagtailadmin_home",
    "wagtailadmin_explore_root",
    "wagtailadmin_account",
    "wagtailadmin_reports:locked_pages",
    "wagtailimages_chooser:choose",
    "wagtailadmin_choose_page",
    "wagtailadmin_pages:search",
    "wagtailadmin_reports:site_history",
    "wagtaildocs_chooser:choose",
]


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["redacteur", "redac-chef"])
def test_admin_screens_have_no_placeholder_or_english_workflow(client, desk, username):
    login(client, username)
    found = {}
    for name in SCREENS + [("wagtailadmin_pages:add", ("news", "articlepage", desk["index"].pk))]:
        name, args = name if isinstance(name, tuple) else (name, ())
        response = client.get(reverse(name, args=args), follow=True)
        assert response.status_code in (200, 403), name
        bad = offending(visible_text(response.content.decode()))
        if bad:
            found[name] = bad
    assert found == {}


def test_overridden_strings_read_in_french():
    from django.utils import translation

    with translation.override("fr"):
        assert translation.gettext("Hello %(username)s,") == "Bonjour %(username)s,"
        assert "(e)" not in translation.gettext("Add %(model_name)s")
        assert translation.gettext("Current page status:") == "Statut actuel de la page :"
        assert "mis à jour" not in translation.gettext("%(setting_type)s updated.")


ENGLISH = re.compile(
    r"\b(Password|Root|Submit|Save|Publish|Delete|Cancel|Search|Choose|Hello|Hi)\b"
)


@pytest.mark.django_db
def test_login_page_and_password_reset_email_read_in_french(client, desk, mailoutbox):
    page = visible_text(client.get(reverse("wagtailadmin_login")).content.decode())
    assert ENGLISH.findall(page) == []
    client.post(reverse("wagtailadmin_password_reset"), {"email": "redacteur@example.org"})
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    text = f"{mail.subject}\n{mail.body}"
    assert ENGLISH.findall(text) == []
    assert offending(text) == []


@pytest.fixture
def changes_requested(client, desk):
    """An article the writer submitted and the chief sent back, with a reader comment."""
    article = submit_new_article(client, desk)
    login(client, "redac-chef")
    client.post(workflow_action_url(article, "reject"), {"comment": "Revoir le titre."})
    client.logout()
    CommentFactory(article=article)
    article.refresh_from_db()
    return article


def editorial_path(article, index, username):
    """The screens a writer and the chief go through to review an article."""
    workflow_state = article.workflow_states.get()
    category_chooser = Category.snippet_viewset.chooser_viewset
    path = {
        "edit": edit_url(article),
        "workflow history": reverse("wagtailadmin_pages:workflow_history", args=[article.pk]),
        "workflow history detail": reverse(
            "wagtailadmin_pages:workflow_history_detail", args=[article.pk, workflow_state.pk]
        ),
        "history": reverse("wagtailadmin_pages:history", args=[article.pk]),
        "category chooser": reverse(category_chooser.get_url_name("choose")),
        "category chooser results": reverse(category_chooser.get_url_name("choose_results")),
        "image chooser": reverse("wagtailimages_chooser:choose"),
        "page chooser": reverse("wagtailadmin_choose_page"),
        "page chooser, news": reverse("wagtailadmin_choose_page_child", args=[index.pk]),
        "comments": reverse(Comment.snippet_viewset.get_url_name("list")),
        "sources": reverse("news_articlesource_modeladmin_index"),
        "explorer": reverse("wagtailadmin_explore", args=[index.pk]),
    }
    if username == "redacteur":  # the chief moderates readers' comments
        del path["comments"]
    return path


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["redacteur", "redac-chef"])
def test_editorial_path_reads_in_french(client, desk, changes_requested, username):
    login(client, username)
    found = {}
    for name, url in editorial_path(changes_requested, desk["index"], username).items():
        response = client.get(url)
        assert response.status_code == 200, name
        bad = offending(visible_text(response.content.decode()))
        if bad:
            found[name] = bad
    assert found == {}


# humanize's naturaltime, a moment after the action.
JUST_NOW = r"(à\sl’instant|il\sy\sa\sune\sseconde|il\sy\sa\s\d+\ssecondes)"


def dialog_heading(html, dialog_id):
    dialog = html[html.index(f'id="{dialog_id}"') :]
    heading = re.search(r'class="w-dialog__message-heading">(.*?)</strong>', dialog, re.S)
    return " ".join(heading.group(1).split())


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["redacteur", "redac-chef"])
def test_status_details_name_who_requested_the_changes(client, desk, changes_requested, username):
    login(client, username)
    html = client.get(edit_url(changes_requested)).content.decode()
    heading = dialog_heading(html, "workflow-status-dialog")
    assert re.fullmatch(f"Modifications demandées {JUST_NOW} par Camille Durand", heading), heading


@pytest.mark.django_db
def test_status_details_name_who_submitted_while_in_review(client, desk):
    article = submit_new_article(client, desk)
    login(client, "redac-chef")
    html = client.get(edit_url(article)).content.decode()
    heading = dialog_heading(html, "workflow-status-dialog")
    assert re.fullmatch(f"Envoyé vers .+ {JUST_NOW} par Jules Rédacteur", heading), heading


def mail_texts(mailoutbox):
    texts = []
    for mail in mailoutbox:
        html = "".join(
            content for content, mimetype in mail.alternatives if mimetype == "text/html"
        )
        texts.append(f"{mail.subject}\n{mail.body}\n{visible_text(html)}")
    mailoutbox.clear()
    return texts


@pytest.mark.django_db
def test_workflow_emails_read_in_french(client, desk, mailoutbox):
    article = submit_new_article(client, desk)
    submitted = mail_texts(mailoutbox)
    login(client, "redac-chef")
    client.post(workflow_action_url(article, "reject"), {"comment": "Revoir le titre."})
    rejected = mail_texts(mailoutbox)
    login(client, "redacteur")
    form = article_form(desk["image"], desk["categories"][:1], "action-submit")
    assert client.post(edit_url(article), form).status_code == 302
    resubmitted = mail_texts(mailoutbox)
    login(client, "redac-chef")
    article.refresh_from_db()
    client.post(workflow_action_url(article, "approve"), {"comment": "Bon pour publication."})
    approved = mail_texts(mailoutbox)
    mails = {"submitted": submitted, "changes requested": rejected}
    mails |= {"resubmitted": resubmitted, "approved": approved}
    assert all(mails.values()), {name: len(texts) for name, texts in mails.items()}
    found = {name: offending("\n".join(texts)) for name, texts in mails.items()}
    assert found == dict.fromkeys(mails, [])
