"""The demo site: the seed article, 32 more articles, the AI notice and its page."""

from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.models import Site

from home.models import HomePage
from news.models import ArticlePage, NewsIndexPage
from newsroom.demo import articles_a, articles_b, seed_text
from newsroom.models import DEFAULT_AI_NOTICE, AINotice
from tests.factories import (
    ArticlePageFactory,
    CategoryFactory,
    CreditedImageFactory,
    NewsIndexPageFactory,
    StandardPageFactory,
    body_stream,
    days_ago,
    generated_picture,
    publish,
)

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

SEED = {
    "title": seed_text.TITLE,
    "slug": "meninges-et-millions-lia-fait-son-marche-gris",
    "standfirst": (
        "Meta courtise les chercheurs d’OpenAI à coups de chèques dodus\u00a0; "
        "chez le créateur de ChatGPT, la direction sort les extincteurs."
    ),
    "categories": ["intelligence-artificielle", "reseaux-sociaux", "technologie"],
    "tags": ["OpenAI", "Meta", "Recrutement"],
    "sources": [("Techcrunch", "https://techcrunch.com/")],
    "days_ago": 0,
    "body": seed_text.BODY,
}
SEED_IMAGE = {
    "title": "Joueur en maillot rayé rouge et blanc",
    # The original alt text, kept word for word.
    "description": (
        "man in red and white striped soccer jersey shirt holding white and blue soccer ball"
    ),
    "photographer": "Philippa Rose-Tite",
    "credit_source": "Unsplash",
    "source_url": "https://unsplash.com/",
    "licence": "Licence Unsplash",
}

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
        "faire, et ce qu’ils ne savent pas faire. Signalez-nous toute erreur : nous la "
        "corrigerons et l’indiquerons sur l’article.</p>"
    ),
}

# The demo's texts were written for the demo: its provenance says so, without naming a vendor.
DEMO_PROVENANCE = {"ai_model": "Modèle de démonstration", "ai_model_version": "1.0"}

DEMO_ARTICLES = [*articles_a.ARTICLES, *articles_b.ARTICLES]

# One demo article was corrected the day after its publication (the seed stays as published).
DEMO_CORRECTIONS = {
    "ia-quotidien-colocataire-envahissante": (
        "Une version précédente de cet article situait la scène du réveil à 7 h 21\u00a0; "
        "il était 7 h 12."
    ),
}


def home_page():
    site = Site.objects.get(is_default_site=True)
    return site.root_page.specific


@transaction.atomic
def load(stdout=None, approver=None):
    """Create what is missing, leave what exists: running it twice is harmless."""

    def say(message):
        if stdout is not None:
            stdout.write(message)

    home = home_page()
    if not isinstance(home, HomePage):
        raise RuntimeError("The default site's root page is not the HomePage.")

    categories = {}
    for order, (slug, name, description) in enumerate(CATEGORIES):
        categories[slug] = CategoryFactory(
            slug=slug, name=name, description=description, sort_order=order
        )

    index = NewsIndexPage.objects.first()
    if index is None:
        index = NewsIndexPageFactory(
            parent=home,
            title="Actualités",
            slug="actualites",
            introduction="Toute l’actualité de la tech, de l’IA et des réseaux sociaux.",
            live=False,
        )
        publish(index)
        say("Created the news index.")

    about = home.get_children().filter(slug=AI_PAGE["slug"]).first()
    if about is None:
        about = StandardPageFactory(parent=home, live=False, **AI_PAGE)
        publish(about)
        say("Created the « En savoir plus » page.")

    notice = AINotice.load()
    if notice.learn_more_page_id is None:
        notice.text = f"<p>{DEFAULT_AI_NOTICE}</p>"
        notice.learn_more_page = about
        notice.save()

    created = 0
    for number, data in enumerate([*DEMO_ARTICLES, SEED]):
        if ArticlePage.objects.filter(slug=data["slug"]).exists():
            continue
        if data is SEED:
            image = CreditedImageFactory(
                **SEED_IMAGE,
                file=_picture_file(data["slug"], ("#b3202a", "#f4f1ea"), stripes=True),
            )
        else:
            image = CreditedImageFactory(
                title=f"Illustration — {data['title']}",
                description=data["hero"]["alt"],
                file=_picture_file(data["slug"], data["hero"]["colours"]),
            )
        article = ArticlePageFactory(
            parent=index,
            live=False,
            title=data["title"],
            slug=data["slug"],
            standfirst=data["standfirst"],
            hero_image=image,
            body=body_stream(*data["body"]),
            categories=[categories[slug] for slug in data["categories"]],
            tags=data["tags"],
            sources=data["sources"],
            **DEMO_PROVENANCE,
            generated_at=days_ago(data["days_ago"] + 1, hour=18),
            prompt_reference=f"demo-{data['slug'][:40]}",
            corrections=_demo_corrections(data),
        )
        when = days_ago(data["days_ago"], hour=7 + number % 12)
        publish(article, when=when)
        ArticlePage.objects.filter(pk=article.pk).update(approved_by=approver, approved_at=when)
        if data["slug"] in DEMO_CORRECTIONS:
            # Republished with its correction the next day.
            ArticlePage.objects.filter(pk=article.pk).update(
                last_published_at=days_ago(data["days_ago"] - 1, hour=10)
            )
        created += 1
    if created:
        say(f"Created {created} articles.")
    return {"index": index, "about": about, "created": created}


def _picture_file(seed, colours, stripes=False):
    return ContentFile(generated_picture(seed, colours, stripes=stripes), name=f"{seed}.jpg")


def _demo_corrections(data):
    text = DEMO_CORRECTIONS.get(data["slug"])
    if text is None:
        return []
    corrected = days_ago(data["days_ago"] - 1, hour=10)
    return [("correction", {"date": corrected.date(), "text": text})]
