"""The worker's side of the bridge: the only module that imports `js`/`pyodide`.

The worker (web/src/worker/boot.ts) boots Pyodide, unpacks this package and
the app, registers a JS module `_wasmlit_host` and then calls, in order:

    entry = pyodide.pyimport("wasmlit.worker.entry")
    entry.start(app_dir, entry_script)      # creates the session, queues run 1
    await entry.drain.callPromising()        # runs until no request is pending

and for every BackMsg (JSON text) that the page sends:

    entry.receive(text, ...buffers)          # only queues; never runs the script
    if (!draining) await entry.drain.callPromising()

`_wasmlit_host` provides:
    post(data: Uint8Array, ...buffers: Uint8Array[]): void
                                    -- one ForwardMsg (UTF-8 JSON) and the bytes it
                                       carries (Note [Bulk bytes] in protocol.py)
    persist(): Promise<void>        -- store ~/.streamlit/cache in IndexedDB
                                       (Note [Persisted entries] in caching/storage.py)
    wait(ms: number): Promise<void> -- resolves after `ms`, or as soon as a
                                       BackMsg arrives, whichever is first

Note [Yielding with JSPI]
~~~~~~~~~~~~~~~~~~~~~~~~~
`drain` is entered through `callPromising`, so `run_sync` may suspend the
whole Python stack while the worker's event loop delivers queued messages
(`receive` runs then, re-entering Python on the same interpreter). The runtime
yields at checkpoints at most every YIELD_INTERVAL seconds of script time and
in `time.sleep`; see runtime/control.py. Without JSPI (`can_run_sync()` is
false) nothing yields: a run goes to completion and the requests that arrived
meanwhile are coalesced into the next run.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import _wasmlit_host  # type: ignore[import-not-found]  # registered by boot.ts
import js  # type: ignore[import-not-found]  # Pyodide only
from pyodide.ffi import can_run_sync, run_sync, to_js  # type: ignore[import-not-found]  # Pyodide only

from wasmlit.protocol import Buffer
from wasmlit.runtime.control import _original_sleep
from wasmlit.runtime.host import Host
from wasmlit.runtime.session import AppSession

_session: AppSession | None = None


class PyodideHost(Host):
    @property
    def can_yield(self) -> bool:  # type: ignore[override]  # Host's attribute, computed live here
        # True only inside a call entered through callPromising (Pyodide tracks
        # the current suspender), so it is asked at each yield, not once.
        return bool(can_run_sync())

    def post(self, data: bytes, buffers: list[Buffer]) -> None:
        _wasmlit_host.post(to_js(data), *[to_js(b) for b in buffers])

    def persist(self) -> None:
        done = _wasmlit_host.persist()
        if self.can_yield:  # wait, so what the page shows next is stored
            run_sync(done)

    def run_async(self, awaitable: Any) -> Any:
        # Pyodide's event loop is the browser's: only JSPI can wait for it here.
        if not self.can_yield:
            raise RuntimeError(
                "This browser cannot wait for an async generator inside a script "
                "(it lacks JavaScript Promise Integration); use a plain generator."
            )
        return run_sync(awaitable)

    def wait(self, seconds: float) -> None:
        if self.can_yield:
            run_sync(_wasmlit_host.wait(max(0.0, seconds) * 1000.0))
        elif seconds > 0:
            # No JSPI: nothing can arrive meanwhile, so this is a plain sleep.
            _original_sleep(seconds)


def start(app_dir: str, entry_script: str) -> None:
    global _session
    from wasmlit import alias

    alias.install()
    # Before the app can import matplotlib: Note [Matplotlib backend] in elements/media.py.
    os.environ["MPLBACKEND"] = "Agg"
    os.chdir(app_dir)
    if app_dir not in sys.path:
        sys.path.insert(0, app_dir)
    from wasmlit import secrets

    secrets.export_to_environ(secrets.load_secrets_file())  # as Streamlit does at start (SEC-05)
    _session = AppSession(os.path.join(app_dir, entry_script), PyodideHost())
    _session.request_initial_run()


def reload_theme() -> None:
    """`wasmlit run` saw .streamlit/config.toml change: its [theme] applies at once,
    the other options at the next start, as in Streamlit (CHECKLIST CFG-05)."""
    import dataclasses

    from wasmlit import config

    if _session is None:
        return
    try:
        fresh = config.load(os.path.dirname(os.path.abspath(_session.script_path)))
    except Exception as e:  # a half-saved or wrong file: keep the theme, say why
        print(f"wasmlit: .streamlit/config.toml not applied: {e}", file=sys.stderr)
        return
    _session.config = dataclasses.replace(_session.config, theme=fresh.theme)
    _session.host.send(_session.config.message())


def files_saved() -> None:
    """`wasmlit run` wrote saved files that will not rerun the app now (run-on-save
    off): the sidebar of a pages/ app follows its folder (Note [Run on save])."""
    from wasmlit import pages

    if _session is not None:
        pages.pages_changed(_session)


def receive(text: str, *buffers: Any) -> None:
    """A BackMsg; `buffers` are the Uint8Arrays its `$bytes` placeholders index."""
    assert _session is not None, "start() first"
    _session.receive(text, [b.to_bytes() for b in buffers])


def drain() -> None:
    assert _session is not None, "start() first"
    _session.drain()


def can_yield() -> bool:
    """Whether this browser has JSPI, so `drain` should be entered with callPromising.

    (`can_run_sync()` would say False here: it is only true inside such a call.)
    """
    return hasattr(js.WebAssembly, "Suspending")
