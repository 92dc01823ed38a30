from news.models.images import CreditedImage, CreditedRendition
from news.models.pages import ArticlePage, ArticleSource, NewsIndexPage
from news.models.reading import ReadingOnLink
from news.models.sharing import ShareLink
from news.models.taxonomy import ArticleTag, Category
from news.models.workflow import EditorialReviewTask

__all__ = [
    "ArticlePage",
    "ArticleSource",
    "ArticleTag",
    "Category",
    "CreditedImage",
    "CreditedRendition",
    "EditorialReviewTask",
    "NewsIndexPage",
    "ReadingOnLink",
    "ShareLink",
]
