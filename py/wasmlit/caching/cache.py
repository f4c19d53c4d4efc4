"""st.cache_data and st.cache_resource: the decorators and the cached function.

Note [Cache keys]
~~~~~~~~~~~~~~~~~
A function's cache is found by its *function key*: the hash of the cache
type, the function's module, qualified name and source code (its bytecode if
the source cannot be read), never the function object, so the function
redefined by every rerun finds its entries, and editing its body starts an
empty cache (CHECKLIST CACHE-02, CACHE-04, CACHE-06). A *value key* hashes
the `(name, value)` pairs of the arguments, skipping those whose name starts
with `_` (CACHE-14); see Note [Argument hashing] in hashing.py. Caches are
module-level, so every session of the runtime shares them (CACHE-05).
"""

from __future__ import annotations

import functools
import inspect
import math
import pickle
import threading
import types
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from wasmlit.caching import replay, storage
from wasmlit.caching.errors import (
    CacheType,
    UnhashableParamError,
    UnhashableTypeError,
    UnserializableReturnValueError,
    widget_replay_deprecation,
)
from wasmlit.caching.hashing import HashFuncs, hash_parts, normalize_hash_funcs
from wasmlit.caching.timeparse import ttl_seconds
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import get_script_run_ctx

_caches: dict[tuple[CacheType, str], storage.FunctionCache] = {}
_caches_lock = threading.Lock()


def function_key(cache_type: CacheType, func: Callable[..., Any]) -> str:
    try:
        source: str | bytes = inspect.getsource(func)
    except (OSError, TypeError):
        source = func.__code__.co_code
    return hash_parts((cache_type, func.__module__, func.__qualname__, source))


def clear_all(cache_type: CacheType) -> None:
    """Empty every cache of one type, persisted entries included."""
    with _caches_lock:
        caches = [c for (t, _), c in _caches.items() if t == cache_type]
        for key in [k for k in _caches if k[0] == cache_type]:
            del _caches[key]
    for cache in caches:
        cache.clear()
    if cache_type == "cache_data":
        storage.delete_files()


def _positional_names(func: Callable[..., Any]) -> list[str | None]:
    names: list[str | None] = []
    for p in inspect.signature(func).parameters.values():
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            names.append(p.name)
    return names


class CachedFunc:
    """What the decorators return: call it, `.clear()` it; binds `self` as a method."""

    def __init__(self, func: Callable[..., Any], cache_type: CacheType, *, ttl: Any,
                 max_entries: int | None, show_spinner: bool | str, persist: str | None,
                 hash_funcs: HashFuncs | None,
                 validate: Callable[[Any], bool] | None = None) -> None:
        self._static = isinstance(func, staticmethod)
        if isinstance(func, (staticmethod, classmethod)):
            func = func.__func__
        self._func = func
        self._type: CacheType = cache_type
        self._ttl = ttl_seconds(ttl)
        self._max_entries = math.inf if max_entries is None else float(max_entries)
        self._show_spinner = show_spinner
        self._persist = persist
        self._hash_funcs = normalize_hash_funcs(hash_funcs)
        self._validate = validate
        self._names = _positional_names(func)
        self._key = function_key(cache_type, func)
        functools.update_wrapper(self, func)

    def __repr__(self) -> str:
        return f"<st.{self._type} {self._func.__qualname__}>"

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None or self._static:
            return self
        return types.MethodType(self, instance)

    # -- the cache of this function

    def _cache(self) -> storage.FunctionCache:
        with _caches_lock:
            cache = _caches.get((self._type, self._key))
            if cache is None:
                disk = storage.DiskStore(self._key) if self._persist == "disk" else None
                cache = storage.FunctionCache(self._ttl, self._max_entries, disk)
                _caches[(self._type, self._key)] = cache
            return cache

    def _value_key(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
        pairs: list[tuple[str | None, Any]] = [
            (self._names[i] if i < len(self._names) else None, v) for i, v in enumerate(args)
        ]
        pairs.extend(kwargs.items())
        parts = []
        for name, value in pairs:
            if name is not None and name.startswith("_"):
                continue
            try:
                parts.append(hash_parts((name, value), self._hash_funcs))
            except UnhashableTypeError:
                raise UnhashableParamError(self._type, self._func, name, value) from None
        return hash_parts(parts)

    # -- calling

    def _hit(self, cache: storage.FunctionCache, value_key: str) -> tuple[bool, Any]:
        entry = cache.get(value_key)
        if entry is None:
            return False, None
        value = pickle.loads(entry.value) if self._type == "cache_data" else entry.value
        if self._validate is not None and not self._validate(value):
            cache.delete(value_key)
            return False, None
        replay.replay(entry.recording, self._type, self._func)
        return True, value

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        cache = self._cache()
        value_key = self._value_key(args, kwargs)
        found, value = self._hit(cache, value_key)
        if found:
            return value
        with cache.compute_lock(value_key):
            found, value = self._hit(cache, value_key)  # another session computed it meanwhile
            if found:
                return value
            return self._compute(cache, value_key, args, kwargs)

    def _spinner_text(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
        if isinstance(self._show_spinner, str):
            return self._show_spinner
        if not self._show_spinner:
            return None
        name = self._func.__qualname__
        return f"Running `{name}(...)`." if args or kwargs else f"Running `{name}()`."

    def _compute(self, cache: storage.FunctionCache, value_key: str,
                 args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        ctx = get_script_run_ctx()
        text = self._spinner_text(args, kwargs)
        if ctx is not None and text is not None:
            from wasmlit.elements.status import spinner
            from wasmlit.elements.tree import active_dg

            with spinner(active_dg(), text):
                value, rec = self._run(ctx, args, kwargs)
        else:
            value, rec = self._run(ctx, args, kwargs)
        stored: Any = value
        if self._type == "cache_data":
            try:
                stored = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
            except Exception:
                raise UnserializableReturnValueError(self._func, value) from None
        cache.put(value_key, storage.Entry(stored, rec, storage.now()))
        return value

    def _run(self, ctx: Any, args: tuple[Any, ...],
             kwargs: dict[str, Any]) -> tuple[Any, replay.Recording | None]:
        with replay.recording(ctx) as rec:
            value = self._func(*args, **kwargs)
            replay.warn_about_widgets(rec)
        return value, rec

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Clear this function's cache; with arguments, only the entry for them."""
        cache = self._cache()
        if args or kwargs:
            cache.delete(self._value_key(args, kwargs))
        else:
            cache.clear()


def _widget_replay_removed(decorator: CacheType) -> None:
    """See Note [Widgets in cached functions] in replay.py (CHECKLIST CACHE-25)."""
    if get_script_run_ctx() is None:
        return
    from wasmlit.elements.status import warning
    from wasmlit.elements.tree import active_dg

    warning(active_dg(), widget_replay_deprecation(decorator))


def _check_persist(persist: Any) -> str | None:
    if persist is True:
        return "disk"
    if persist in (None, False, "disk"):
        return persist or None
    raise StreamlitAPIException(
        f"Unsupported persist option '{persist}'. Valid values are 'disk' or None."
    )


class CacheDataAPI:
    """`st.cache_data`: bare or with parameters; `st.cache_data.clear()`."""

    def __call__(self, func: Callable[..., Any] | None = None, *,
                 ttl: float | timedelta | str | None = None, max_entries: int | None = None,
                 show_spinner: bool | str = True, persist: str | bool | None = None,
                 experimental_allow_widgets: bool = False,
                 hash_funcs: HashFuncs | None = None) -> Any:
        persist_value = _check_persist(persist)
        if experimental_allow_widgets:
            _widget_replay_removed("cache_data")

        def wrap(f: Callable[..., Any]) -> CachedFunc:
            return CachedFunc(f, "cache_data", ttl=ttl, max_entries=max_entries,
                              show_spinner=show_spinner, persist=persist_value,
                              hash_funcs=hash_funcs)

        return wrap if func is None else wrap(func)

    def clear(self) -> None:
        """Clear all in-memory and on-disk data caches."""
        clear_all("cache_data")


class CacheResourceAPI:
    """`st.cache_resource`: bare or with parameters; `st.cache_resource.clear()`."""

    def __call__(self, func: Callable[..., Any] | None = None, *,
                 ttl: float | timedelta | str | None = None, max_entries: int | None = None,
                 show_spinner: bool | str = True,
                 validate: Callable[[Any], bool] | None = None,
                 experimental_allow_widgets: bool = False,
                 hash_funcs: HashFuncs | None = None) -> Any:
        if experimental_allow_widgets:
            _widget_replay_removed("cache_resource")

        def wrap(f: Callable[..., Any]) -> CachedFunc:
            return CachedFunc(f, "cache_resource", ttl=ttl, max_entries=max_entries,
                              show_spinner=show_spinner, persist=None,
                              hash_funcs=hash_funcs, validate=validate)

        return wrap if func is None else wrap(func)

    def clear(self) -> None:
        """Clear all cache_resource caches."""
        clear_all("cache_resource")


cache_data = CacheDataAPI()
cache_resource = CacheResourceAPI()
