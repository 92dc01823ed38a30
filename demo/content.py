"""The demo site: categories, the news index, the AI page and notice, and 33 articles.

The articles are data: demo/articles/*.json, in the import format of
editorial/importing.py, each with a "demo" object that the import format does not have (how many
days ago it was published and at what hour, the colours of its generated picture, a
correction made the next day). They take the pipeline's path: imported and submitted to
« Relecture » as a writer, approved by the editor-in-chief in the workflow, which publishes
them and records her approval; then dated as if published over the past days.
"""

import json
import tempfile
from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from demo.pictures import generated_picture
from editorial.importing import find_submitter, import_article
from editorial.roles import CHIEF_EDITORS, ensure_workflow
from home.models import HomePage, StandardPage
from news.models import ArticlePage, Category, NewsIndexPage
from notice.models import DEFAULT_AI_NOTICE, AINotice

ARTICLES = Path(__file__).with_name("articles")

CATEGORIES = [
    (
        "intelligence-artificielle",
        "Intelligence Artificielle",
        "Modèles, chercheurs, usages et dérives de l’intelligence artificielle.",
    ),
    (
        "reseaux-sociaux",
        "Réseaux sociaux",
        "Plateformes, créateurs, modération : la vie en ligne décortiquée.",
    ),
    (
        "technologie",
        "Technologie",
        "Puces, téléphones, logiciels et tout ce qui fait tourner le monde numérique.",
    ),
]

AI_PAGE = {
    "title": "Comment nous utilisons l’intelligence artificielle",
    "slug": "intelligence-artificielle-et-redaction",
    "introduction": (
        "Tous les articles de ce site sont écrits par des intelligences artificielles. "
        "Voici comment ils naissent, et ce que des humains vérifient avant publication."
    ),
    "body": (
        "<h2>Un texte écrit par une machine</h2>"
        "<p>Chaque article part d’une source publiée par un média, citée en bas de page. "
        "Un modèle de langage en tire un texte original, dans le ton de la maison.</p>"
        "<h2>Relu par la rédaction</h2>"
        "<p>Rien n’est publié sans l’accord de la rédaction en chef : elle relit, corrige, "
        "vérifie les faits et la source, puis approuve la publication.</p>"
        "<h2>Un but pédagogique</h2>"
        "<p>Ce site est une démonstration technologique : il montre ce que ces outils savent "
        "faire, et ce qu’ils ne savent pas faire. "
        '<a href="/contact/">Signalez-nous toute erreur</a> : nous la '
        "corrigerons et l’indiquerons sur l’article.</p>"
    ),
}


def days_ago(days, hour=9):
    """A past moment, `days` days ago at `hour` o'clock (never in the future)."""
    now = timezone.now()
    moment = (now - timedelta(days=days)).replace(hour=hour, minute=0, second=0, microsecond=0)
    return min(moment, now)


def home_page():
    site = Site.objects.get(is_default_site=True)
    return site.root_page.specific


def article_files():
    """[(path, the import file's content, its "demo" object)], in the order of the names."""
    files = []
    for path in sorted(ARTICLES.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        files.append((path, data, data.pop("demo")))
    return files


@transaction.atomic
def load(stdout=None, approver=None, submitter=None):
    """Create what is missing, leave what exists: running it twice is harmless.

    submitter: who imports the articles (default: the first active writer); approver: who
    approves them in the review (default: the first active member of the editors-in-chief).
    """

    def say(message):
        if stdout is not None:
            stdout.write(message)

    home = home_page()
    if not isinstance(home, HomePage):
        raise RuntimeError("The default site's root page is not the HomePage.")

    for order, (slug, name, description) in enumerate(CATEGORIES):
        Category.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description, "sort_order": order}
        )

    index = NewsIndexPage.objects.first()
    if index is None:
        index = NewsIndexPage(
            title="Actualités",
            slug="actualites",
            introduction="Toute l’actualité de la tech, de l’IA et des réseaux sociaux.",
            live=False,
        )
        home.add_child(instance=index)
        index.save_revision().publish()
        say("Created the news index.")

    about = home.get_children().filter(slug=AI_PAGE["slug"]).first()
    if about is None:
        about = StandardPage(live=False, **AI_PAGE)
        home.add_child(instance=about)
        about.save_revision().publish()
        say("Created the « En savoir plus » page.")

    notice = AINotice.load()
    if notice.learn_more_page_id is None:
        notice.text = f"<p>{DEFAULT_AI_NOTICE}</p>"
        notice.learn_more_page = about
        notice.save()

    ensure_workflow()  # the review the articles go through, and the writers' rights on the index
    submitter = submitter or find_submitter()
    approver = approver or _first_chief_editor()
    created = 0
    with tempfile.TemporaryDirectory() as folder:
        for path, data, demo in article_files():
            if ArticlePage.objects.filter(slug=data["slug"]).exists():
                continue
            _publish(_import(Path(folder), path, data, demo, submitter), approver, demo)
            created += 1
    if created:
        say(f"Created {created} articles.")
    return {"index": index, "about": about, "created": created}


def _first_chief_editor():
    users = get_user_model().objects.filter(is_active=True, groups__name=CHIEF_EDITORS)
    return users.order_by("pk").first()


def _import(folder, path, data, demo, submitter):
    """The article imported and submitted to the review, as the pipeline does it."""
    picture = demo["picture"]
    image = generated_picture(data["slug"], picture["colours"], stripes=picture.get("stripes"))
    (folder / data["hero_image"]["file"]).write_bytes(image)
    generated = days_ago(demo["days_ago"] + 1, hour=18)
    data["provenance"] = {**data["provenance"], "generated_at": generated.isoformat()}
    copy = folder / path.name
    copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = import_article(copy, submitter)
    if result.workflow_state is None:
        raise RuntimeError(f"{path.name}: {result.status}")
    return result


def _publish(result, approver, demo):
    """Approved in the review by the editor-in-chief, as in the admin; then back-dated."""
    task_state = result.workflow_state.current_task_state
    task = task_state.task.specific
    if "approve" not in [name for name, *_ in task.get_actions(result.page, approver)]:
        raise RuntimeError(f"{approver} may not approve « {result.page.title} ».")
    task.on_action(task_state, approver, "approve")
    page = ArticlePage.objects.get(pk=result.page.pk)
    if not page.live:
        raise RuntimeError(f"« {page.title} » was approved but not published.")
    when = days_ago(demo["days_ago"], hour=demo["hour"])
    published = {"first_published_at": when, "last_published_at": when, "approved_at": when}
    if demo.get("correction"):
        # Corrected by the editor-in-chief the next day, and published again.
        corrected = days_ago(demo["days_ago"] - 1, hour=10)
        page.corrections = [("correction", {"date": corrected.date(), "text": demo["correction"]})]
        page.save_revision(user=approver, log_action=True).publish(user=approver)
        published["last_published_at"] = corrected
    ArticlePage.objects.filter(pk=page.pk).update(**published)
