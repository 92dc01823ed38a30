"""A few approved reader comments for the demo site. The seed article keeps none, as on the
original page."""

from datetime import timedelta

from django.utils import timezone

from comments.models import Comment, Status
from news.models import ArticlePage

SEED_SLUG = "meninges-et-millions-lia-fait-son-marche-gris"

DEMO_COMMENTS = [
    (
        "Claire Dubois",
        "claire.dubois@example.org",
        "Très clair, merci. J’aimerais lire un article sur la façon dont la rédaction "
        "vérifie ce que l’IA écrit.",
    ),
    (
        "Julien M.",
        "julien.m@example.org",
        "Bonne synthèse. Pour aller plus loin, la page Wikipédia du sujet est assez complète : "
        "https://fr.wikipedia.org/wiki/Intelligence_artificielle",
    ),
]
DEMO_REPLY = (
    "La rédaction",
    "redaction@example.org",
    "Merci Claire, c’est noté pour un prochain papier !",
)


def load(stdout=None):
    """Once per site, under the latest article but the seed (a demo article on the first
    `make run`). Later runs add nothing, not under an article the newsroom published since."""
    if Comment.objects.filter(author_email__in=[email for _, email, _ in DEMO_COMMENTS]).exists():
        return 0
    article = (
        ArticlePage.objects.live().exclude(slug=SEED_SLUG).order_by("-first_published_at").first()
    )
    if article is None or Comment.objects.filter(article=article).exists():
        return 0
    published = article.first_published_at or article.latest_revision_created_at
    # Never dated in the future: the last one an hour after the first, at the latest now.
    when = min(published + timedelta(hours=2), timezone.now() - timedelta(hours=1))
    comments = []
    for offset, (name, email, body) in enumerate(DEMO_COMMENTS):
        comments.append(
            Comment.objects.create(
                article=article,
                author_name=name,
                author_email=email,
                body=body,
                status=Status.PUBLISHED,
                created_at=when + timedelta(minutes=37 * offset),
            )
        )
    name, email, body = DEMO_REPLY
    Comment.objects.create(
        article=article,
        parent=comments[0],
        author_name=name,
        author_email=email,
        body=body,
        status=Status.PUBLISHED,
        created_at=when + timedelta(hours=1),
    )
    if stdout is not None:
        stdout.write(f"Added 3 demo comments under « {article.title} ».")
    return 3
