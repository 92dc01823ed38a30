"""The cache a site without Redis gets (the embedded default) holds the pages of an archive."""

import json

from django.core.cache.backends.locmem import LocMemCache

from tests.support.settings_snapshot import VALUES, unpack

PAGE = "x" * 35_000  # about one cached article page


def plain(value):
    """A recorded value back as Python: dictionaries are recorded as {"dict": [[key, value]]}."""
    if isinstance(value, dict) and list(value) == ["dict"]:
        return {key: plain(item) for key, item in value["dict"]}
    return value


def embedded_default():
    """The default cache as newsroom.settings.base configures it with no REDIS_URL (the recorded
    values, which tests/newsroom/test_settings_values.py holds the settings to)."""
    caches = unpack(json.loads(VALUES.read_text()))["empty"]["base"]["CACHES"]
    return plain(caches)["default"]


def test_the_embedded_cache_is_the_process_memory():
    assert embedded_default()["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"


def test_a_thousand_pages_stay_cached():
    # Django's own default, 300 entries, would have dropped a third of them at the 301st.
    config = embedded_default()
    cache = LocMemCache(config["LOCATION"] + "-capacity", {"OPTIONS": config.get("OPTIONS", {})})
    for number in range(1_000):
        cache.set(f"page:{number}", PAGE, timeout=600)
    kept = sum(cache.has_key(f"page:{number}") for number in range(1_000))
    assert kept == 1_000
