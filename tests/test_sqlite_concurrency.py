"""The embedded default takes a small newsroom's writes at once: no « database is locked »."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="SQLite's locking; PostgreSQL takes concurrent writes by design",
)

ROOT = Path(__file__).resolve().parent.parent
PROCESSES, SAVES = 4, 25


def run(env, *args):
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout.split()[-1]


def test_four_editors_saving_at_once_lose_no_revision(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'newsroom.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v0"], cwd=ROOT, env=env, check=True
    )
    article_id = run(env, "-m", "tests.sqlite_writers", "setup")
    writers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.sqlite_writers", "save", article_id, str(SAVES)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    results = [writer.communicate(timeout=600) for writer in writers]
    for out, err in results:
        assert "database is locked" not in err, err[-2000:]
        assert out.strip().endswith(f"saved {SAVES} failed 0"), (out, err)
    assert int(run(env, "-m", "tests.sqlite_writers", "count", article_id)) == PROCESSES * SAVES
