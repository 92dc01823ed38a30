from news.models.images import CreditedImage, CreditedRendition
from news.models.pages import ArticlePage, ArticleSource, NewsIndexPage
from news.models.taxonomy import ArticleTag, Category

__all__ = [
    "ArticlePage",
    "ArticleSource",
    "ArticleTag",
    "Category",
    "CreditedImage",
    "CreditedRendition",
    "NewsIndexPage",
]
