"""Each settings module gives every setting the value it gave before the settings were split
by concern, in each environment of tests/settings_snapshot.py (its docstring says how the
recorded values were taken, and how to record them again after a deliberate change)."""

import json

import pytest

from tests.settings_snapshot import ENVIRONMENTS, MODULES, VALUES, snapshots_now, unpack


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
