"""The readers' full-page cache (pagecache/cache.py) and the CDN or proxy in front of it."""

from .environment import env_float, env_int, env_str

# Full-page cache for anonymous readers. 0 turns it off. Without a shared cache (REDIS_URL),
# each process keeps its own copy: fine for one process (`make run`).
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
# How often each process reads the page cache's versions from the database: a change made in
# another process reaches its readers within this many seconds (the changing process's at once).
PAGE_CACHE_RECHECK_SECONDS = env_float("PAGE_CACHE_RECHECK_SECONDS", 1.0)
# After a change that removes nothing, one request renders a page while the others get the
# previous copy for at most this long (pagecache/cache.py); 0 turns it off.
PAGE_CACHE_STALE_SECONDS = env_float("PAGE_CACHE_STALE_SECONDS", 10.0)
# Readers with these cookies (staff sessions, pending flash messages) always get a fresh page.
PAGE_CACHE_BYPASS_COOKIES = ["sessionid", "messages"]
PAGE_CACHE_EXCLUDED_PATHS = [
    "/admin/",
    "/apercu/",
    "/documents/",
    "/recherche/",
    "/sante/",
    "/django-admin/",
    "/api/",
]

# A CDN or caching proxy in front (Varnish, Fastly, nginx with purge...): Wagtail purges the
# pages a change touches. FRONTEND_CACHE_URL is the address PURGE requests go to.
FRONTEND_CACHE_URL = env_str("FRONTEND_CACHE_URL")
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }
# How long a shared cache (CDN) may keep a page; browsers always revalidate (ETag, 304).
PAGE_CACHE_SHARED_MAX_AGE = env_int("PAGE_CACHE_SHARED_MAX_AGE", 300 if FRONTEND_CACHE_URL else 0)
