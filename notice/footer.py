"""The links at the foot of every reader page, error pages included."""

from django.urls import reverse
from django.utils.translation import gettext as _

# The setting's legal page fields → the address and title setup_newsroom gives their pages
# (home/legal.py writes them).
USUAL_LEGAL_PAGES = {
    "legal_notice_page": ("mentions-legales", "Mentions légales"),
    "contact_page": ("contact", "Contact"),
    "privacy_page": ("donnees-personnelles", "Données personnelles"),
}
# Where the pages usually are (setup_newsroom's and the demo's addresses): the error pages
# link there when the database cannot say.
USUAL_AI_PAGE = ("Comment nous utilisons l’IA", "/intelligence-artificielle-et-redaction/")
USUAL_NEWS_INDEX = "/actualites/"


def footer_links(notice=None, request=None):
    """(text, address) pairs: the setting's pages that are live, the archive and the feed.

    Without the setting (`notice` None: the database is away), the usual addresses.
    """
    archive = (_("All the news"), None)
    feed = (_("RSS feed"), reverse("news:feed_rss"))
    if notice is None:
        legal = [(title, f"/{slug}/") for slug, title in USUAL_LEGAL_PAGES.values()]
        return [*legal, USUAL_AI_PAGE, (archive[0], USUAL_NEWS_INDEX), feed]
    links = []
    for page in [
        *(getattr(notice, field) for field in USUAL_LEGAL_PAGES),
        notice.learn_more_page,
    ]:
        if page is not None and page.live:
            links.append((page.title, page.get_url(request)))
    index = notice.live_news_index
    if index is not None:
        links.append((archive[0], index.get_url(request)))
    links.append(feed)
    return [(text, address) for text, address in links if address]  # None: outside any site
