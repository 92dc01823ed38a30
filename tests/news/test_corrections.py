"""Corrections: dated notes editors append after publication, shown to readers and machines."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, streamfield

from news.models import ArticlePage
from tests.support.editorial import article_form
from tests.support.factories import ArticlePageFactory, CreditedImageFactory, days_ago, publish

pytestmark = pytest.mark.django_db


def text_of(node):
    return " ".join(node.get_text(" ").split())


@pytest.fixture
def article(news_index, categories):
    page = ArticlePageFactory(
        parent=news_index,
        live=False,
        title="Le mercato",
        slug="mercato",
        categories=[categories[0]],
    )
    return publish(page, when=days_ago(3))


def correct(page, *notes):
    page.corrections = [("correction", {"date": date, "text": text}) for date, text in notes]
    publish(page)
    page.refresh_from_db()
    return page


def test_a_published_article_shows_no_correction_and_no_update(reader, article):
    soup = BeautifulSoup(reader.get(article.url).content, "html.parser")
    assert soup.select_one(".article__corrections") is None
    assert soup.select_one(".article__updated") is None


def test_a_correction_is_shown_dated_in_french(reader, article):
    correct(
        article,
        (datetime.date(2026, 11, 26), "Une version précédente situait Meta à Seattle."),
        (datetime.date(2026, 11, 27), "Le montant était de 100 millions, non 10."),
    )
    soup = BeautifulSoup(reader.get(article.url).content, "html.parser")
    notes = [text_of(note) for note in soup.select(".article__corrections .correction")]
    assert notes == [
        "Correction, le 26 novembre 2026 : Une version précédente situait Meta à Seattle.",
        "Correction, le 27 novembre 2026 : Le montant était de 100 millions, non 10.",
    ]


def test_a_correction_updates_the_modified_dates(reader, article):
    before = article.last_published_at
    article = correct(article, (timezone.localdate(), "Une date était fausse."))
    assert article.last_published_at > before
    soup = BeautifulSoup(reader.get(article.url).content, "html.parser")
    updated = soup.select_one(".article__updated time")
    assert updated is not None
    assert "Mis à jour le" in text_of(soup.select_one(".article__updated"))
    modified = timezone.localtime(article.last_published_at).isoformat(timespec="seconds")
    blocks = [json.loads(s.string) for s in soup.select('script[type="application/ld+json"]')]
    news = next(block for block in blocks if block["@type"] == "NewsArticle")
    assert news["dateModified"] == modified
    assert news["dateModified"] > news["datePublished"]
    assert news["correction"] == [
        {
            "@type": "CorrectionComment",
            "text": "Une date était fausse.",
            "datePublished": timezone.localdate().isoformat(),
        }
    ]
    assert soup.find("meta", property="article:modified_time")["content"] == modified


def test_a_correction_dated_after_the_last_publication_still_counts(article):
    later = timezone.localdate() + datetime.timedelta(days=2)
    ArticlePage.objects.filter(pk=article.pk).update(
        corrections=json.dumps(
            [{"type": "correction", "value": {"date": later.isoformat(), "text": "Précision."}}]
        )
    )
    article.refresh_from_db()
    assert timezone.localtime(article.modified_at).date() == later
    assert article.was_updated


def test_editors_add_a_correction_in_the_admin_and_other_saves_keep_it(client, article, categories):
    admin = get_user_model().objects.create_superuser("chef", "chef@example.com", "x")
    client.force_login(admin)
    edit = reverse("wagtailadmin_pages:edit", args=[article.pk])
    image = CreditedImageFactory()
    data = article_form(image, categories[:1], "action-publish", title="Le mercato", slug="mercato")
    data.update(
        nested_form_data(
            {
                "corrections": streamfield(
                    [("correction", {"date": "2026-11-26", "text": "Le chiffre était faux."})]
                )
            }
        )
    )
    assert client.post(edit, data).status_code == 302
    article.refresh_from_db()
    assert article.correction_notes == [(datetime.date(2026, 11, 26), "Le chiffre était faux.")]
    # A form that does not carry the corrections (an older editor tab) leaves them alone.
    data = article_form(image, categories[:1], "action-publish", title="Le mercato", slug="mercato")
    assert client.post(edit, data).status_code == 302
    article.refresh_from_db()
    assert article.correction_notes == [(datetime.date(2026, 11, 26), "Le chiffre était faux.")]
