"""The read API: what readers may see, as JSON, with the article page's transparency.

Published articles only (live, public, not expired: `ArticlePage.objects.published()`, the
same rule as the site's pages and feeds), never a draft, a page in review, a private or an
expired one. Each article carries its provenance sentence and fields, its reviewer, sources,
image credit and the AI notice. Anonymous: a token adds nothing here. Lists are paginated
(`?page=`), filterable by category and tag slug and by date (`since`, `until`, YYYY-MM-DD);
Django's ConditionalGetMiddleware gives each answer an ETag and answers 304 to a match."""

from datetime import date, datetime, time

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.utils import timezone
from ninja import Router
from taggit.models import Tag
from wagtail.api.v3.auth import AllowAnonymous

from distribution.formats import absolute, learn_more_url, notice_text
from distribution.markdown import block_markdown
from news.models import ArticlePage, ArticleTag, Category
from notice.models import AINotice

router = Router(auth=AllowAnonymous(), tags=["lecture"])


def _published():
    return (
        ArticlePage.objects.published()
        .select_related("hero_image", "approved_by")
        .prefetch_related("categories", "tags", "sources")
        .order_by("-first_published_at", "-pk")
    )


def _notice(request):
    notice = AINotice.load(request_or_site=request)
    return {"text": notice_text(notice), "learn_more_url": learn_more_url(request, notice) or ""}


def _article(request, page, notice, body=False):
    image = page.hero_image
    data = {
        "id": page.pk,
        "title": page.title,
        "standfirst": page.standfirst,
        "url": page.get_full_url(request),
        "published_at": page.display_date,
        "updated_at": page.modified_at,
        "categories": [{"slug": c.slug, "name": c.name} for c in page.categories.all()],
        "tags": [{"slug": t.slug, "name": t.name} for t in page.tags.all()],
        "sources": [{"name": s.name, "url": s.url} for s in page.sources.all()],
        "provenance": {
            "text": page.provenance,
            "ai_model": page.ai_model,
            "ai_model_version": page.ai_model_version,
            "generated_at": page.generated_at,
            "reviewed_by": page.reviewer_name,
        },
        "hero_image": None,
        "ai_notice": notice,
    }
    if image is not None:
        data["hero_image"] = {
            "url": absolute(request, image.file.url),
            "alt_text": page.hero_alt,
            "caption": page.hero_caption,
            "credit": image.credit,
            "licence": image.licence,
            "source_url": image.source_url,
        }
    if body:
        blocks = (block_markdown(request, block) for block in page.body)
        data["body_markdown"] = "\n\n".join(text for text in blocks if text)
    return data


def _day(value, end=False):
    try:
        day = date.fromisoformat(value)
    except ValueError as error:
        raise Http404("date invalide") from error
    return timezone.make_aware(datetime.combine(day, time.max if end else time.min))


@router.get("/articles/", response=dict, summary="Articles publiés, les plus récents d'abord")
def articles(
    request, category: str = "", tag: str = "", since: str = "", until: str = "", page: int = 1
):
    pages = _published()
    if category:
        pages = pages.filter(categories__slug=category)
    if tag:
        pages = pages.filter(tags__slug=tag)
    if since:
        pages = pages.filter(first_published_at__gte=_day(since))
    if until:
        pages = pages.filter(first_published_at__lte=_day(until, end=True))
    paginator = Paginator(pages.distinct(), settings.API_PAGE_SIZE)
    current = paginator.get_page(page)
    notice = _notice(request)
    return {
        "count": paginator.count,
        "page": current.number,
        "pages": paginator.num_pages,
        "items": [_article(request, article, notice) for article in current],
    }


@router.get("/articles/{article_id}/", response=dict, summary="Un article publié")
def article(request, article_id: int):
    page = _published().filter(pk=article_id).first()
    if page is None:
        raise Http404("aucun article publié ne porte ce numéro")
    return _article(request, page, _notice(request), body=True)


@router.get("/categories/", response=list[dict], summary="Rubriques")
def categories(request):
    return [
        {"slug": c.slug, "name": c.name, "url": absolute(request, c.url)}
        for c in Category.objects.order_by("sort_order", "name")
    ]


@router.get("/tags/", response=list[dict], summary="Mots-clés des articles publiés")
def tags(request):
    """Only the tags of published articles: a draft's tag names nothing readers may see."""
    published = ArticlePage.objects.published().values("pk")
    used = ArticleTag.objects.filter(content_object__in=published).values("tag")
    return [
        {"slug": t.slug, "name": t.name} for t in Tag.objects.filter(pk__in=used).order_by("name")
    ]
