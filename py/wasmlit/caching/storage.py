"""Where cached entries live: in memory per function, and on disk for persist="disk".

Note [Persisted entries]
~~~~~~~~~~~~~~~~~~~~~~~~
`persist="disk"` entries of st.cache_data are files
`<cache folder>/<function key>-<value key>.memo`, the folder being
Streamlit's `~/.streamlit/cache`. A file holds the pickled
`(written_at, pickled value, recording)`: `written_at` is wall-clock time, so
`ttl` holds across restarts and page reloads. The function key hashes the
function's source, so an entry written by an older version of the function
has another name and is never read. In the browser the folder is an IDBFS
mount (web/src/worker/boot.ts): the worker loads it from IndexedDB before the
first run, and `Host.persist()` writes it back after every change. Storage
that fails (a full disk, a private window) leaves the entry in memory only,
with one warning.
"""

from __future__ import annotations

import math
import os
import pickle
import sys
import threading
import time
import weakref
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from wasmlit.caching.replay import Recording
from wasmlit.runtime.context import get_script_run_ctx

_SUFFIX = ".memo"


def now() -> float:
    """Wall-clock seconds (patched by the tests that let time pass)."""
    return time.time()


def cache_folder() -> str:
    return os.path.join(os.path.expanduser("~"), ".streamlit", "cache")


@dataclass
class Entry:
    value: Any  # cache_data: the pickled bytes; cache_resource: the object itself
    recording: Recording | None
    written_at: float


_warned = False


def _warn_once(err: BaseException) -> None:
    global _warned
    if not _warned:
        _warned = True
        print(f"wasmlit: persist=\"disk\" cache storage is unavailable ({err}); "
              "cached values are kept in memory only", file=sys.stderr)


def _persist_host() -> None:
    ctx = get_script_run_ctx()
    if ctx is not None:
        ctx.session.host.persist()


class DiskStore:
    """The persisted entries of one function (see Note [Persisted entries])."""

    def __init__(self, function_key: str) -> None:
        self.function_key = function_key

    def _path(self, value_key: str) -> str:
        return os.path.join(cache_folder(), f"{self.function_key}-{value_key}{_SUFFIX}")

    def read(self, value_key: str) -> Entry | None:
        try:
            with open(self._path(value_key), "rb") as f:
                written_at, value, recording = pickle.load(f)
        except FileNotFoundError:
            return None
        except Exception:  # unreadable (truncated, another version): a miss
            return None
        return Entry(value, recording, written_at)

    def write(self, value_key: str, entry: Entry) -> None:
        try:
            data = pickle.dumps((entry.written_at, entry.value, entry.recording))
            os.makedirs(cache_folder(), exist_ok=True)
            tmp = self._path(value_key) + ".tmp"
            with open(tmp, "wb") as f:
                f.write(data)
            os.replace(tmp, self._path(value_key))
        except Exception as e:
            _warn_once(e)
            return
        _persist_host()

    def delete(self, value_key: str) -> None:
        try:
            os.remove(self._path(value_key))
        except OSError:
            return
        _persist_host()

    def clear(self) -> None:
        delete_files(f"{self.function_key}-")


def delete_files(prefix: str = "") -> None:
    """Remove persisted entries whose name starts with `prefix` (all by default)."""
    try:
        names = os.listdir(cache_folder())
    except OSError:
        return
    removed = False
    for name in names:
        if name.startswith(prefix) and name.endswith(_SUFFIX):
            try:
                os.remove(os.path.join(cache_folder(), name))
                removed = True
            except OSError:
                pass
    if removed:
        _persist_host()


class FunctionCache:
    """The entries of one cached function, shared by every session (CACHE-05)."""

    def __init__(self, ttl: float, max_entries: float, disk: DiskStore | None) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self.disk = disk
        self._entries: OrderedDict[str, Entry] = OrderedDict()
        self._lock = threading.Lock()
        # Weak: a lock lives while someone computes or waits (no growth per key).
        self._compute: weakref.WeakValueDictionary[str, threading.RLock] = (
            weakref.WeakValueDictionary()
        )

    def compute_lock(self, value_key: str) -> threading.RLock:
        """Held while computing a value, so two sessions do not compute it twice."""
        with self._lock:
            lock = self._compute.get(value_key)
            if lock is None:
                lock = self._compute[value_key] = threading.RLock()
            return lock

    def _expired(self, entry: Entry) -> bool:
        return not math.isinf(self.ttl) and now() - entry.written_at >= self.ttl

    def get(self, value_key: str) -> Entry | None:
        # Disk calls stay outside self._lock: they may yield to the page
        # (Host.persist), whose "Clear cache" takes the lock (a deadlock).
        with self._lock:
            entry = self._entries.get(value_key)
            if entry is not None and not self._expired(entry):
                self._entries.move_to_end(value_key)
                return entry
            if entry is not None:
                del self._entries[value_key]
        if self.disk is None:
            return None
        if entry is not None:  # expired
            self.disk.delete(value_key)
            return None
        entry = self.disk.read(value_key)
        if entry is None:
            return None
        if self._expired(entry):
            self.disk.delete(value_key)
            return None
        with self._lock:
            self._store(value_key, entry)
        return entry

    def _store(self, value_key: str, entry: Entry) -> None:
        self._entries[value_key] = entry
        self._entries.move_to_end(value_key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)  # the least recently used (CACHE-12)

    def put(self, value_key: str, entry: Entry) -> None:
        with self._lock:
            self._store(value_key, entry)
        if self.disk is not None:
            self.disk.write(value_key, entry)

    def delete(self, value_key: str) -> None:
        with self._lock:
            self._entries.pop(value_key, None)
        if self.disk is not None:
            self.disk.delete(value_key)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
        if self.disk is not None:
            self.disk.clear()

    def __len__(self) -> int:
        return len(self._entries)
