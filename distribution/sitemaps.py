"""For search engines: /sitemap.xml, the Google News sitemap /sitemap-news.xml, /robots.txt.

Only what readers may see goes in: live, public pages that have not expired.
"""

from datetime import timedelta

from django.db.models import Max, Q
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap_view
from wagtail.models import Site

from distribution.formats import iso, site_root_url
from news import scopes
from news.models import ArticlePage, Category
from news.models.querysets import visible_to_readers
from notice.context_processors import site as site_context
from operations.text import clean_output
from pagecache.cache import depends_on

NEWS_SITEMAP_HOURS = 48
NEWS_SITEMAP_LIMIT = 1000  # Google News reads at most 1,000 entries


class PageSitemap(Sitemap):
    """Every live public page but the articles (they have their own section)."""

    def items(self):
        return super().items().not_type(ArticlePage).filter(visible_to_readers())


class ArticleSitemap(Sitemap):
    """The articles; lastmod counts their corrections."""

    def items(self):
        return (
            ArticlePage.objects.published()
            .descendant_of(self.get_wagtail_site().root_page, inclusive=True)
            .defer("body")
            .order_by("path")
        )


class CategorySitemap(Sitemap):
    """The category listings, last modified with their latest article."""

    def items(self):
        visible = ArticlePage.objects.published().values("pk")
        return Category.objects.annotate(
            latest=Max("articles__last_published_at", filter=Q(articles__in=visible))
        ).order_by("sort_order", "name")

    def _urls(self, page, protocol, domain):
        root = site_root_url(self.request)
        urls = [
            {"location": root + category.url, "lastmod": category.latest}
            for category in self.paginator.page(page).object_list
        ]
        dates = [url["lastmod"] for url in urls if url["lastmod"]]
        if dates and len(dates) == len(urls):
            self.latest_lastmod = max(dates)
        return urls


SITEMAPS = {"pages": PageSitemap, "articles": ArticleSitemap, "categories": CategorySitemap}


@require_safe
@clean_output
def sitemap(request):
    depends_on(scopes.SITEMAPS)
    return wagtail_sitemap_view(request, sitemaps=SITEMAPS)


def recent_articles(request, now=None):
    """Articles published in the last 48 hours, newest first."""
    now = now or timezone.now()
    site = Site.find_for_request(request)
    articles = ArticlePage.objects.published()
    if site is not None:
        articles = articles.descendant_of(site.root_page, inclusive=True)
    return (
        articles.filter(
            sort_date__gte=now - timedelta(hours=NEWS_SITEMAP_HOURS), sort_date__lte=now
        )
        .defer("body")
        .order_by("-sort_date", "-pk")[:NEWS_SITEMAP_LIMIT]
    )


@require_safe
@clean_output
def news_sitemap(request):
    depends_on(scopes.SITEMAPS)
    entries = [
        {
            "location": article.get_full_url(request),
            "title": article.title,
            "published": iso(article.sort_date),
        }
        for article in recent_articles(request)
    ]
    return TemplateResponse(
        request,
        "news/sitemap_news.xml",
        {"entries": entries, "publication": site_context(request)["site_name"]},
        content_type="application/xml; charset=utf-8",
    )


@require_safe
def robots_txt(request):
    root = site_root_url(request)
    share_prefix = reverse("news:shared_draft", args=["x"]).rsplit("x/", 1)[0]
    return TemplateResponse(
        request,
        "robots.txt",
        {
            "disallow": [reverse("wagtailadmin_home"), share_prefix],
            "sitemaps": [root + reverse("news:sitemap"), root + reverse("news:sitemap_news")],
        },
        content_type="text/plain; charset=utf-8",
    )
