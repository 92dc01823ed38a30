"""Where the site keeps its data: the database, the cache, the queue of background work."""

import dj_database_url

from .environment import BASE_DIR, env_float, env_int, env_str

# The embedded default is a SQLite file beside manage.py: no service needed.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 0),
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
    # PostgreSQL's JIT compiles queries it thinks costly (search ranking, related articles)
    # and spends more time compiling than running them: 300 of 416 ms on an article page.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")

REDIS_URL = env_str("REDIS_URL")
REDIS_CACHE_OPTIONS = {
    "SOCKET_CONNECT_TIMEOUT": 0.5,
    "SOCKET_TIMEOUT": 0.5,
    # Redis down means uncached pages, never a 500.
    "IGNORE_EXCEPTIONS": True,
    # After a timeout or a refused connection, a worker leaves Redis alone this long: a hung
    # Redis costs one timeout, not one per cache call (pagecache/breaker.py).
    "REDIS_CLIENT_CLASS": "pagecache.breaker.BreakerRedis",
    "REDIS_CLIENT_KWARGS": {"breaker_seconds": env_float("CACHE_BREAKER_SECONDS", 5.0)},
}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "newsroom"),
            "OPTIONS": REDIS_CACHE_OPTIONS,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "newsroom",
            # Django's default keeps 300 entries, then drops a third of them: fewer than the
            # pages of a small archive, with their fragments. A page is about 30-40 KB: 2,000
            # entries stay under about 80 MB.
            "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 2000)},
        }
    }

# Background work (search indexing, reference index, CDN purges, renditions): Wagtail's tasks.
# By default they run at once in the request; TASKS_BACKEND=database queues them in the
# database for `manage.py db_worker` (one or more worker processes).
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks.backends.database.DatabaseBackend",
        }[env_str("TASKS_BACKEND", "immediate")]
    }
}
