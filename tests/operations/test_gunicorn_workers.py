"""gunicorn as `make serve` runs it (gunicorn.conf.py): workers are replaced on memory, not
every thousand requests, and a replacement loses no request."""

import re

import pytest

from tests.support.served import ServedSite, postgres_available

pytestmark = pytest.mark.skipif(
    not postgres_available(), reason="serves the site on production settings and PostgreSQL"
)

BOOTED = re.compile(r"Booting worker with pid: (\d+)")


def booted_workers(site):
    return BOOTED.findall(site.log())


def test_a_busy_worker_under_its_memory_limit_is_never_replaced(tmp_path):
    # The count that `make serve` used to recycle at, and more: still the same worker.
    with ServedSite(tmp_path) as site:
        statuses = {site.get(f"/sante/?n={n}")[0] for n in range(1100)}
        assert statuses == {200}
        assert len(booted_workers(site)) == 1, site.log()


def test_a_worker_over_its_memory_limit_is_replaced_after_its_request(tmp_path):
    with ServedSite(tmp_path, {"WORKER_MAX_MEMORY_MB": "1"}) as site:
        statuses = [site.get(f"/?n={n}")[0] for n in range(4)]
        assert statuses == [200] * 4  # each answered in full before its worker left
        workers = booted_workers(site)
        assert len(set(workers)) >= 4, site.log()
        assert "replaced after this request" in site.log()
