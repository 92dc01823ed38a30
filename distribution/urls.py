"""Feeds, sitemaps, robots.txt, llms.txt and the Markdown copies, under the « news »
namespace with the reader pages (newsroom/urls.py)."""

from django.urls import path, re_path

from distribution import feeds, markdown, sitemaps

urlpatterns = [
    # Feeds
    path("flux/rss/", feeds.ArticleFeed.view(), name="feed_rss"),
    path("flux/atom/", feeds.ArticleAtomFeed.view(), name="feed_atom"),
    path("categorie/<slug:slug>/flux/rss/", feeds.CategoryFeed.view(), name="category_feed_rss"),
    path(
        "categorie/<slug:slug>/flux/atom/",
        feeds.CategoryAtomFeed.view(),
        name="category_feed_atom",
    ),
    path("tag/<str:slug>/flux/rss/", feeds.TagFeed.view(), name="tag_feed_rss"),
    path("tag/<str:slug>/flux/atom/", feeds.TagAtomFeed.view(), name="tag_feed_atom"),
    # Search engines and machine readers
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path("sitemap-news.xml", sitemaps.news_sitemap, name="sitemap_news"),
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
    path("llms.txt", markdown.llms_txt, name="llms_txt"),
    re_path(
        r"^(?P<path>[a-z0-9_-]+(?:/[a-z0-9_-]+)*)\.md$",
        markdown.article_markdown_view,
        name="article_markdown",
    ),
]
