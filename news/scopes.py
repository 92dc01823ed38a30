"""What an article, a tag, a category or an image shows on, for the page cache and a CDN.

The scopes (pagecache/cache.py) the news pages depend on, and what each change touches:
- `article:<id>`: the article's own page, and every page that shows it (listings, related
  articles, previous/next): those pages depend on the articles they list;
- `comments:<id>`: its published comments, on its own page only;
- `category:<id>`, `tag:<id>`, `index:<id>`: the listings and feeds of a category, a tag, the
  news index; and the articles of that category or tag, whose related articles and
  previous/next come from them;
- `tag-name:<id>`: a tag's name and address where an article's own page names it (its
  labels, kept apart from its listings so that another article's publication leaves them);
- `home`, `feeds`, `sitemaps`: the pages of the latest articles of the whole site.
A new or corrected article touches its own scope and those of the listings it is in; the
listings it has left show it, so its own scope purges them. Categories (the header names
them all) and images are site-wide.
"""

from pagecache.cache import depends_on

HOME = "home"
FEEDS = "feeds"
SITEMAPS = "sitemaps"


def article(pk):
    return f"article:{pk}"


def comments(pk):
    return f"comments:{pk}"


def category(pk):
    return f"category:{pk}"


def tag(pk):
    return f"tag:{pk}"


def tag_name(pk):
    return f"tag-name:{pk}"


def index(pk):
    return f"index:{pk}"


def shows(articles):
    """Says that the page being rendered lists these articles."""
    depends_on(*(article(item.pk) for item in articles))


def article_page(page, categories, tags):
    """Says what an article's page depends on, besides the articles it shows: itself, its
    comments, and its categories and tags (its related articles and previous/next)."""
    depends_on(
        article(page.pk),
        comments(page.pk),
        *(category(item.pk) for item in categories),
        *(tag(item.pk) for item in tags),
    )
