"""On a SQLite file, writers take the write lock in turn, in the order they asked for it.

SQLite lets one writer in at a time; the others sleep and retry (its busy handler, up to
100 ms between tries), and a writer that comes while one sleeps takes the lock first. Under
a newsroom's steady writes, the same request can lose every try for the whole `timeout` and
get « database is locked » while the others each waited a fraction of a second. So an unsafe
request first waits on a lock file beside the database (flock): the kernel wakes a waiter the
moment the lock is let go, in any thread or process of the site, and SQLite's lock is then
free for it.
"""

import contextlib
import fcntl

from django.db import connections


def lock_path(using="default"):
    """The lock file beside a SQLite database file (as its -wal and -shm are); None when
    there is nothing to queue for (another database, or SQLite in memory)."""
    connection = connections[using]
    if connection.vendor != "sqlite" or connection.is_in_memory_db():
        return None
    return f"{connection.settings_dict['NAME']}-writers"


@contextlib.contextmanager
def turn(using="default"):
    """Wait for this writer's turn, and hold it until the block ends."""
    path = lock_path(using)
    if path is None:
        yield
        return
    # A file opened per turn: flock queues open files, so threads of one process queue too.
    with open(path, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
