"""The site's folder, and the one way settings read the environment (twelve-factor).

Every setting the environment configures reads its variable through these helpers, with its
default written once, beside the setting. A number left empty counts as not set.
"""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "newsroom"


def env_str(name, default="", environ=os.environ):
    """The variable as it is set, empty included; `default` when it is not set."""
    return environ.get(name, default)


def env_bool(name, default=False, environ=os.environ):
    """On for 1, true, yes or on (any case, spaces ignored), off for any other value."""
    value = environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default, environ=os.environ):
    return _number(int, "a whole number", name, default, environ)


def env_float(name, default, environ=os.environ):
    return _number(float, "a number", name, default, environ)


def env_list(name, default=(), environ=os.environ):
    """A comma-separated list, each item stripped, empty items left out."""
    value = environ.get(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def _number(kind, what, name, default, environ):
    value = environ.get(name, "").strip()
    if not value:
        return default
    try:
        return kind(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be {what}, not {value!r}.") from None
