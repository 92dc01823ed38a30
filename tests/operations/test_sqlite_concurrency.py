"""The embedded default takes a newsroom's writes at once: no « database is locked »."""

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

ROOT = Path(__file__).resolve().parent.parent.parent


def run(env, *args):
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout.split()[-1]


@pytest.fixture
def article(tmp_path):
    """A database file of its own with an article; the writers' environment and its id."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'newsroom.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v0"], cwd=ROOT, env=env, check=True
    )
    return env, run(env, "-m", "tests.support.sqlite_writers", "setup")


def save_at_once(env, article_id, processes, saves, *timeout_hold):
    """Writer processes that start saving together; what each printed."""
    command = [sys.executable, "-m", "tests.support.sqlite_writers", "save", article_id, str(saves)]
    writers = [
        subprocess.Popen(
            [*command, *timeout_hold],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(processes)
    ]
    for writer in writers:
        assert writer.stdout.readline().strip() == "ready", writer.communicate()
    for writer in writers:
        writer.stdin.write("go\n")
        writer.stdin.close()
    return [(writer.stdout.read(), writer.stderr.read()) for writer in writers]


def test_four_editors_saving_at_once_lose_no_revision(article):
    env, article_id = article
    for out, err in save_at_once(env, article_id, 4, 25):
        assert "database is locked" not in err, err[-2000:]
        assert out.strip().endswith("saved 25 failed 0"), (out, err)
    assert int(run(env, "-m", "tests.support.sqlite_writers", "count", article_id)) == 4 * 25


def test_no_writer_waits_behind_more_than_the_writers_before_it(article):
    """Four writers saving back to back, each save keeping the write lock 0.2 s, SQLite
    waiting 2 s at most: in turn, each writer's wait is the saves queued before it, and the lock
    is free when its turn comes. Left to SQLite's retries (a sleep of up to 100 ms between
    tries), the writer that has just saved takes the lock again before the sleepers wake, and
    they get « database is locked »."""
    env, article_id = article
    results = save_at_once(env, article_id, 4, 15, "2", "0.2")
    assert [err for _, err in results if "database is locked" in err] == []
    assert [out.split()[-4:] for out, _ in results] == [["saved", "15", "failed", "0"]] * 4
