"""Every setting of each settings module, as JSON, for one environment.

`python -m tests.support.settings_snapshot` prints, for the environment it runs in, the
UPPERCASE names Django would read from newsroom.settings.base, .dev, .production and .test, each
module imported afresh. tests/newsroom/test_settings_values.py runs it once per environment of
ENVIRONMENTS, in a process whose environment holds nothing else, and compares with
tests/data/settings/values.json, which was written by `python -m tests.support.settings_snapshot
--write` from the settings as they were before they were split by concern (one base.py)."""

import datetime
import enum
import importlib
import json
import os
import re
import subprocess
import sys
import types
from pathlib import Path, PurePath

from django.utils.functional import Promise

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VALUES = BASE_DIR / "tests" / "data" / "settings" / "values.json"
MODULES = ("base", "dev", "production", "test")

SECRET = "x" * 50
POSTGRES = "postgres://news:mot-de-passe@db.internal:5432/newsroom"

# Each environment the site is run in, and each branch a variable takes.
ENVIRONMENTS = {
    "empty": {},
    "postgres": {"DATABASE_URL": POSTGRES},
    "postgis": {"DATABASE_URL": "postgis://news@db.internal:5432/newsroom"},
    "mysql": {"DATABASE_URL": "mysql://news@db.internal:3306/newsroom"},
    "redis": {
        "REDIS_URL": "redis://127.0.0.1:6379/3",
        "CACHE_KEY_PREFIX": "journal",
        "CACHE_BREAKER_SECONDS": "2.5",
    },
    "search_service": {"SEARCH_URL": "http://search.internal:9200"},
    "search_named": {
        "DATABASE_URL": POSTGRES,
        "SEARCH_URL": "https://user:secret@search.internal:9200",
        "SEARCH_BACKEND": "opensearch2",
        "SEARCH_INDEX": "journal",
        "SEARCH_TIMEOUT": "12",
    },
    "search_dotted": {
        "SEARCH_URL": "http://search.internal:9200",
        "SEARCH_BACKEND": "custom.backends.Search",
    },
    "frontend_cache": {"FRONTEND_CACHE_URL": "http://varnish.internal:6081"},
    "frontend_cache_max_age": {
        "FRONTEND_CACHE_URL": "http://varnish.internal:6081",
        "PAGE_CACHE_SHARED_MAX_AGE": "120",
    },
    "production": {
        "SECRET_KEY": SECRET,
        "ALLOWED_HOSTS": "www.example.fr,example.fr",
        "CSRF_TRUSTED_ORIGINS": "https://www.example.fr",
        "WAGTAILADMIN_BASE_URL": "https://www.example.fr",
        "DATABASE_URL": POSTGRES,
        "REDIS_URL": "redis://cache.internal:6379/0",
        "TASKS_BACKEND": "database",
    },
    "s3": {
        "SECRET_KEY": SECRET,
        "AWS_STORAGE_BUCKET_NAME": "medias",
        "AWS_S3_ENDPOINT_URL": "https://s3.fr-par.example",
        "AWS_S3_REGION_NAME": "fr-par",
        "AWS_S3_CUSTOM_DOMAIN": "medias.example.fr",
    },
    "console_mail": {
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
        "EMAIL_HOST": "smtp.example.fr",
        "EMAIL_PORT": "",
    },
    "switched_off": {
        "SECRET_KEY": SECRET,
        "DEBUG": "0",
        "PREPARE_RENDITIONS": "no",
        "SERVE_MEDIA": "off",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_PRELOAD": "0",
        "SECURE_HSTS_SECONDS": "0",
        "EMAIL_USE_TLS": "0",
        "DB_CONN_MAX_AGE": "0",
        "PAGE_CACHE_SECONDS": "0",
        "PAGE_CACHE_STALE_SECONDS": "0",
    },
    # Set but empty: each variable whose empty value the settings accepted.
    "empty_values": dict.fromkeys(
        [
            "ALLOWED_HOSTS",
            "AWS_S3_CUSTOM_DOMAIN",
            "AWS_STORAGE_BUCKET_NAME",
            "CACHE_KEY_PREFIX",
            "COMMENTS_IP_HASH_KEY",
            "CSRF_TRUSTED_ORIGINS",
            "DEBUG",
            "DEFAULT_FROM_EMAIL",
            "EMAIL_HOST",
            "EMAIL_HOST_PASSWORD",
            "EMAIL_HOST_USER",
            "EMAIL_PORT",
            "EMAIL_USE_TLS",
            "FRONTEND_CACHE_URL",
            "MEDIA_URL",
            "NEWSROOM_EMAIL",
            "PREPARE_RENDITIONS",
            "PRIVACY_EMAIL",
            "REDIS_URL",
            "SEARCH_URL",
            "SECRET_KEY",
            "SECURE_HSTS_PRELOAD",
            "SECURE_SSL_REDIRECT",
            "SECURITY_CONTACT",
            "SERVE_MEDIA",
            "SITE_NAME",
            "TRUSTED_PROXIES",
            "WAGTAILADMIN_BASE_URL",
        ],
        "",
    ),
    # Every variable the settings read, none at its default.
    "everything": {
        "ALLOWED_HOSTS": " www.example.fr , ,example.fr ",
        "AWS_S3_CUSTOM_DOMAIN": "medias.example.fr",
        "AWS_S3_ENDPOINT_URL": "https://s3.fr-par.example",
        "AWS_S3_REGION_NAME": "fr-par",
        "AWS_STORAGE_BUCKET_NAME": "medias",
        "AXES_COOLOFF_MINUTES": "30",
        "AXES_FAILURE_LIMIT": "7",
        "CACHE_BREAKER_SECONDS": "9",
        "CACHE_KEY_PREFIX": "journal",
        "COMMENTS_DIGEST_MINUTES": "15",
        "COMMENTS_IP_HASH_KEY": "cle-des-adresses",
        "COMMENTS_IP_RETENTION_DAYS": "7",
        "COMMENTS_RATE_LIMIT": "3",
        "COMMENTS_RATE_WINDOW": "900",
        "COMMENTS_SPAM_RETENTION_DAYS": "14",
        "CSRF_TRUSTED_ORIGINS": "https://www.example.fr,https://example.fr",
        "DATABASE_URL": POSTGRES,
        "DB_CONN_MAX_AGE": "120",
        "DEBUG": "TRUE",
        "DEFAULT_FROM_EMAIL": "bonjour@example.fr",
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "smtp.example.fr",
        "EMAIL_HOST_PASSWORD": "secret",
        "EMAIL_HOST_USER": "redaction",
        "EMAIL_PORT": "587",
        "EMAIL_USE_TLS": " Yes ",
        "FRONTEND_CACHE_URL": "http://varnish.internal:6081",
        "LOG_LEVEL": "INFO",
        "MEDIA_MIN_FREE_BYTES": "1000000",
        "MEDIA_ROOT": "/srv/medias",
        "MEDIA_URL": "https://cdn.example.fr/medias/",
        "NEWSROOM_EMAIL": "redaction@example.fr",
        "PAGE_CACHE_RECHECK_SECONDS": "0.25",
        "PAGE_CACHE_SECONDS": "60",
        "PAGE_CACHE_SHARED_MAX_AGE": "30",
        "PAGE_CACHE_STALE_SECONDS": "3",
        "PASSWORD_RESET_LIMIT_ACCOUNT": "2",
        "PASSWORD_RESET_LIMIT_ADDRESS": "4",
        "PASSWORD_RESET_WINDOW": "1800",
        "PREPARE_RENDITIONS": "off",
        "PRIVACY_EMAIL": "dpo@example.fr",
        "REDIS_URL": "redis://cache.internal:6379/1",
        "SEARCH_BACKEND": "elasticsearch9",
        "SEARCH_INDEX": "journal",
        "SEARCH_TIMEOUT": "8",
        "SEARCH_URL": "http://search.internal:9200",
        "SECRET_KEY": SECRET,
        "SECURE_HSTS_PRELOAD": "no",
        "SECURE_HSTS_SECONDS": "3600",
        "SECURE_SSL_REDIRECT": "on",
        "SECURITY_CONTACT": "https://example.fr/securite",
        "SERVE_MEDIA": "1",
        "SESSION_COOKIE_AGE": "3600",
        "SITE_NAME": "Le Journal",
        "STATIC_ROOT": "/srv/static",
        "TASKS_BACKEND": "database",
        "TRUSTED_PROXIES": "10.0.0.0/8, 192.0.2.1",
        "WAGTAILADMIN_BASE_URL": "https://admin.example.fr",
    },
}

_TEMPORARY = re.compile(r"^.*/(newsroom-test-(?:media|db)-)[^/]+")


def _text(value):
    """A path or string with what depends on the checkout and the run left out."""
    value = str(value).replace(str(BASE_DIR), "{BASE_DIR}")
    return _TEMPORARY.sub(r"{TMP}/\1*", value)


def canonical(value):
    """`value` as JSON that tells apart what Python tells apart (tuple or list, 1 or 1.0)."""
    if value is None or type(value) in (bool, int, str):
        return _text(value) if type(value) is str else value
    if type(value) is float:
        return {"float": repr(value)}
    if type(value) is list:
        return [canonical(item) for item in value]
    if type(value) is tuple:
        return {"tuple": [canonical(item) for item in value]}
    if type(value) is dict:
        return {"dict": [[canonical(key), canonical(item)] for key, item in value.items()]}
    if isinstance(value, PurePath):
        return {type(value).__name__: _text(value)}
    if isinstance(value, enum.Enum):
        return {"enum": f"{type(value).__name__}.{value.name}"}
    if isinstance(value, datetime.timedelta):
        return {"timedelta": value.total_seconds()}
    if isinstance(value, Promise):
        return {"lazy": canonical(value._args)}
    raise TypeError(f"no canonical form for {type(value)!r}: {value!r}")


def snapshot():
    """{module: {setting: canonical value}, or {"error": ...} where the module refuses to load}."""
    result = {}
    for module in MODULES:
        for name in [name for name in sys.modules if name.startswith("newsroom.settings")]:
            del sys.modules[name]
        try:
            loaded = importlib.import_module(f"newsroom.settings.{module}")
        except Exception as error:
            result[module] = {"error": f"{type(error).__name__}: {error}"}
            continue
        result[module] = {
            name: canonical(value)
            for name, value in sorted(vars(loaded).items())
            # What Django reads, less a class imported under an upper-case name (CSP) and the
            # modules' private helpers (_RAM): no setting, and _RAM depends on the machine.
            if name.isupper()
            and not name.startswith("_")
            and not isinstance(value, type | types.ModuleType | types.FunctionType)
        }
    return result


def snapshots():
    """{environment: snapshot()} for each of ENVIRONMENTS, the process's environment replaced."""
    result = {}
    for name, environ in ENVIRONMENTS.items():
        os.environ.clear()
        os.environ.update(environ)
        result[name] = snapshot()
    return result


def snapshots_now():
    """snapshots() in a fresh process, so that no module of this one's settings is reused."""
    completed = subprocess.run(
        [sys.executable, "-m", "tests.support.settings_snapshot"],
        cwd=BASE_DIR,
        env={},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(completed.stdout)


def pack(values):
    """Each distinct value of a setting once; per environment and module, the index of each
    value that is not the setting's first (null: the module has no such setting)."""
    table = {}
    for modules in values.values():
        for settings in modules.values():
            for name, value in settings.items():
                if "error" not in settings and value not in table.setdefault(name, []):
                    table[name].append(value)
    chosen = {
        environment: {
            module: settings
            if "error" in settings
            else {
                name: table[name].index(settings[name]) if name in settings else None
                for name in sorted(table)
                if name not in settings or table[name].index(settings[name])
            }
            for module, settings in modules.items()
        }
        for environment, modules in values.items()
    }
    return {"environments": chosen, "values": table}


def unpack(packed):
    return {
        environment: {
            module: settings
            if "error" in settings
            else {
                name: known[settings.get(name, 0)]
                for name, known in packed["values"].items()
                if settings.get(name, 0) is not None
            }
            for module, settings in modules.items()
        }
        for environment, modules in packed["environments"].items()
    }


def write():
    VALUES.parent.mkdir(parents=True, exist_ok=True)
    values = snapshots_now()
    packed = pack(values)
    assert unpack(packed) == values
    environments = ",\n".join(
        f"  {json.dumps(environment)}: {{\n"
        + ",\n".join(
            f"   {json.dumps(module)}: {json.dumps(settings, sort_keys=True, ensure_ascii=False)}"
            for module, settings in modules.items()
        )
        + "\n  }"
        for environment, modules in packed["environments"].items()
    )
    table = (
        "{\n"
        + ",\n".join(
            f"  {json.dumps(name)}: [\n"
            + ",\n".join(f"   {json.dumps(value, ensure_ascii=False)}" for value in known)
            + "\n  ]"
            for name, known in sorted(packed["values"].items())
        )
        + "\n }"
    )
    VALUES.write_text(f'{{\n "environments": {{\n{environments}\n }},\n "values": {table}\n}}\n')
    assert unpack(json.loads(VALUES.read_text())) == values


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        write()
    else:
        json.dump(snapshots(), sys.stdout, ensure_ascii=False)
