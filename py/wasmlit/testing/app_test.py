"""AppTest: Streamlit's `streamlit.testing.v1.AppTest`, on the wasmlit runtime.

A test drives one session the way the page would: `run()` sends every shown
widget's value (plus what the test set or clicked) and waits for the run;
the element tree is rebuilt from the ForwardMsgs by the page's own rules.
"""

from __future__ import annotations

import hashlib
import inspect
import os
import tempfile
import textwrap
import threading
import traceback
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

from wasmlit import protocol
from wasmlit.alias import install as install_alias
from wasmlit.pages import query_string, request_page_path, set_query_string
from wasmlit.runtime.host import MemoryHost
from wasmlit.runtime.requests import RerunData
from wasmlit.runtime.session import AppSession
from wasmlit.secrets import load_secrets_file
from wasmlit.state.session_state import SessionStateProxy
from wasmlit.testing.elements import (
    BLOCK_VIEWS,
    KIND_VIEWS,
    VIEWS,
    Block,
    Element,
    ElementList,
    type_name,
)
from wasmlit.testing.tree import Node, PageTree, walk


class _Secrets(MutableMapping[str, Any]):
    """`at.secrets`: key notation only; a dotted key writes into a section (TEST-22)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def __getitem__(self, key: str) -> Any:
        node: Any = self._data
        for part in key.split("."):
            node = node[part]
        return node

    def __setitem__(self, key: str, value: Any) -> None:
        *sections, last = key.split(".")
        node = self._data
        for part in sections:
            node = node.setdefault(part, {})
        node[last] = value

    def __delitem__(self, key: str) -> None:
        del self._data[key]

    def __iter__(self) -> Any:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)



_SCRIPTS: tempfile.TemporaryDirectory[str] | None = None


def _scripts_dir() -> tempfile.TemporaryDirectory[str]:
    """The folder of AppTest.from_string's scripts (made on first use)."""
    global _SCRIPTS
    if _SCRIPTS is None:
        _SCRIPTS = tempfile.TemporaryDirectory(prefix="apptest-scripts-")
    return _SCRIPTS


class AppTest:
    def __init__(self, script_path: str, *, default_timeout: float = 3,
                 source: str | None = None) -> None:
        install_alias()
        self._script_path = os.path.abspath(script_path)
        self.default_timeout = default_timeout
        self._host = MemoryHost()
        self._session = AppSession(self._script_path, self._host, source=source)
        self._session.secrets = load_secrets_file()
        self._session.app_test = True
        self._tree = PageTree()
        self._seen = 0
        self._pending: dict[str, Any] = {}
        self.query_params: dict[str, Any] = {}
        self.secrets = _Secrets(self._session.secrets)
        self.session_state = SessionStateProxy(lambda: self._session.session_state)

    # -------------------------------------------------------------- making

    @classmethod
    def from_file(cls, script_path: str | Path, *, default_timeout: float = 3) -> AppTest:
        path = Path(script_path)
        if not path.is_file():
            caller = Path(traceback.extract_stack()[-2].filename)
            path = caller.parent / script_path
        return cls(str(path), default_timeout=default_timeout)

    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3) -> AppTest:
        source = textwrap.dedent(script)
        # One file per distinct script, in a folder removed when the process exits
        # (as Streamlit's AppTest does), so a test suite leaves nothing in /tmp.
        name = hashlib.sha256(source.encode()).hexdigest()[:16]
        path = Path(_scripts_dir().name) / f"apptest_{name}.py"
        if not path.exists():
            path.write_text(source)
        return cls(str(path), default_timeout=default_timeout, source=source)

    @classmethod
    def from_function(cls, script: Callable[..., Any], *, default_timeout: float = 3,
                      args: tuple[Any, ...] | None = None,
                      kwargs: dict[str, Any] | None = None) -> AppTest:
        source = textwrap.dedent(inspect.getsource(script))
        call = f"\n{script.__name__}(*{args or ()!r}, **{kwargs or {}!r})\n"
        return cls.from_string(source + call, default_timeout=default_timeout)

    # ------------------------------------------------------------- running

    def run(self, *, timeout: float | None = None) -> AppTest:
        """One run with the current widget values; raises if it takes too long.

        As in Streamlit's AppTest, this is always a full run, even for a widget
        inside a fragment (the page would rerun only the fragment).
        """
        return self._run((), timeout)

    def _run_fragment_of(self, widget_id: str, *, timeout: float | None = None) -> AppTest:
        """What the page does for a widget below a fragment's body: rerun only
        that fragment (not part of Streamlit's AppTest; wasmlit's tests use it)."""
        for fid, path in self._tree.fragment_paths.items():
            body = self._tree.node_at(path)
            if body is not None and any(getattr(n.payload, "id", None) == widget_id
                                        for n in walk(body)):
                return self._run((fid,), timeout)
        raise ValueError(f"widget {widget_id!r} is not inside a fragment")

    def _run_fragments(self, fragment_ids: tuple[str, ...], *,
                       timeout: float | None = None) -> AppTest:
        """A run_every tick (or several): rerun these fragments only."""
        return self._run(fragment_ids, timeout)

    def _run(self, fragment_ids: tuple[str, ...], timeout: float | None) -> AppTest:
        timeout = self.default_timeout if timeout is None else timeout
        states = self._widget_states()
        self._pending.clear()
        set_query_string(self._session, urlencode(self.query_params, doseq=True))
        self._session.request_rerun(RerunData(tuple(states), fragment_ids=fragment_ids))
        worker = threading.Thread(target=self._session.drain, daemon=True)
        worker.start()
        worker.join(timeout)
        if worker.is_alive():
            self._session.requests.request_stop()
            self._host.notify()
            worker.join(1.0)
            raise RuntimeError(f"AppTest script run timed out after {timeout}(s)")
        for msg in self._host.messages[self._seen:]:
            self._tree.apply(msg)
        self._seen = len(self._host.messages)
        self.query_params = parse_qs(query_string(self._session), keep_blank_values=True)
        return self

    def switch_page(self, page_path: str) -> AppTest:
        """Run the page file `page_path` (relative to the entry script) on the
        next `run()`; it does not run the app itself (as Streamlit's)."""
        main_dir = Path(self._script_path).parent
        if not (main_dir / page_path).is_file():
            raise ValueError(f"Unable to find script at {page_path}, make sure the page "
                             "given is relative to the main script.")
        request_page_path(self._session, page_path)
        return self

    def _widget_states(self) -> list[protocol.WidgetState]:
        states: dict[str, protocol.WidgetState] = {}
        for root in self._tree.roots:  # dialogs are in the event root, chat inputs at the bottom
            for view in _Root(root, self).get_all_widgets():
                if view.proto.KIND not in ("button", "form_submit_button", "chat_input"):
                    states[view.id] = view.widget_state()
            for kind in ("dataframe", "plotly_chart", "vega_lite_chart"):  # selections (issue #6)
                for df in _Root(root, self).get(kind):
                    if getattr(df, "id", None) is not None:
                        states[df.id] = df.widget_state()
        for wid, pending in self._pending.items():
            states[wid] = pending.widget_state()
        return list(states.values())

    def _widget_value(self, widget_id: str) -> Any:
        return self._session.session_state[widget_id]

    def _serialize(self, widget_id: str, value: Any) -> Any:
        meta = self._session.session_state._metadata.get(widget_id)
        return meta.serialize(value) if meta is not None else value

    # -------------------------------------------------------------- reading

    def _view(self, node: Node) -> Element:
        payload_id = getattr(node.payload, "id", None)
        pending = self._pending.get(payload_id) if payload_id is not None else None
        if isinstance(pending, Element):
            return pending
        view = KIND_VIEWS.get(getattr(node.payload, "KIND", "")) or VIEWS.get(
            type_name(node.payload), Element)
        return view(node, self)

    @property
    def main(self) -> _Root:
        return _Root(self._tree.roots[0], self)

    @property
    def sidebar(self) -> _Root:
        return _Root(self._tree.roots[1], self)

    def get(self, element_type: str) -> ElementList[Any]:
        items: list[Any] = []
        for root in self._tree.roots:
            items.extend(_Root(root, self).get(element_type))
        return ElementList(items)

    @property
    def columns(self) -> ElementList[Any]:
        return self.main.get("column")

    @property
    def tabs(self) -> ElementList[Any]:
        return self.main.get("tab")

    @property
    def exception(self) -> ElementList[Any]:
        return self.get("exception")

    def __getattr__(self, name: str) -> ElementList[Any]:
        if not name.startswith("_") and (name in VIEWS or name in BLOCK_VIEWS):
            return self.get(name)
        raise AttributeError(f"'AppTest' object has no attribute '{name}'")

    def __repr__(self) -> str:
        return f"AppTest({self._script_path!r})"


class _Root(Block):
    def get_all_widgets(self) -> list[Any]:
        from wasmlit.testing.elements import Widget
        from wasmlit.testing.tree import walk

        return [v for n in walk(self.node) if not n.is_block
                for v in [self.root._view(n)] if isinstance(v, Widget)]
