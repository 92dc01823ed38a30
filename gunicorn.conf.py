"""gunicorn's settings for the site (read from the working directory: `make serve`, bench/).

The application is imported once, in the master, and each worker is a fork of it: a new
worker answers at once instead of spending seconds of CPU importing Django and Wagtail. A
worker is replaced when its memory grows past WORKER_MAX_MEMORY_MB (after the request that
made it grow), not after a fixed number of requests: at cache-hit rates a count of a thousand
restarted a worker every few seconds.
"""

import logging
import os

preload_app = True
max_requests = int(os.environ.get("WORKER_MAX_REQUESTS", "0"))  # 0: no recycling by count
max_requests_jitter = max_requests // 10

WORKER_MAX_MEMORY_MB = int(os.environ.get("WORKER_MAX_MEMORY_MB", "400"))
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

logger = logging.getLogger("gunicorn.error")


def resident_mb():
    """The process's resident memory now (Linux), or None where /proc is not available."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * PAGE_SIZE / 2**20
    except (OSError, ValueError, IndexError):
        return None


def post_fork(server, worker):
    # Nothing opened by the master is shared: each worker opens its own connections.
    from django.db import connections

    connections.close_all()


def post_request(worker, req, environ, resp):
    size = resident_mb()
    if WORKER_MAX_MEMORY_MB and size is not None and size > WORKER_MAX_MEMORY_MB:
        logger.info(
            "worker %s uses %.0f MB (limit %s MB): replaced after this request",
            worker.pid,
            size,
            WORKER_MAX_MEMORY_MB,
        )
        worker.alive = False
