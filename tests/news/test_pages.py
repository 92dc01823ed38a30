"""Page types: where they live, what editors can create, what readers see."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from news.models import ArticlePage, NewsIndexPage
from tests.support.factories import (
    ArticlePageFactory,
    CategoryFactory,
    CreditedImageFactory,
    NewsIndexPageFactory,
    publish,
)


class PageTreeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePage.objects.get()
        cls.index = publish(NewsIndexPageFactory(parent=cls.home, live=False))
        cls.category = CategoryFactory(name="Technologie", slug="technologie")
        cls.image = CreditedImageFactory(description="Un dégradé bleu")

    def setUp(self):
        self.login()

    def test_parent_and_child_types(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(ArticlePage, {NewsIndexPage})
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {ArticlePage})
        self.assertAllowedSubpageTypes(ArticlePage, set())

    def test_articles_only_go_under_the_news_index(self):
        self.assertCanCreateAt(NewsIndexPage, ArticlePage)
        self.assertCanNotCreateAt(HomePage, ArticlePage)
        self.assertCanNotCreateAt(StandardPage, ArticlePage)

    def test_there_is_a_single_news_index(self):
        self.assertFalse(NewsIndexPage.can_create_at(self.home))

    def article_form_data(self, **overrides):
        data = {
            "title": "Les chercheurs changent d’équipe",
            "slug": "les-chercheurs-changent-dequipe",
            "standfirst": "Un mercato très agité.",
            "hero_image": self.image.pk,
            "hero_alt_text": "",
            "hero_caption": "",
            "body": streamfield(
                [
                    ("paragraph", rich_text("<p>Premier paragraphe.</p>")),
                    (
                        "pull_quote",
                        {"quote": "L’argent attire les algorithmes.", "attribution": ""},
                    ),
                    ("heading", {"text": "La suite", "level": "h2"}),
                    ("paragraph", rich_text("<p>Second paragraphe.</p>")),
                ]
            ),
            "tags": "OpenAI, Meta",
            "sources": inline_formset([{"name": "Techcrunch", "url": "https://techcrunch.com/"}]),
            "publication_date": "",
        }
        data.update(overrides)
        data = nested_form_data(data)
        data["categories"] = [self.category.pk]  # a multiple-choice field, posted as a list
        return data

    def test_editor_creates_an_article_with_a_pull_quote(self):
        self.assertCanCreate(self.index, ArticlePage, self.article_form_data())
        article = ArticlePage.objects.get(slug="les-chercheurs-changent-dequipe")
        self.assertEqual(
            [block.block_type for block in article.body],
            ["paragraph", "pull_quote", "heading", "paragraph"],
        )
        self.assertEqual(article.body[1].value["quote"], "L’argent attire les algorithmes.")
        self.assertEqual(list(article.categories.all()), [self.category])
        self.assertEqual(sorted(article.tags.names()), ["Meta", "OpenAI"])
        self.assertEqual([s.name for s in article.sources.all()], ["Techcrunch"])

    def test_an_image_without_alt_text_must_be_described_or_marked_decorative(self):
        bare = CreditedImageFactory(description="")
        article = ArticlePageFactory.build(hero_image=bare, hero_alt_text="")
        with pytest.raises(ValidationError) as error:
            article.clean()
        self.assertIn("hero_alt_text", error.value.message_dict)
        article.hero_is_decorative = True
        article.clean()
        self.assertEqual(article.hero_alt, "")
        article.hero_is_decorative = False
        article.hero_alt_text = "Un graphique des salaires"
        article.clean()
        self.assertEqual(article.hero_alt, "Un graphique des salaires")

    def test_admin_form_refuses_a_hero_without_description(self):
        bare = CreditedImageFactory(description="")
        data = self.article_form_data(hero_image=bare.pk, slug="sans-description")
        response = self.client.post(f"/admin/pages/add/news/articlepage/{self.index.pk}/", data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Décrivez l’image pour les lecteurs qui ne peuvent pas")
        self.assertFalse(ArticlePage.objects.filter(slug="sans-description").exists())

    def test_reading_time_follows_the_body_length(self):
        words = " ".join(["mot"] * 700)
        article = ArticlePageFactory(parent=self.index, body=[("paragraph", f"<p>{words}</p>")])
        self.assertEqual(article.reading_time, 4)  # 700 words at 230 a minute

    def test_credit_reads_photographer_then_agency(self):
        image = CreditedImageFactory(photographer="Philippa Rose-Tite", credit_source="Unsplash")
        self.assertEqual(image.credit, "Philippa Rose-Tite / Unsplash")
        image.photographer = ""
        self.assertEqual(image.credit, "Unsplash")
