"""Each settings module gives every setting the value it gave before the settings were split
by concern, in each environment of tests/support/settings_snapshot.py (its docstring says how the
recorded values were taken, and how to record them again after a deliberate change)."""

import json

import pytest
from django.core.exceptions import ImproperlyConfigured

from newsroom.settings.environment import env_bool, env_float, env_int, env_list, env_str
from tests.support.settings_snapshot import ENVIRONMENTS, MODULES, VALUES, snapshots_now, unpack


@pytest.fixture(scope="module")
def now():
    return snapshots_now()


@pytest.fixture(scope="module")
def recorded():
    return unpack(json.loads(VALUES.read_text()))


def test_every_environment_is_recorded(recorded):
    assert list(recorded) == list(ENVIRONMENTS)
    assert all(list(modules) == list(MODULES) for modules in recorded.values())


@pytest.mark.parametrize("environment", ENVIRONMENTS)
@pytest.mark.parametrize("module", MODULES)
def test_settings_keep_their_values(now, recorded, environment, module):
    assert now[environment][module] == recorded[environment][module]


def test_environment_helpers_read_values_as_documented():
    environ = {"ON": " Yes ", "OFF": "0", "EMPTY": "", "NUMBER": " 12 ", "HOSTS": " a , ,b "}
    assert env_bool("ON", environ=environ) is True
    assert env_bool("OFF", True, environ=environ) is False
    assert env_bool("EMPTY", True, environ=environ) is False
    assert env_bool("UNSET", True, environ=environ) is True
    assert env_str("EMPTY", "default", environ=environ) == ""
    assert env_str("UNSET", "default", environ=environ) == "default"
    assert env_int("NUMBER", 5, environ=environ) == 12
    assert env_int("EMPTY", 5, environ=environ) == 5
    assert env_float("NUMBER", 1.0, environ=environ) == 12.0
    assert env_list("HOSTS", environ=environ) == ["a", "b"]
    assert env_list("EMPTY", ["localhost"], environ=environ) == []
    assert env_list("UNSET", ["localhost"], environ=environ) == ["localhost"]


def test_a_number_that_is_not_one_stops_the_site_with_the_variable_named():
    with pytest.raises(ImproperlyConfigured, match="PAGE_CACHE_SECONDS must be a whole number"):
        env_int("PAGE_CACHE_SECONDS", 600, environ={"PAGE_CACHE_SECONDS": "dix"})
    with pytest.raises(ImproperlyConfigured, match="PAGE_CACHE_STALE_SECONDS must be a number"):
        env_float("PAGE_CACHE_STALE_SECONDS", 10.0, environ={"PAGE_CACHE_STALE_SECONDS": "1,5"})
