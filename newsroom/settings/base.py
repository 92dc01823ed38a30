"""Settings shared by every environment; the environment configures the rest."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "newsroom"


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "newsroom",
    "pagecache",
    "home",
    "news",
    "news.comments",
    "search",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail_modeladmin",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django_tasks",
    "django_tasks.backends.database",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Its catalog: Wagtail's workflow status says « il y a 2 secondes » with naturaltime.
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "newsroom.security.AdminContentSecurityPolicyMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "pagecache.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "newsroom.second_factor.SecondFactorMiddleware",  # the code, whichever view logged in
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "newsroom.health.DatabaseUnavailableMiddleware",
    "newsroom.storage.DiskFullMiddleware",
    "axes.middleware.AxesMiddleware",
    "newsroom.transactions.AtomicWritesMiddleware",  # last: around the view alone
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses locked-out logins before the check
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "newsroom.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "newsroom.context_processors.site",
            ],
        },
    },
]

WSGI_APPLICATION = "newsroom.wsgi.application"

# The embedded default is a SQLite file beside manage.py: no service needed.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A newsroom saves at once (editors, autosave, the scheduler, readers' comments): writers
    # queue for the lock (IMMEDIATE, never a read lock upgraded mid-transaction, which SQLite
    # refuses at once) and wait for it (timeout); readers never wait for writers (WAL).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        }
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    INSTALLED_APPS.append("django.contrib.postgres")  # Wagtail's search indexes need it
    # PostgreSQL's JIT compiles queries it thinks costly (search ranking, related articles)
    # and spends more time compiling than running them: 300 of 416 ms on an article page.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")

REDIS_URL = os.environ.get("REDIS_URL", "")
REDIS_CACHE_OPTIONS = {
    "SOCKET_CONNECT_TIMEOUT": 0.5,
    "SOCKET_TIMEOUT": 0.5,
    # Redis down means uncached pages, never a 500.
    "IGNORE_EXCEPTIONS": True,
    # After a timeout or a refused connection, a worker leaves Redis alone this long: a hung
    # Redis costs one timeout, not one per cache call (pagecache/breaker.py).
    "REDIS_CLIENT_CLASS": "pagecache.breaker.BreakerRedis",
    "REDIS_CLIENT_KWARGS": {"breaker_seconds": float(os.environ.get("CACHE_BREAKER_SECONDS", "5"))},
}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "newsroom"),
            "OPTIONS": REDIS_CACHE_OPTIONS,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "newsroom",
        }
    }

# Background work (search indexing, reference index, CDN purges): Wagtail's tasks. By default
# they run at once in the request; TASKS_BACKEND=database queues them in the database for
# `manage.py db_worker` (one or more worker processes).
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks.backends.database.DatabaseBackend",
        }[os.environ.get("TASKS_BACKEND", "immediate")]
    }
}
# Every rendition an article's reader pages use is made when it is published (news/renditions.py),
# by a task of the backend above: no reader waits for an image to be encoded.
PREPARE_RENDITIONS = env_bool("PREPARE_RENDITIONS", default=True)

# Full-page cache for anonymous readers (pagecache/cache.py). 0 turns it off. Without a shared
# cache (REDIS_URL), each process keeps its own copy: fine for one process (`make run`).
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# How often each process reads the page cache's versions from the database: a change made in
# another process reaches its readers within this many seconds (the changing process's at once).
PAGE_CACHE_RECHECK_SECONDS = float(os.environ.get("PAGE_CACHE_RECHECK_SECONDS", "1"))
# After a change that removes nothing, one request renders a page while the others get the
# previous copy for at most this long (pagecache/cache.py); 0 turns it off.
PAGE_CACHE_STALE_SECONDS = float(os.environ.get("PAGE_CACHE_STALE_SECONDS", "10"))
# Readers with these cookies (staff sessions, pending flash messages) always get a fresh page.
PAGE_CACHE_BYPASS_COOKIES = ["sessionid", "messages"]
PAGE_CACHE_EXCLUDED_PATHS = [
    "/admin/",
    "/apercu/",
    "/documents/",
    "/recherche/",
    "/sante/",
    "/django-admin/",
]

# A CDN or caching proxy in front (Varnish, Fastly, nginx with purge...): Wagtail purges the
# pages a change touches. FRONTEND_CACHE_URL is the address PURGE requests go to.
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "")
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }
# How long a shared cache (CDN) may keep a page; browsers always revalidate (ETag, 304).
PAGE_CACHE_SHARED_MAX_AGE = int(
    os.environ.get("PAGE_CACHE_SHARED_MAX_AGE", "300" if FRONTEND_CACHE_URL else "0")
)

from newsroom.settings.security import *  # noqa: E402, F403

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("French"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fr", "Français"), ("en", "English")]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATIC_URL = "/static/"
# Files browsers and crawlers ask for at the root (/favicon.ico), served by WhiteNoise.
WHITENOISE_ROOT = BASE_DIR / "static" / "root"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
# Django serves uploads itself (no directory listing) unless a web server, S3 or a CDN does.
SERVE_MEDIA = env_bool("SERVE_MEDIA")

STORAGES = {
    "default": {"BACKEND": "newsroom.storage.MediaStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = os.environ.get("SITE_NAME", "Méninges & Millions")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "news.CreditedImage"
WAGTAIL_I18N_ENABLED = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False  # plain ASCII addresses: /actualites/la-redaction/
# Search in French: an Elasticsearch/OpenSearch service when SEARCH_URL is set, else the
# database's own full-text engine (search/backends/). After a change: manage.py update_index.
if os.environ.get("SEARCH_URL"):
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            # SEARCH_BACKEND: elasticsearch7, elasticsearch8, elasticsearch9, opensearch2,
            # opensearch3 (each needs its client package), or a dotted path.
            "BACKEND": (
                os.environ.get("SEARCH_BACKEND", "elasticsearch8")
                if "." in os.environ.get("SEARCH_BACKEND", "")
                else "wagtail.search.backends." + os.environ.get("SEARCH_BACKEND", "elasticsearch8")
            ),
            "URLS": [os.environ["SEARCH_URL"]],
            # One index per root model, named <prefix><app>_<model>: newsroom_wagtailcore_page.
            "INDEX_PREFIX": os.environ.get("SEARCH_INDEX", "newsroom") + "_",
            "TIMEOUT": int(os.environ.get("SEARCH_TIMEOUT", "5")),
            "INDEX_SETTINGS": {
                "settings": {
                    "analysis": {
                        "filter": {
                            "french_elision": {
                                "type": "elision",
                                "articles_case": True,
                                "articles": [
                                    *("l", "m", "t", "qu", "n", "s", "j", "d", "c"),
                                    *("jusqu", "quoiqu", "lorsqu", "puisqu"),
                                ],
                            },
                            "french_stop": {"type": "stop", "stopwords": "_french_"},
                            "french_stemmer": {"type": "stemmer", "language": "light_french"},
                        },
                        "analyzer": {
                            # Text fields without an analyzer of their own: all but autocomplete.
                            "default": {
                                "type": "custom",
                                "tokenizer": "standard",
                                "filter": [
                                    "french_elision",
                                    "lowercase",
                                    "french_stop",
                                    "asciifolding",
                                    "french_stemmer",
                                ],
                            },
                        },
                    }
                }
            },
        }
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "search.backends.FrenchSQLiteSearchBackend"},
    }
elif DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1] in {"postgresql", "postgis"}:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.FrenchPostgresSearchBackend",
            "SEARCH_CONFIG": "french_unaccent",  # made by search/migrations/0001
        },
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database"},
    }
WAGTAILIMAGES_IMAGE_FORM_BASE = "newsroom.upload_forms.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "newsroom.upload_forms.DocumentForm"
# An upload is refused (a form error) unless the media disk keeps this much free after it.
MEDIA_MIN_FREE_BYTES = int(os.environ.get("MEDIA_MIN_FREE_BYTES", 50 * 1024 * 1024))
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Documents go only through Wagtail's view, which checks the collection's privacy (on S3 its
# default would redirect to the bucket), and always as downloads, PDFs included.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
from wagtail.embeds.oembed_providers import (  # noqa: E402  (plain data)
    dailymotion,
    soundcloud,
    spotify,
    ted,
    vimeo,
    youtube,
)

# Embeds from these players only (news.blocks.EMBED_PROVIDERS refuses others in the form; the
# CSP's frame-src lets them play). Wagtail's default would fetch from some 300 providers.
WAGTAILEMBEDS_FINDERS = [
    {
        "class": "wagtail.embeds.finders.oembed",
        "providers": [youtube, vimeo, dailymotion, soundcloud, spotify, ted],
    }
]

TAGGIT_CASE_INSENSITIVE = True
# ASCII tag addresses like the categories' (« Énergie » → /tag/energie/); tag_at() in
# news/models/taxonomy.py sends the old accented ones on.
TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING = True

NEWS_ARTICLES_PER_PAGE = 12
NEWS_READING_WORDS_PER_MINUTE = 230

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
DEMO_IMAGE_SIZE = (1600, 900)

# E-mail through Django's mailers; the environment picks the backend and the SMTP server.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "redaction@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where readers ask to see or erase their data (shown under the comment form).
PRIVACY_EMAIL = os.environ.get("PRIVACY_EMAIL", DEFAULT_FROM_EMAIL)
# Where readers write to the newsroom, and report an error in an article (« Contact » page).
NEWSROOM_EMAIL = os.environ.get("NEWSROOM_EMAIL", DEFAULT_FROM_EMAIL)
EMAIL_BACKEND_CLASS = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
SMTP_OPTIONS = {
    key: value
    for key, value in {
        "host": os.environ.get("EMAIL_HOST", "localhost"),
        "port": int(os.environ["EMAIL_PORT"]) if os.environ.get("EMAIL_PORT") else None,
        "username": os.environ.get("EMAIL_HOST_USER"),
        "password": os.environ.get("EMAIL_HOST_PASSWORD"),
        "use_tls": env_bool("EMAIL_USE_TLS") or None,
    }.items()
    if value is not None
}
MAILERS = {
    "default": {
        "BACKEND": EMAIL_BACKEND_CLASS,
        "OPTIONS": SMTP_OPTIONS if EMAIL_BACKEND_CLASS.endswith(".smtp.EmailBackend") else {},
    }
}

# Editorial workflow
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_WORKFLOW_CANCEL_ON_PUBLISH = True
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
NEWS_SHARE_LINK_DAYS = 7

# Reader comments (news.comments). Closing, the moderation policy and the word lists are
# edited in the admin (Paramètres → Commentaires des lecteurs).
# Proxies whose X-Forwarded-For is believed: addresses or networks, comma-separated.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
COMMENTS_CACHE = "default"  # the rate-limit counters and the cached comment lists
COMMENTS_RATE_LIMIT = (
    int(os.environ.get("COMMENTS_RATE_LIMIT", "5")),  # comments from one client address…
    int(os.environ.get("COMMENTS_RATE_WINDOW", "600")),  # …per this many seconds
)
COMMENTS_MIN_SECONDS = 4  # sooner after the page was served, a post is a bot's
COMMENTS_FORM_MAX_AGE = 3 * 24 * 3600  # seconds a served form stays valid
COMMENTS_MAX_LINKS = 2
COMMENTS_IP_RETENTION_DAYS = int(os.environ.get("COMMENTS_IP_RETENTION_DAYS", "30"))
COMMENTS_SPAM_RETENTION_DAYS = int(os.environ.get("COMMENTS_SPAM_RETENTION_DAYS", "30"))
COMMENTS_DIGEST_MINUTES = int(os.environ.get("COMMENTS_DIGEST_MINUTES", "60"))
# Key of the IP hashes; empty: derived from SECRET_KEY (rotating it resets the reputations).
COMMENTS_IP_HASH_KEY = os.environ.get("COMMENTS_IP_HASH_KEY", "")
