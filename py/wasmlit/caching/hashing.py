"""Hashing the arguments of a cached function, deterministically.

Note [Argument hashing]
~~~~~~~~~~~~~~~~~~~~~~~
A value key must be the same in every run, session and (for persist="disk")
page load, so Python's `hash()` (salted per process) is never used. Values
are turned into bytes by type: scalars, containers, dates, enums,
dataclasses, files, NumPy arrays and pandas objects are hashed by content;
classes and modules by name. Anything else is unhashable (Streamlit's
`UnhashableParamError`): custom classes, Pydantic models, ML models, plain
functions, unless `hash_funcs` says how. `hash_funcs` is keyed by a type or
by its `"module.QualName"` string and is consulted first, so it also
overrides the built-in rules (CHECKLIST CACHE-17, CACHE-18). NumPy object
arrays are hashed element by element (Streamlit hashes their pointers, so
every rerun misses; ERR-13 allows the deterministic improvement).
"""

from __future__ import annotations

import dataclasses
import datetime
import decimal
import enum
import functools
import hashlib
import importlib
import inspect
import io
import os
import pathlib
import re
import struct
import sys
import types
from collections.abc import Callable, Mapping
from typing import Any

from wasmlit.caching.errors import UnhashableTypeError, fqn_type


def _instance_of(obj: Any, module: str, name: str) -> bool:
    """isinstance(obj, module.name) without importing the module, which no page
    load should pay for: no instance exists before its module is imported
    (Note [Import cost] in wasmlit/record.py)."""
    mod = sys.modules.get(module)
    return mod is not None and isinstance(obj, getattr(mod, name))


HashFuncs = Mapping[Any, Callable[[Any], Any]]


def normalize_hash_funcs(hash_funcs: HashFuncs | None) -> dict[str, Callable[[Any], Any]]:
    """Keys as `module.QualName` strings: a class redefined by a rerun still matches."""
    out: dict[str, Callable[[Any], Any]] = {}
    for key, fn in (hash_funcs or {}).items():
        out[key if isinstance(key, str) else f"{key.__module__}.{key.__qualname__}"] = fn
    return out


_CYCLE = b"__cycle__"


class Hasher:
    def __init__(self, hash_funcs: dict[str, Callable[[Any], Any]]) -> None:
        self._hash_funcs = hash_funcs
        self._stack: set[int] = set()

    def update(self, h: Any, obj: Any) -> None:
        h.update(self.to_bytes(obj))

    def to_bytes(self, obj: Any) -> bytes:
        if id(obj) in self._stack:
            return _CYCLE
        self._stack.add(id(obj))
        try:
            return type(obj).__qualname__.encode() + b":" + self._to_bytes(obj)
        finally:
            self._stack.discard(id(obj))

    def _digest(self, items: Any) -> bytes:
        h = hashlib.blake2b(digest_size=16)
        for item in items:
            self.update(h, item)
        return h.digest()

    def _to_bytes(self, obj: Any) -> bytes:  # noqa: C901 - one branch per kind of value
        fn = self._hash_funcs.get(fqn_type(obj))
        if fn is not None:
            return self.to_bytes(fn(obj))
        if obj is None or isinstance(obj, bool):
            return repr(obj).encode()
        if isinstance(obj, (bytes, bytearray, memoryview)):
            return bytes(obj)
        if isinstance(obj, str):
            return obj.encode("utf-8", "surrogatepass")
        if isinstance(obj, int):
            return str(int(obj)).encode()
        if isinstance(obj, float):
            return struct.pack("<d", obj)
        if isinstance(obj, (complex, decimal.Decimal, range, slice)) or _instance_of(obj, "fractions", "Fraction"):
            return repr(obj).encode()
        if _instance_of(obj, "uuid", "UUID"):
            return bytes(obj.bytes)
        if isinstance(obj, enum.Enum):
            return self.to_bytes((fqn_type(obj), obj.name))
        if isinstance(obj, (datetime.datetime, datetime.time)):
            return self.to_bytes((obj.isoformat(), str(obj.utcoffset())))
        if isinstance(obj, (datetime.date, datetime.timedelta)):
            return repr(obj).encode()
        if isinstance(obj, pathlib.PurePath):
            return str(obj).encode()
        if isinstance(obj, (list, tuple)):
            return self._digest(obj)
        if isinstance(obj, (set, frozenset)):
            return self._digest(sorted(self.to_bytes(x) for x in obj))
        if isinstance(obj, (dict, types.MappingProxyType)):
            return self._digest(obj.items())
        if _instance_of(obj, "unittest.mock", "Mock"):  # importing it would bring asyncio
            return str(id(obj)).encode()
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            return self._digest(
                (f.name, getattr(obj, f.name)) for f in dataclasses.fields(obj)
            )
        if isinstance(obj, re.Pattern):
            return self.to_bytes((obj.pattern, obj.flags))
        if isinstance(obj, (io.StringIO, io.BytesIO)):
            return self.to_bytes((obj.tell(), obj.getvalue()))
        if isinstance(obj, io.IOBase) and isinstance(getattr(obj, "name", None), str):
            name = obj.name  # type: ignore[attr-defined]  # checked above
            return self.to_bytes((name, os.path.getmtime(name), obj.tell()))
        if isinstance(obj, functools.partial):
            return self.to_bytes((obj.func, obj.args, obj.keywords))
        if inspect.ismodule(obj):
            return obj.__name__.encode()
        if inspect.isclass(obj):
            return f"{obj.__module__}.{obj.__qualname__}".encode()
        if inspect.isbuiltin(obj) or type(obj).__name__ in ("ufunc", "method-wrapper"):
            return f"{getattr(obj, '__module__', '')}.{obj.__name__}".encode()
        module = type(obj).__module__.split(".")[0]
        if module == "numpy":
            return self._numpy(obj)
        if module == "pandas":
            return self._pandas(obj)
        if module == "PIL" and hasattr(obj, "tobytes"):
            return self.to_bytes((obj.mode, obj.size, obj.tobytes()))
        raise UnhashableTypeError(fqn_type(obj))

    def _numpy(self, obj: Any) -> bytes:
        import numpy as np

        if isinstance(obj, np.generic):
            return self.to_bytes((str(obj.dtype), obj.item()))
        if isinstance(obj, np.ndarray):
            if obj.dtype.hasobject:  # pointers differ per run: hash the items
                return self.to_bytes((obj.shape, "O", obj.ravel().tolist()))
            return self.to_bytes((obj.shape, str(obj.dtype), np.ascontiguousarray(obj).tobytes()))
        if isinstance(obj, np.dtype):
            return str(obj).encode()
        raise UnhashableTypeError(fqn_type(obj))

    def _pandas(self, obj: Any) -> bytes:
        pd: Any = importlib.import_module("pandas")  # Any: pandas ships no type stubs

        if isinstance(obj, (pd.DataFrame, pd.Series, pd.Index)):
            try:
                values = pd.util.hash_pandas_object(obj, index=not isinstance(obj, pd.Index))
                content = values.to_numpy().tobytes()
            except TypeError:  # unhashable cells (lists, dicts): fall back to pickle
                import pickle

                content = pickle.dumps(obj, pickle.HIGHEST_PROTOCOL)
            cols = list(map(str, obj.columns)) if isinstance(obj, pd.DataFrame) else []
            dtypes = [str(d) for d in obj.dtypes] if isinstance(obj, pd.DataFrame) else [str(obj.dtype)]
            return self.to_bytes((obj.shape, cols, dtypes, content))
        if isinstance(obj, pd.api.extensions.ExtensionArray):
            return self.to_bytes((str(obj.dtype), pd.Series(obj, copy=False)))
        if isinstance(obj, (pd.Timestamp, pd.Timedelta)):
            return repr(obj).encode()
        raise UnhashableTypeError(fqn_type(obj))


def hash_parts(parts: Any, hash_funcs: dict[str, Callable[[Any], Any]] | None = None) -> str:
    h = hashlib.blake2b(digest_size=16)
    Hasher(hash_funcs or {}).update(h, parts)
    return h.hexdigest()
