"""The demo site as `make run` loads it: the seed article reproduced, every page rendering."""

import io
import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from taggit.models import Tag
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.test.utils import WagtailPageTestCase

from demo.content import article_files
from editorial.roles import DEMO_ACCOUNTS, WORKFLOW_NAME
from news.models import ArticlePage, Category, CreditedImage

NBSP = "\u00a0"
SEED_SLUG = "meninges-et-millions-lia-fait-son-marche-gris"
AI_NOTICE_AS_SHOWN = (
    "Les articles de ce site sont tous écrits par des intelligences artificielles, dans un but "
    "pédagogique et de démonstration technologique. En savoir plus."
)


def seed_file():
    """The seed article as its import file gives it."""
    return next(data for _path, data, _demo in article_files() if data["slug"] == SEED_SLUG)


def text_of(node):
    return " ".join(node.get_text(" ").split())


class DemoSiteTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.output = io.StringIO()
        call_command("load_demo_content", stdout=cls.output)
        cls.seed = ArticlePage.objects.get(slug=SEED_SLUG)

    def seed_soup(self):
        response = self.client.get(self.seed.url)
        self.assertEqual(response.status_code, 200)
        return BeautifulSoup(response.content, "html.parser")

    # The seed article's visible facts

    def test_seed_title_keeps_its_typography(self):
        soup = self.seed_soup()
        self.assertEqual(soup.h1.get_text(), "Méninges & Millions : l’IA fait son marché… gris")
        self.assertTrue(soup.title.get_text().startswith(soup.h1.get_text()))

    def test_seed_hero_has_the_original_alt_text_and_credit(self):
        hero = self.seed_soup().select_one("figure.article__hero")
        img = hero.select_one("picture img")
        self.assertEqual(
            img["alt"],
            "man in red and white striped soccer jersey shirt holding white and blue soccer ball",
        )
        self.assertEqual(text_of(hero.figcaption), "Crédits image : Philippa Rose-Tite / Unsplash")
        types = {source["type"] for source in hero.select("picture source")}
        self.assertEqual(types, {"image/avif", "image/webp"})
        self.assertRegex(img["srcset"], r"\.jpg \d+w, ")

    def test_seed_categories_link_to_their_listings(self):
        links = self.seed_soup().select(".article__header .tag-list a")
        self.assertEqual(
            [(a.get_text(), a["href"]) for a in links],
            [
                ("Intelligence Artificielle", "/categorie/intelligence-artificielle/"),
                ("Réseaux sociaux", "/categorie/reseaux-sociaux/"),
                ("Technologie", "/categorie/technologie/"),
            ],
        )

    def test_seed_paragraphs_are_rendered_word_for_word(self):
        rendered = [p.get_text() for p in self.seed_soup().select(".block-paragraph p")]
        body = seed_file()["body"]
        expected = [item["value"][3:-4] for item in body if item["type"] == "paragraph"]
        self.assertEqual(len(expected), 7)
        self.assertEqual(rendered, expected)
        self.assertIn("en éditon collector ?", rendered[0])  # the original's typo, kept

    def test_seed_pull_quotes_are_set_apart_with_guillemets(self):
        soup = self.seed_soup()
        quotes = [q.get_text() for q in soup.select(".article__body figure.pull-quote blockquote")]
        self.assertEqual(
            quotes,
            [
                f"«{NBSP}Là où il y a du gâchis, il y a souvent un gros chèque derrière.{NBSP}»",
                f"«{NBSP}L’argent ne fait pas le bonheur, mais il attire sûrement les "
                f"algorithmes… et les chercheurs.{NBSP}»",
            ],
        )
        blocks = soup.select(".article__body > *")
        self.assertIn("pull-quote", blocks[0]["class"])
        self.assertIn("pull-quote", blocks[4]["class"])
        self.assertEqual(len(blocks), 9)

    def test_seed_source_is_shown_and_linked(self):
        sources = self.seed_soup().select_one(".article__sources")
        self.assertEqual(text_of(sources), "Source : Techcrunch")
        self.assertEqual(sources.a["href"], "https://techcrunch.com/")

    def test_seed_shows_the_ai_notice_with_its_learn_more_link(self):
        notice = self.seed_soup().select_one("footer .ai-notice")
        self.assertEqual(text_of(notice), AI_NOTICE_AS_SHOWN.removesuffix("."))
        link = notice.select_one("a.ai-notice__more")
        self.assertEqual(link.get_text(), "En savoir plus")
        about = self.client.get(link["href"])
        self.assertContains(about, "Comment nous utilisons l’intelligence artificielle")
        # « Signalez-nous toute erreur » says how: the contact page, which answers.
        report = BeautifulSoup(about.content, "html.parser").find(
            "a", string="Signalez-nous toute erreur"
        )
        self.assertEqual(self.client.get(report["href"]).status_code, 200)
        self.assertContains(self.client.get(report["href"]), "Signaler une erreur")

    def test_seed_page_is_french_and_semantic(self):
        soup = self.seed_soup()
        self.assertEqual(soup.html["lang"], "fr")
        self.assertEqual(soup.select_one("a.skip-link").get_text(), "Aller au contenu")
        self.assertIsNotNone(soup.select_one("main#contenu article h1"))
        meta = soup.select_one(".article__meta")
        self.assertIn("Publié le", text_of(meta))
        self.assertRegex(meta.time["datetime"], r"^\d{4}-\d\d-\d\dT")

    # The demo content

    def test_demo_has_the_seed_and_thirty_more_articles_in_every_category(self):
        self.assertGreaterEqual(ArticlePage.objects.live().count(), 33)
        self.assertEqual(
            list(Category.objects.values_list("name", flat=True)),
            ["Intelligence Artificielle", "Réseaux sociaux", "Technologie"],
        )
        for category in Category.objects.all():
            self.assertGreaterEqual(category.articles.live().count(), 8, category.name)
        for article in ArticlePage.objects.all():
            self.assertTrue(article.hero_alt, article.title)
            self.assertTrue(article.hero_image.credit, article.title)
            self.assertTrue(article.sources.exists(), article.title)

    def test_every_demo_article_is_imported_and_approved_in_review_by_the_chief(self):
        files = article_files()
        self.assertEqual(len(files), 33)
        chief = get_user_model().objects.get(username="redac-chef")
        writer = get_user_model().objects.get(username="redacteur")
        for _path, data, _demo in files:
            article = ArticlePage.objects.get(slug=data["slug"])
            with self.subTest(article=article.slug):
                self.assertTrue(article.live)
                self.assertEqual(article.owner, writer)  # the pipeline's account imported it
                state = WorkflowState.objects.for_instance(article).get()
                self.assertEqual(state.workflow.name, WORKFLOW_NAME)
                self.assertEqual(state.status, WorkflowState.STATUS_APPROVED)
                self.assertEqual(state.requested_by, writer)
                task = state.task_states.get()
                self.assertEqual(task.status, TaskState.STATUS_APPROVED)
                self.assertEqual(task.finished_by, chief)
                self.assertEqual(article.approved_by, chief)
                self.assertLessEqual(article.approved_at, article.last_published_at)

    def test_the_demo_needs_neither_the_test_package_nor_the_factories(self):
        imported = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys, django; django.setup(); "
                "import demo.content, demo.management.commands.load_demo_content; "
                "print(sorted({name.split('.')[0] for name in sys.modules} "
                "& {'tests', 'factory', 'wagtail_factories'}))",
            ],
            cwd=Path(__file__).resolve().parent.parent.parent,
            capture_output=True,
            text=True,
            check=True,
        )
        self.assertEqual(imported.stdout.strip(), "[]")

    def test_loading_the_demo_twice_changes_nothing(self):
        counts = (Page.objects.count(), CreditedImage.objects.count(), Tag.objects.count())
        call_command("load_demo_content", stdout=io.StringIO())
        self.assertEqual(
            (Page.objects.count(), CreditedImage.objects.count(), Tag.objects.count()), counts
        )

    def test_demo_accounts_are_printed_and_can_log_in(self):
        printed = self.output.getvalue()
        for username, password, group, *_ in DEMO_ACCOUNTS:
            self.assertIn(username, printed)
            self.assertIn(password, printed)
            user = get_user_model().objects.get(username=username)
            self.assertTrue(user.groups.filter(name=group).exists())
            self.assertTrue(self.client.login(username=username, password=password))
            self.assertEqual(self.client.get(reverse("wagtailadmin_home")).status_code, 200)
            self.client.logout()

    # Every page renders, for readers and for editors

    def test_every_page_renders_for_readers(self):
        for page in Page.objects.live().specific().exclude(depth=1):
            with self.subTest(page=page.title):
                self.assertPageIsRenderable(page)
                self.assertEqual(self.client.get(page.url).status_code, 200)
        for category in Category.objects.all():
            self.assertEqual(self.client.get(category.url).status_code, 200)
        for tag in Tag.objects.all():
            self.assertEqual(self.client.get(reverse("news:tag", args=[tag.slug])).status_code, 200)

    def test_every_page_opens_in_the_admin_editor(self):
        self.login()
        for page in Page.objects.exclude(depth=1):
            with self.subTest(page=page.title):
                response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
                self.assertContains(response, 'name="title"')
                self.assertContains(response, "action-publish")
        for url in [
            reverse("wagtailsettings:edit", args=["notice", "ainotice"]),
            reverse("wagtailimages:edit", args=[self.seed.hero_image_id]),
            reverse("wagtailsnippets_news_category:list"),
        ]:
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url, follow=True).status_code, 200)
