"""A per-session message throttle (token bucket): one user flooding the chat cannot slow the others down."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

THROTTLED = "发送太频繁，请稍候再试"


@dataclass
class _Bucket:
    tokens: float
    updated: float


class MessageThrottle:
    """At most `capacity` messages per `per_seconds` for each session key (bursts up to `capacity`).

    One instance per process (e.g. held next to the `Services`); every session is a separate bucket,
    so a flood from one session is refused without affecting any other. Thread-safe.
    """

    def __init__(
        self,
        capacity: int = 5,
        per_seconds: float = 10.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_sessions: int = 10_000,
    ):
        if capacity < 1 or per_seconds <= 0:
            raise ValueError("capacity must be >= 1 and per_seconds > 0")
        self.capacity = capacity
        self.per_seconds = per_seconds
        self._rate = capacity / per_seconds  # tokens regained per second
        self._clock = clock
        self._max_sessions = max_sessions
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def _refill(self, bucket: _Bucket, now: float) -> None:
        bucket.tokens = min(self.capacity, bucket.tokens + (now - bucket.updated) * self._rate)
        bucket.updated = now

    def _prune(self, now: float) -> None:
        """Forget buckets that are full again (idle sessions), so memory stays bounded."""
        idle = [k for k, b in self._buckets.items() if b.tokens + (now - b.updated) * self._rate >= self.capacity]
        for key in idle:
            del self._buckets[key]

    def allow(self, session_key: str) -> bool:
        """Take one message from the session's budget; False when the session is sending too fast."""
        return self.check(session_key) is None

    def check(self, session_key: str) -> str | None:
        """None when the message may go ahead (and is counted), else the Chinese notice to show instead."""
        now = self._clock()
        with self._lock:
            bucket = self._buckets.get(session_key)
            if bucket is None:
                if len(self._buckets) >= self._max_sessions:
                    self._prune(now)
                bucket = self._buckets[session_key] = _Bucket(float(self.capacity), now)
            self._refill(bucket, now)
            if bucket.tokens >= 1.0:
                bucket.tokens -= 1.0
                return None
            wait = math.ceil((1.0 - bucket.tokens) / self._rate)
        return f"{THROTTLED}（约 {wait} 秒后可再发送）。"

    def retry_after(self, session_key: str) -> float:
        """Seconds until the session may send again (0 when it may send now); does not count a message."""
        now = self._clock()
        with self._lock:
            bucket = self._buckets.get(session_key)
            if bucket is None:
                return 0.0
            self._refill(bucket, now)
            return max(0.0, (1.0 - bucket.tokens) / self._rate)

    def forget(self, session_key: str) -> None:
        """Drop a session's bucket (e.g. on logout)."""
        with self._lock:
            self._buckets.pop(session_key, None)
