"""Outages on a served site: the database goes away and comes back, health says so."""

import json

import pytest

from tests.served import ServedSite, postgres_available

pytestmark = pytest.mark.skipif(
    not postgres_available(), reason="needs the PostgreSQL service to stand behind a proxy"
)


def test_database_outage_gives_a_friendly_503_then_recovers_without_a_failed_request(tmp_path):
    with ServedSite(tmp_path) as site:
        status, _headers, body = site.get("/sante/")
        assert status == 200
        assert json.loads(body) == {"statut": "ok", "base": "ok", "cache": "ok"}
        assert site.get("/")[0] == 200

        site.proxy.cut()
        status, _headers, body = site.get("/sante/")
        assert status == 503
        assert json.loads(body)["base"] == "indisponible"
        assert site.get("/")[0] == 200  # readers still get the pages already in the cache
        status, headers, body = site.get("/?essai=panne")
        assert status == 503, site.log()
        assert headers["Retry-After"] == "30"
        assert "Site momentanément indisponible" in body
        assert "Traceback" not in body and "OperationalError" not in body
        assert "écrits par des intelligences artificielles" in body  # the AI notice, even now

        site.restore_database()
        # Fresh renders (a new query string each time: no cached copy), one worker.
        statuses = [site.get(f"/?essai={n}")[0] for n in range(6)] + [site.get("/sante/")[0]]
        assert statuses == [200] * 7
