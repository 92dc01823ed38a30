"""What search engines and social networks read: the seed article's Open Graph and JSON-LD,
field by field, the home page's WebSite, listings, previews and escaping."""

import io
import json

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone

from news.models import ArticlePage, Category
from tests.demo.test_demo_site import SEED_SLUG
from tests.support.factories import ArticlePageFactory, NewsIndexPageFactory, publish

ROOT = "http://localhost"


def head_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").head


def json_ld(head):
    """Every JSON-LD block of the page, parsed (a syntax error fails the test)."""
    return [
        json.loads(script.string) for script in head.select('script[type="application/ld+json"]')
    ]


def of_type(blocks, kind):
    return next(block for block in blocks if block["@type"] == kind)


def meta(head, key):
    tag = head.find("meta", attrs={"property": key}) or head.find("meta", attrs={"name": key})
    return tag["content"] if tag else None


def metas(head, key):
    return [tag["content"] for tag in head.find_all("meta", attrs={"property": key})]


class SeedArticleMetadataTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo_content", stdout=io.StringIO())
        cls.seed = ArticlePage.objects.get(slug=SEED_SLUG)
        cls.url = f"{ROOT}/actualites/{SEED_SLUG}/"

    def setUp(self):
        self.client.defaults["HTTP_HOST"] = "localhost"
        self.head = head_of(self.client.get(self.seed.url))

    def test_title_description_canonical_and_language(self):
        head = self.head
        self.assertEqual(
            head.title.get_text(),
            "Méninges & Millions : l’IA fait son marché… gris — Méninges & Millions",
        )
        self.assertEqual(meta(head, "description"), self.seed.standfirst)
        self.assertEqual(head.find("link", rel="canonical")["href"], self.url)
        hreflang = head.find("link", attrs={"hreflang": True})
        self.assertEqual((hreflang["hreflang"], hreflang["href"]), ("fr", self.url))
        markdown = head.find("link", attrs={"type": "text/markdown"})
        self.assertEqual(markdown["href"], self.url.rstrip("/") + ".md")

    def test_open_graph(self):
        head = self.head
        self.assertEqual(meta(head, "og:type"), "article")
        self.assertEqual(meta(head, "og:title"), "Méninges & Millions : l’IA fait son marché… gris")
        self.assertEqual(meta(head, "og:description"), self.seed.standfirst)
        self.assertEqual(meta(head, "og:url"), self.url)
        self.assertEqual(meta(head, "og:site_name"), "Méninges & Millions")
        self.assertEqual(meta(head, "og:locale"), "fr_FR")
        self.assertRegex(meta(head, "og:image"), rf"^{ROOT}/media/images/.+\.fill-1200x630")
        self.assertEqual(meta(head, "og:image:type"), "image/jpeg")
        self.assertEqual(
            (meta(head, "og:image:width"), meta(head, "og:image:height")), ("640", "336")
        )
        self.assertEqual(
            meta(head, "og:image:alt"),
            "man in red and white striped soccer jersey shirt holding white and blue soccer ball",
        )
        published = timezone.localtime(self.seed.display_date).isoformat(timespec="seconds")
        self.assertEqual(meta(head, "article:published_time"), published)
        self.assertEqual(meta(head, "article:modified_time"), published)
        self.assertEqual(meta(head, "article:section"), "Intelligence Artificielle")
        self.assertEqual(metas(head, "article:tag"), ["OpenAI", "Meta", "Recrutement"])

    def test_twitter_card(self):
        head = self.head
        self.assertEqual(meta(head, "twitter:card"), "summary_large_image")
        self.assertEqual(meta(head, "twitter:title"), meta(head, "og:title"))
        self.assertEqual(meta(head, "twitter:description"), self.seed.standfirst)
        self.assertEqual(meta(head, "twitter:image"), meta(head, "og:image"))
        self.assertEqual(meta(head, "twitter:image:alt"), meta(head, "og:image:alt"))

    def test_news_article_json_ld(self):
        article = of_type(json_ld(self.head), "NewsArticle")
        published = timezone.localtime(self.seed.display_date).isoformat(timespec="seconds")
        self.assertEqual(article["@context"], "https://schema.org")
        self.assertEqual(article["url"], self.url)
        self.assertEqual(article["headline"], "Méninges & Millions : l’IA fait son marché… gris")
        self.assertEqual(article["description"], self.seed.standfirst)
        self.assertEqual(article["inLanguage"], "fr")
        self.assertEqual(article["datePublished"], published)
        self.assertEqual(article["dateModified"], published)
        self.assertEqual(
            article["author"],
            {"@type": "Organization", "name": "Méninges & Millions", "url": f"{ROOT}/"},
        )
        publisher = article["publisher"]
        self.assertEqual(publisher["@type"], "NewsMediaOrganization")
        self.assertEqual(publisher["name"], "Méninges & Millions")
        self.assertEqual(publisher["logo"]["url"], f"{ROOT}/static/img/publisher-logo.png")
        self.assertEqual((publisher["logo"]["width"], publisher["logo"]["height"]), (512, 512))
        self.assertEqual(
            publisher["publishingPrinciples"],
            f"{ROOT}/intelligence-artificielle-et-redaction/",
        )
        self.assertEqual(
            article["articleSection"],
            ["Intelligence Artificielle", "Réseaux sociaux", "Technologie"],
        )
        self.assertEqual(article["keywords"], ["OpenAI", "Meta", "Recrutement"])
        self.assertEqual(
            article["isBasedOn"],
            [{"@type": "CreativeWork", "name": "Techcrunch", "url": "https://techcrunch.com/"}],
        )

    def test_json_ld_images_carry_their_credit(self):
        images = of_type(json_ld(self.head), "NewsArticle")["image"]
        self.assertEqual(len(images), 3)
        specs = ["fill-1200x675", "fill-1200x900", "fill-1200x1200"]
        for image, spec in zip(images, specs, strict=True):
            self.assertEqual(image["@type"], "ImageObject")
            self.assertIn(spec, image["url"])
            self.assertTrue(image["url"].startswith(f"{ROOT}/media/"))
            self.assertEqual(image["creditText"], "Philippa Rose-Tite / Unsplash")
            self.assertEqual(
                image["copyrightHolder"], {"@type": "Person", "name": "Philippa Rose-Tite"}
            )
            self.assertEqual(
                image["license"], {"@type": "CreativeWork", "name": "Licence Unsplash"}
            )
            self.assertIsInstance(image["width"], int)

    def test_json_ld_says_the_text_is_machine_written_and_who_reviewed_it(self):
        article = of_type(json_ld(self.head), "NewsArticle")
        self.assertEqual(
            article["digitalSourceType"], "https://schema.org/TrainedAlgorithmicMediaDigitalSource"
        )
        self.assertEqual(
            article["creditText"],
            "Article rédigé par Modèle de démonstration 1.0, relu par Camille Durand",
        )
        page = article["mainEntityOfPage"]
        self.assertEqual((page["@type"], page["@id"]), ("WebPage", self.url))
        self.assertEqual(page["reviewedBy"], {"@type": "Person", "name": "Camille Durand"})
        self.assertEqual(
            page["lastReviewed"],
            timezone.localtime(self.seed.approved_at).isoformat(timespec="seconds"),
        )

    def test_breadcrumbs(self):
        trail = of_type(json_ld(self.head), "BreadcrumbList")["itemListElement"]
        self.assertEqual(
            [(item["position"], item["name"], item["item"]) for item in trail],
            [
                (1, "Accueil", f"{ROOT}/"),
                (2, "Intelligence Artificielle", f"{ROOT}/categorie/intelligence-artificielle/"),
                (3, "Méninges & Millions : l’IA fait son marché… gris", self.url),
            ],
        )

    def test_seo_fields_override_the_defaults(self):
        self.seed.seo_title = "L’IA et le mercato des chercheurs"
        self.seed.search_description = "Meta recrute chez OpenAI."
        publish(self.seed)
        head = head_of(self.client.get(self.seed.url))
        self.assertEqual(
            head.title.get_text(), "L’IA et le mercato des chercheurs — Méninges & Millions"
        )
        self.assertEqual(meta(head, "description"), "Meta recrute chez OpenAI.")
        self.assertEqual(meta(head, "og:title"), "L’IA et le mercato des chercheurs")
        self.assertEqual(
            of_type(json_ld(head), "NewsArticle")["description"], "Meta recrute chez OpenAI."
        )

    def test_home_page_describes_the_site_with_a_search_action(self):
        head = head_of(self.client.get("/"))
        site = of_type(json_ld(head), "WebSite")
        self.assertEqual(site["name"], "Méninges & Millions")
        self.assertEqual(site["url"], f"{ROOT}/")
        action = site["potentialAction"]
        self.assertEqual(action["@type"], "SearchAction")
        self.assertEqual(
            action["target"]["urlTemplate"], f"{ROOT}/recherche/?q={{search_term_string}}"
        )
        self.assertEqual(action["query-input"], "required name=search_term_string")
        self.assertEqual(meta(head, "og:type"), "website")
        self.assertTrue(meta(head, "description").startswith("Les articles de ce site"))
        self.assertEqual(head.find("link", rel="canonical")["href"], f"{ROOT}/")

    def test_listings_have_canonical_addresses_and_breadcrumbs(self):
        category = Category.objects.get(slug="technologie")
        head = head_of(self.client.get(category.url))
        self.assertEqual(
            head.find("link", rel="canonical")["href"], f"{ROOT}/categorie/technologie/"
        )
        self.assertEqual(meta(head, "description"), category.description)
        trail = of_type(json_ld(head), "BreadcrumbList")["itemListElement"]
        self.assertEqual([item["name"] for item in trail], ["Accueil", "Technologie"])
        head = head_of(self.client.get(f"{category.url}?page=2"))
        self.assertEqual(
            head.find("link", rel="canonical")["href"], f"{ROOT}/categorie/technologie/?page=2"
        )


@pytest.mark.django_db
def test_json_ld_cannot_be_broken_out_of(reader, home_page, categories):
    index = publish(NewsIndexPageFactory(parent=home_page, live=False))
    title = "</script><script>alert(1)</script> & <b>"
    article = publish(
        ArticlePageFactory(
            parent=index, live=False, title=title, slug="evasion", categories=[categories[0]]
        )
    )
    response = reader.get(article.url)
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    head = head_of(response)
    scripts = head.select('script[type="application/ld+json"]')
    raw = scripts[0].string
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert of_type([json.loads(s.string) for s in scripts], "NewsArticle")["headline"] == title
    assert meta(head, "og:title") == title


@pytest.mark.django_db
def test_previews_are_not_indexable_and_carry_no_metadata(client, home_page, categories):
    from django.contrib.auth import get_user_model

    index = publish(NewsIndexPageFactory(parent=home_page, live=False))
    draft = ArticlePageFactory(parent=index, live=False, title="Brouillon", slug="brouillon")
    admin = get_user_model().objects.create_superuser("chef", "chef@example.com", "x")
    client.force_login(admin)
    head = head_of(client.get(f"/admin/pages/{draft.pk}/view_draft/"))
    robots = [tag["content"] for tag in head.find_all("meta", attrs={"name": "robots"})]
    assert "noindex, nofollow" in robots
    assert not head.select('script[type="application/ld+json"]')
    assert meta(head, "og:title") is None
    assert head.find("link", rel="canonical") is None
