"""The newsroom's own: articles and tags, the editorial workflow, readers' comments."""

from .environment import env_float, env_int, env_list, env_str

NEWS_ARTICLES_PER_PAGE = 12
NEWS_READING_WORDS_PER_MINUTE = 230

TAGGIT_CASE_INSENSITIVE = True
# ASCII tag addresses like the categories' (« Énergie » → /tag/energie/); tag_at() in
# news/models/taxonomy.py sends the old accented ones on.
TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING = True

# Editorial workflow
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_WORKFLOW_CANCEL_ON_PUBLISH = True
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
NEWS_SHARE_LINK_DAYS = 7

# Reader comments (comments). Closing, the moderation policy and the word lists are
# edited in the admin (Paramètres → Commentaires des lecteurs).
# Proxies whose X-Forwarded-For is believed: addresses or networks, comma-separated.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
COMMENTS_CACHE = "default"  # the rate-limit counters and the cached comment lists
COMMENTS_RATE_LIMIT = (
    env_int("COMMENTS_RATE_LIMIT", 5),  # comments from one client address…
    env_int("COMMENTS_RATE_WINDOW", 600),  # …per this many seconds
)
COMMENTS_MIN_SECONDS = 4  # sooner after the page was served, a post is a bot's
COMMENTS_FORM_MAX_AGE = 3 * 24 * 3600  # seconds a served form stays valid
COMMENTS_MAX_LINKS = 2
COMMENTS_IP_RETENTION_DAYS = env_int("COMMENTS_IP_RETENTION_DAYS", 30)
COMMENTS_SPAM_RETENTION_DAYS = env_int("COMMENTS_SPAM_RETENTION_DAYS", 30)
COMMENTS_DIGEST_MINUTES = env_int("COMMENTS_DIGEST_MINUTES", 60)
# Key of the IP hashes; empty: derived from SECRET_KEY (rotating it resets the reputations).
COMMENTS_IP_HASH_KEY = env_str("COMMENTS_IP_HASH_KEY")

# The AI pipeline's API (api/): calls per token, body size, and the hero image's fetch.
API_RATE_LIMIT = env_str("API_RATE_LIMIT", "60/m")
API_MAX_BODY_BYTES = env_int("API_MAX_BODY_BYTES", 1024 * 1024)
API_IMAGE_FETCH_SECONDS = env_float("API_IMAGE_FETCH_SECONDS", 10)
API_IMAGE_FETCH_REDIRECTS = 3
API_PAGE_SIZE = 20  # articles per page of the read API
# Off: an image address resolving to loopback or a private network is refused (tests only).
API_IMAGE_FETCH_ALLOW_PRIVATE = False
