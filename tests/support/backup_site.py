"""The site the backup tests save and restore, and how they compare what came back."""

import hashlib
import io
import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision, Site, Workflow, WorkflowState

from comments.models import Comment, CommentSettings
from news.models import ArticlePage, CreditedImage, CreditedRendition
from notice.models import AINotice
from tests.support.editorial import credited_image, setup_newsroom
from tests.support.factories import (
    ArticlePageFactory,
    CategoryFactory,
    CommentFactory,
    NewsIndexPageFactory,
    StandardPageFactory,
    body_stream,
    publish,
)

ROOT = Path(__file__).resolve().parent.parent.parent
LEAD = "Le mercato des chercheurs en intelligence artificielle"
SEARCHED = "hippocampe"  # a word of the lead article's body, and of no other page


def digest(field_file):
    with field_file.storage.open(field_file.name, "rb") as stream:
        return hashlib.sha256(stream.read()).hexdigest()


def build_site():
    """Every kind of content the newsroom holds, as editors and readers leave it."""
    users = setup_newsroom()
    chief, editor = users["redac-chef"], users["redacteur"]
    home = Site.objects.get(is_default_site=True).root_page.specific
    news = publish(NewsIndexPageFactory(parent=home, live=False))
    about = publish(StandardPageFactory(parent=home, title="Notre usage de l'IA", slug="ia"))
    categories = [
        CategoryFactory(slug="intelligence-artificielle", name="Intelligence Artificielle"),
        CategoryFactory(slug="technologie", name="Technologie"),
    ]
    image = credited_image(title="Laboratoire de recherche")
    image.get_rendition("fill-320x180")
    lead = ArticlePageFactory(
        parent=news,
        title=LEAD,
        hero_image=image,
        categories=categories,
        tags=["OpenAI", "Mercato"],
        sources=[("Techcrunch", "https://techcrunch.com/")],
        body=body_stream(("paragraph", f"<p>Un {SEARCHED} de la recherche change d'équipe.</p>")),
    )
    publish(lead)
    lead.standfirst = "Un chapô corrigé après publication."
    lead.save_revision(user=chief).publish(user=chief)
    lead.standfirst = "Un chapô en cours de réécriture."
    lead.save_revision(user=editor)  # a draft on top of the live version
    submitted = ArticlePageFactory(parent=news, title="Un article soumis à la relecture")
    submitted.save_revision(user=editor)
    Workflow.objects.get(name="Relecture").start(submitted, editor)

    first = CommentFactory(article=lead, moderated_by=chief, moderated_at=timezone.now())
    CommentFactory(article=lead, parent=first, author_name="Réponse à la première")
    CommentFactory(article=lead, status="pending")
    CommentFactory(article=lead, status="spam", spam_score=9, spam_reasons="links,blocklist")

    get_document_model().objects.create(
        title="Charte éditoriale", file=ContentFile(b"%PDF-1.4 charte\n", name="charte.pdf")
    )
    notice = AINotice.load()
    notice.text = "<p>Articles écrits par des IA, relus par la rédaction en chef.</p>"
    notice.learn_more_page = about
    notice.learn_more_label = "Comment nous travaillons"
    notice.save()
    comment_settings = CommentSettings.load()
    comment_settings.moderation = "all"
    comment_settings.blocklist = "casino\ncrypto-gratuit.example"
    comment_settings.save()


def snapshot():
    """What must come back, named so that it compares across databases."""
    User = get_user_model()
    content_type = ContentType.objects.get_for_id
    pages = Page.objects.order_by("path").select_related("content_type")
    return json.loads(
        json.dumps(
            {
                "pages": [
                    [p.pk, p.path, p.title, p.slug, p.live, p.url_path, p.content_type.model]
                    + [p.first_published_at, p.latest_revision_id, p.live_revision_id]
                    for p in pages
                ],
                "revisions": [
                    [r.pk, r.object_id, r.user_id, content_type(r.content["content_type"]).model]
                    + [r.as_object().title, getattr(r.as_object(), "standfirst", None)]
                    for r in Revision.objects.order_by("pk")
                ],
                "workflows": [
                    [state.base_content_type.model, state.object_id, state.status]
                    + [state.current_task_state.task.name]
                    for state in WorkflowState.objects.order_by("pk")
                ],
                "articles": [
                    [a.title, a.hero_image_id, sorted(a.tags.names())]
                    + [sorted(c.slug for c in a.categories.all())]
                    + [[s.name, s.url] for s in a.sources.all()]
                    for a in ArticlePage.objects.order_by("pk")
                ],
                "images": [
                    [i.pk, i.title, i.photographer, i.file.name, digest(i.file)]
                    for i in CreditedImage.objects.order_by("pk")
                ],
                "renditions": [
                    [r.image_id, r.filter_spec, r.file.name, digest(r.file)]
                    for r in CreditedRendition.objects.order_by("pk")
                ],
                "documents": [
                    [d.title, d.file.name, digest(d.file)]
                    for d in get_document_model().objects.order_by("pk")
                ],
                "comments": [
                    [c.pk, c.article_id, c.parent_id, c.status, c.author_name, c.body]
                    + [c.spam_reasons, c.moderated_by.username if c.moderated_by else None]
                    for c in Comment.objects.order_by("pk")
                ],
                "ai_notice": list(
                    AINotice.objects.values_list("text", "learn_more_page", "learn_more_label")
                ),
                "comment_settings": list(
                    CommentSettings.objects.values_list("moderation", "blocklist")
                ),
                "users": [
                    [u.username, u.password, u.is_superuser]
                    + [sorted(u.groups.values_list("name", flat=True))]
                    for u in User.objects.order_by("pk")
                ],
                "group_permissions": sorted(
                    [perm.content_type.app_label, perm.codename, group.name]
                    for group in Group.objects.all()
                    for perm in group.permissions.select_related("content_type")
                ),
                "sites": list(Site.objects.values_list("hostname", "root_page", "is_default_site")),
            },
            default=str,
        )
    )


def what_readers_get():
    """The restored site as a reader and `fixtree` see it."""
    client = Client(HTTP_HOST="localhost")
    lead = ArticlePage.objects.live().get(title=LEAD)
    article = client.get(lead.url)
    search = client.get("/recherche/", {"q": SEARCHED})
    fixtree = io.StringIO()
    call_command("fixtree", "--noinput", stdout=fixtree)
    return {
        "article": [article.status_code, escape(LEAD) in article.content.decode()],
        "search": [search.status_code, escape(LEAD) in search.content.decode()],
        "fixtree_clean": fixtree.getvalue().count("No problems found.") == 2,
    }


def new_rows_take_free_ids():
    """Editors keep working after a restore: no new row collides with a restored id."""
    restored = Comment.objects.order_by("-pk").first().pk
    CategoryFactory(name="Après la restauration")
    comment = CommentFactory(article=ArticlePage.objects.get(title=LEAD))
    return comment.pk > restored
