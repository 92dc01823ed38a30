"""A Redis client that stops asking a Redis that just failed: a circuit breaker.

A hung Redis costs each call its socket timeout, and one page makes several cache calls
(the page, its fragments, Wagtail's site root paths, renditions...): 0.5 s each added up to
12-18 s a page. After one timeout or connection error, this process asks that server nothing
for `breaker_seconds`; every call fails at once instead, which django-redis, ignoring its
errors, turns into a cache miss. The first call after the pause tries again.

Used by django-redis as REDIS_CLIENT_CLASS (newsroom/settings/data.py), so it covers every
cache call alike: the page cache, Wagtail's, the comments' rate limit.
"""

import logging
import time

from redis import Redis
from redis.client import Pipeline
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

FAILURES = (RedisConnectionError, RedisTimeoutError, OSError)

# Per process: server address -> time.monotonic() until which it is not asked.
_open_until = {}


def _address(pool):
    kwargs = pool.connection_kwargs
    return kwargs.get("path") or f"{kwargs.get('host')}:{kwargs.get('port')}/{kwargs.get('db')}"


def _guarded(client, call, *args, **kwargs):
    address = _address(client.connection_pool)
    if _open_until.get(address, 0) > time.monotonic():
        raise RedisConnectionError(f"Redis at {address} failed just now: not asked")
    try:
        return call(*args, **kwargs)
    except FAILURES:
        _open_until[address] = time.monotonic() + client.breaker_seconds
        logger.warning("Redis at %s failed: not asked for %s s", address, client.breaker_seconds)
        raise


class BreakerPipeline(Pipeline):
    breaker_seconds = 5

    def execute(self, *args, **kwargs):
        return _guarded(self, super().execute, *args, **kwargs)


class BreakerRedis(Redis):
    def __init__(self, *args, breaker_seconds=5, **kwargs):
        super().__init__(*args, **kwargs)
        self.breaker_seconds = breaker_seconds

    def execute_command(self, *args, **options):
        return _guarded(self, super().execute_command, *args, **options)

    def pipeline(self, transaction=True, shard_hint=None):
        pipeline = BreakerPipeline(
            self.connection_pool, self.response_callbacks, transaction, shard_hint
        )
        pipeline.breaker_seconds = self.breaker_seconds
        return pipeline
