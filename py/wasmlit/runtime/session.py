"""One session (a browser tab, or one AppTest): its state and its runs."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence

from wasmlit import config, protocol
from wasmlit.runtime.control import install_sleep
from wasmlit.runtime.fragment import FragmentStorage
from wasmlit.runtime.host import Host
from wasmlit.runtime.requests import RerunData, ScriptRequests, coalesce
from wasmlit.runtime.runner import RunResult, ScriptCache, run_script
from wasmlit.state.session_state import SessionState
from wasmlit.state.uploads import UploadStore


class AppSession:
    def __init__(self, script_path: str, host: Host, *, source: str | None = None) -> None:
        self.script_path = script_path
        self.source = source  # AppTest.from_string: the script is not a file
        self.host = host
        self.session_state = SessionState()
        self.requests = ScriptRequests()
        self.scripts = ScriptCache()
        self.fragments = FragmentStorage()  # Note [Fragment runs] in runtime/fragment.py
        self.uploads = UploadStore()  # Note [Uploads] in state/uploads.py
        self.last_run_id = 0
        self.last_result: RunResult | None = None
        self.secrets: dict[str, object] | None = None  # None: read .streamlit/secrets.toml
        #: .streamlit/config.toml next to the script (checked by the build).
        self.config = config.load(os.path.dirname(os.path.abspath(script_path)))
        host.max_message_bytes = self.config.max_message_size_mb * 1_000_000  # Note [Message size]
        #: Driven by AppTest, where Streamlit's `runtime.exists()` is False (a few
        #: checks, such as callbacks inside forms, only apply to a real app).
        self.app_test = False
        self._draining = threading.Lock()
        self._new_session = False
        install_sleep()

    def request_initial_run(self) -> None:
        self.host.send(self.config.message())  # the theme and chrome before anything is drawn
        self.requests.request_rerun(RerunData(widgets=()))

    def request_rerun(self, data: RerunData) -> None:
        self.requests.request_rerun(data)
        self.host.notify()

    def receive(self, text: str | bytes, buffers: Sequence[bytes] = ()) -> None:
        """A BackMsg from the page: only queues it (see worker/entry.py).

        `buffers` are the bytes its `$bytes` placeholders stand for (Note [Bulk bytes]).
        """
        msg = protocol.parse_backmsg(text, buffers)
        if isinstance(msg, protocol.Rerun):
            fragments = (msg.fragment_id,) if msg.fragment_id is not None else ()
            if msg.query_string is not None:  # Note [Page addressing] in pages.py
                from wasmlit.pages import set_query_string

                set_query_string(self, msg.query_string)
            if msg.new_session:
                self._new_session = True  # done between runs, in drain()
            self.request_rerun(RerunData(tuple(msg.widgets), msg.page, fragment_ids=fragments))
        elif isinstance(msg, protocol.UploadFiles):
            self.uploads.add(msg.files)  # the widget's new value follows in a rerun
        elif isinstance(msg, protocol.ClearCache):
            from wasmlit.caching import clear_all

            clear_all("cache_data")
            clear_all("cache_resource")
            self.host.persist()
        elif isinstance(msg, protocol.Unlock):
            pass  # for the worker (Note [Encrypted bundles] in build/crypto.py)
        else:
            self.requests.request_stop()
            self.host.notify()

    def _start_new_session(self) -> None:
        """The visitor navigated by URL (Note [URL navigation] in web/src/app/routing.ts).

        Streamlit makes a new session for such a page load: empty session state,
        no widget values, no uploads or fragments. The caches are not the
        session's and stay.
        """
        self._new_session = False
        self.session_state = SessionState()
        self.fragments = FragmentStorage()
        self.uploads = UploadStore()

    def drain(self) -> None:
        """Run until no request is pending (reruns chain: st.rerun, interrupts)."""
        if not self._draining.acquire(blocking=False):
            return
        try:
            pending = self.requests.take_rerun()
            while pending is not None:
                if self._new_session:
                    self._start_new_session()
                self.last_run_id += 1
                uploaded = self.uploads.newest_id()
                result = run_script(self, pending, self.last_run_id)
                if result.status in ("ok", "error") and not pending.fragment_ids:
                    self.uploads.forget_widgets(set(self.session_state.widget_ids()), uploaded)
                self.last_result = result
                queued = self.requests.take_rerun()
                if result.rerun is not None and queued is not None:
                    pending = coalesce(result.rerun, queued)
                else:
                    pending = queued if queued is not None else result.rerun
        finally:
            self._draining.release()
