"""Tag addresses are ASCII like the categories', and the old accented ones still lead there."""

import importlib

import pytest
from django.apps import apps
from taggit.models import Tag

from tests.support.factories import ArticlePageFactory, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def energy_article(news_index, categories):
    return publish(
        ArticlePageFactory(
            parent=news_index,
            title="Le prix de l’électricité",
            categories=[categories[0]],
            tags=["Énergie"],
        )
    )


def test_a_new_tag_gets_an_ascii_address(energy_article, reader):
    tag = Tag.objects.get(name="Énergie")
    assert tag.slug == "energie"

    response = reader.get("/tag/energie/")
    assert response.status_code == 200
    assert "Le prix de l’électricité" in response.text
    assert reader.get("/tag/energie/flux/rss/").status_code == 200


def test_the_old_accented_address_is_sent_on_for_good(energy_article, reader):
    response = reader.get("/tag/%C3%A9nergie/?page=1")
    assert response.status_code == 301
    assert response["Location"] == "/tag/energie/?page=1"

    # A feed reader subscribed to the old address keeps its feed.
    feed = reader.get("/tag/%C3%A9nergie/flux/rss/")
    assert feed.status_code == 200
    assert "Le prix de l’électricité" in feed.text


def test_an_unknown_tag_is_still_a_404(reader):
    assert reader.get("/tag/%C3%A9nergie/").status_code == 404
    assert reader.get("/tag/inconnu/").status_code == 404


def test_the_migration_makes_existing_slugs_ascii_without_a_collision(db):
    accented = Tag.objects.create(name="Énergie", slug="énergie")
    Tag.objects.create(name="Energie verte", slug="energie")
    plain = Tag.objects.create(name="IA", slug="ia")
    migration = importlib.import_module("news.migrations.0007_ascii_tag_slugs")

    migration.ascii_slugs(apps, None)

    accented.refresh_from_db()
    assert accented.slug == "energie_2"
    assert Tag.objects.get(pk=plain.pk).slug == "ia"
    assert sorted(Tag.objects.values_list("slug", flat=True)) == ["energie", "energie_2", "ia"]
