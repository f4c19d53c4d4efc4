"""A small TOML writer for what tomllib reads back (merged secrets.toml files).

Tables become `[a.b]` sections; tables inside arrays become inline tables.
`tomllib.loads(dumps(d)) == d` for anything tomllib produces.
"""

from __future__ import annotations

import datetime
import json
import math
import re
from typing import Any

_BARE = re.compile(r"[A-Za-z0-9_-]+")


def dumps(data: dict[str, Any]) -> str:
    out: list[str] = []
    _table(data, [], out)
    return "\n".join(out) + "\n"


def _table(data: dict[str, Any], path: list[str], out: list[str]) -> None:
    scalars = [(k, v) for k, v in data.items() if not isinstance(v, dict)]
    tables = [(k, v) for k, v in data.items() if isinstance(v, dict)]
    if path and (scalars or not tables):
        out.append(f"[{'.'.join(_key(p) for p in path)}]")
    out += [f"{_key(k)} = {_value(v)}" for k, v in scalars]
    for k, v in tables:
        _table(v, [*path, k], out)


def _key(key: str) -> str:
    return key if _BARE.fullmatch(key) else _string(key)


def _string(s: str) -> str:
    return json.dumps(s, ensure_ascii=False).replace("\x7f", "\\u007f")


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return repr(v)
    if isinstance(v, str):
        return _string(v)
    if isinstance(v, (datetime.datetime, datetime.date, datetime.time)):
        return v.isoformat()
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{_key(k)} = {_value(x)}" for k, x in v.items()) + "}"
    raise TypeError(f"cannot write {type(v).__name__} as TOML")
