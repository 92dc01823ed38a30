"""The notice every page shows, read once and shared until staff change it."""

from notice.models import AINotice
from pagecache.cache import depends_on, fragment
from pagecache.versions import SITE


def site_notice(request):
    """The AI notice as staff last saved it: the banner, the footer and the page's metadata
    read this one copy, kept in the cache until the notice (the `site` scope) changes."""

    def load():
        depends_on(SITE)
        return AINotice.load(request_or_site=request)

    return fragment("ai-notice", load)
