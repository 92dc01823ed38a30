import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="newsroom-test-media-"))
# The address of the Site record the migrations create (localhost, port 80): tests read both.
WAGTAILADMIN_BASE_URL = "http://localhost"
# Small generated pictures keep the suite fast; the demo uses full-size ones.
DEMO_IMAGE_SIZE = (640, 360)
# Encoding every size of every published picture would slow the suite by minutes; the tests
# about it turn it on (tests/news/test_renditions.py).
PREPARE_RENDITIONS = False
# Tests that are about the page cache turn it on (tests/pagecache/test_page_cache.py).
PAGE_CACHE_SECONDS = 0
# The test client's login() gives django-axes no request; the lockout tests turn it on.
AXES_ENABLED = False
_RAM = "/dev/shm" if Path("/dev/shm").is_dir() else None
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A test database file, not SQLite's in-memory default: the live server's threads then open
    # connections of their own and meet SQLite's real locking, as runserver's do, instead of
    # sharing the test's one connection (and its open transaction).
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(Path(tempfile.mkdtemp(prefix="newsroom-test-db-", dir=_RAM)) / "test.sqlite3")
    }
