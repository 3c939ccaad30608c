"""The action throttle (token buckets): every action that may call the model — a chat message or a button (采用, 换一版,
改得更正式, 跳过, 起草这一节, 开始起草) — counts against its account (or, unsigned, its address) and against its school,
whichever browser session it comes from; one user flooding the model cannot slow the others down."""

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
    """At most `capacity` actions per `per_seconds` for each key (bursts up to `capacity`), and at most
    `school_capacity` for each school key given with it.

    One instance per process (held next to the `Services`); every key is a separate bucket, so a flood from one
    account is refused without affecting any other. Thread-safe.
    """

    def __init__(
        self,
        capacity: int = 5,
        per_seconds: float = 10.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_sessions: int = 10_000,
        school_capacity: int | None = None,
    ):
        if capacity < 1 or per_seconds <= 0:
            raise ValueError("capacity must be >= 1 and per_seconds > 0")
        self.capacity = capacity
        self.per_seconds = per_seconds
        self._rate = capacity / per_seconds  # tokens regained per second
        self._clock = clock
        self._max_sessions = max_sessions
        self._buckets: dict[str, _Bucket] = {}
        self.school_capacity = school_capacity or capacity
        self._lock = threading.Lock()

    def _capacity(self, key: str) -> int:
        return self.school_capacity if key.startswith("school:") else self.capacity

    def _rate_of(self, key: str) -> float:
        return self._capacity(key) / self.per_seconds

    def _refill(self, bucket: _Bucket, now: float, key: str = "") -> None:
        bucket.tokens = min(self._capacity(key), bucket.tokens + (now - bucket.updated) * self._rate_of(key))
        bucket.updated = now

    def _prune(self, now: float) -> None:
        """Forget buckets that are full again (idle sessions), so memory stays bounded."""
        idle = [k for k, b in self._buckets.items()
                if b.tokens + (now - b.updated) * self._rate_of(k) >= self._capacity(k)]
        for key in idle:
            del self._buckets[key]

    def allow(self, session_key: str) -> bool:
        """Take one message from the session's budget; False when the session is sending too fast."""
        return self.check(session_key) is None

    def _bucket(self, key: str, now: float) -> _Bucket:
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= self._max_sessions:
                self._prune(now)
            bucket = self._buckets[key] = _Bucket(float(self._capacity(key)), now)
        self._refill(bucket, now, key)
        return bucket

    def check(self, session_key: str, school_key: str | None = None) -> str | None:
        """None when the action may go ahead (counted against the key and the school), else the Chinese notice."""
        now = self._clock()
        with self._lock:
            keys = [session_key] + ([school_key] if school_key else [])
            buckets = [self._bucket(key, now) for key in keys]
            if all(bucket.tokens >= 1.0 for bucket in buckets):
                for bucket in buckets:
                    bucket.tokens -= 1.0
                return None
            wait = max(math.ceil((1.0 - b.tokens) / self._rate_of(k)) for k, b in zip(keys, buckets) if b.tokens < 1.0)
        return f"{THROTTLED}（约 {wait} 秒后可再发送）。"

    def retry_after(self, session_key: str) -> float:
        """Seconds until the session may send again (0 when it may send now); does not count a message."""
        now = self._clock()
        with self._lock:
            bucket = self._buckets.get(session_key)
            if bucket is None:
                return 0.0
            self._refill(bucket, now, session_key)
            return max(0.0, (1.0 - bucket.tokens) / self._rate_of(session_key))

    def forget(self, session_key: str) -> None:
        """Drop a session's bucket (e.g. on logout)."""
        with self._lock:
            self._buckets.pop(session_key, None)
