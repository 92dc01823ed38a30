"""A throwaway redis-server for cache fault tests: its own port, never the shared one."""

import contextlib
import shutil
import signal
import subprocess
import time

import pytest
import redis
from django.conf import settings
from django.test import override_settings

from tests.support.served import free_port

needs_redis_server = pytest.mark.skipif(
    not shutil.which("redis-server"), reason="redis-server is not installed"
)


def redis_cache(port, timeout=0.2, breaker_seconds=None):
    """The production cache settings (newsroom/settings/data.py) on another port, with shorter
    timeouts so a hung server costs the suite less."""
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {
                **settings.REDIS_CACHE_OPTIONS,
                "SOCKET_CONNECT_TIMEOUT": timeout,
                "SOCKET_TIMEOUT": timeout,
                **(
                    {"REDIS_CLIENT_KWARGS": {"breaker_seconds": breaker_seconds}}
                    if breaker_seconds is not None
                    else {}
                ),
            },
        }
    }


class RedisServer:
    def __init__(self, folder):
        self.port = free_port()
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--save", "", "--dir", str(folder)],
            stdout=subprocess.DEVNULL,
        )
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.probe = redis.Redis(port=self.port, socket_timeout=5)  # one connection, kept
        deadline = time.monotonic() + 10
        while True:
            try:
                self.probe.ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def hang(self):
        """Still accepting connections, answering nothing: every call times out."""
        self.process.send_signal(signal.SIGSTOP)

    def resume(self):
        self.process.send_signal(signal.SIGCONT)

    def commands_processed(self):
        """Every command the server has run before this one."""
        return self.probe.info("stats")["total_commands_processed"] - 1

    def send_signal(self, sig):
        self.process.send_signal(sig)

    def terminate(self):
        self.process.terminate()

    def wait(self, timeout=None):
        return self.process.wait(timeout)

    def stop(self):
        self.process.send_signal(signal.SIGCONT)  # a stopped process only dies once continued
        self.process.kill()
        self.process.wait(10)


@contextlib.contextmanager
def throwaway_redis(folder, timeout=0.2, breaker_seconds=None):
    """A redis-server of the test's own, with the production cache settings pointed at it."""
    server = RedisServer(folder)
    try:
        with override_settings(CACHES=redis_cache(server.port, timeout, breaker_seconds)):
            yield server
    finally:
        server.stop()
