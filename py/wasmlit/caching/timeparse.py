"""`ttl` values: seconds, a timedelta, or a string such as "1h", "1d2h34m", "2 days"."""

from __future__ import annotations

import math
import re
from datetime import timedelta
from typing import Any

from wasmlit.caching.errors import BadTimeStringError

_UNITS: dict[str, float] = {
    "w": 604800, "week": 604800, "weeks": 604800,
    "d": 86400, "day": 86400, "days": 86400,
    "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
    "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60, "t": 60,
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
    "ms": 1e-3, "millisecond": 1e-3, "milliseconds": 1e-3,
    "us": 1e-6, "microsecond": 1e-6, "microseconds": 1e-6,
    "ns": 1e-9, "nanosecond": 1e-9, "nanoseconds": 1e-9,
}
_PART = re.compile(r"\s*(\d+(?:\.\d*)?|\.\d+)\s*([a-zA-Z]+)\s*,?")


def parse_duration(text: str) -> float:
    """Seconds in `text` (pandas.Timedelta's unit spellings); BadTimeStringError if not."""
    pos, total, seen = 0, 0.0, False
    while pos < len(text.rstrip()):
        m = _PART.match(text, pos)
        if m is None or m.group(2).lower() not in _UNITS:
            raise BadTimeStringError(text)
        total += float(m.group(1)) * _UNITS[m.group(2).lower()]
        pos, seen = m.end(), True
    if not seen:
        raise BadTimeStringError(text)
    return total


def ttl_seconds(ttl: Any) -> float:
    """Infinity for None (CACHE-11)."""
    if ttl is None:
        return math.inf
    if isinstance(ttl, timedelta):
        return ttl.total_seconds()
    if isinstance(ttl, str):
        return parse_duration(ttl)
    return float(ttl)
