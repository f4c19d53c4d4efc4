"""Session state: user keys and widget values, in Streamlit's three layers.

Note [Three layers]
~~~~~~~~~~~~~~~~~~~
- `_old`: the state as the previous run left it, keyed by user key or widget id.
- `_new_session`: what the script (or a callback) assigned during this run,
  by user key.
- `_new_widgets`: the values the page sent for this run, by widget id, kept in
  wire form until a widget's metadata says how to read them.
A read looks in `_new_session`, then `_new_widgets`, then `_old`. Before a
run the layers are compacted into `_old`; a widget not rendered in a finished
run loses its value, and its key with it (CHECKLIST WID-16), unless the key was
assigned by hand since (WID-19).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass
from typing import Any

from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitValueAssignmentNotAllowedError,
    UnserializableSessionStateError,
)
from wasmlit.protocol import WidgetState
from wasmlit.state.widgets import (
    RegisterResult,
    T,
    WidgetId,
    WidgetMetadata,
    is_keyed_widget_id,
    is_widget_id,
)

_DOCS = "https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"


def _missing_key(key: str) -> str:
    return (
        f'st.session_state has no key "{key}". Did you forget to initialize it? '
        f"More info: {_DOCS}"
    )


def _missing_attr(key: str) -> str:
    return (
        f'st.session_state has no attribute "{key}". Did you forget to initialize it? '
        f"More info: {_DOCS}"
    )


@dataclass
class _Wire:
    """A widget value as the page sent it, not yet deserialized."""

    value: Any


class SessionState:
    def __init__(self) -> None:
        self._old: dict[str, Any] = {}
        self._new_session: dict[str, Any] = {}
        self._new_widgets: dict[str, Any] = {}  # widget id -> _Wire | python value
        self._metadata: dict[str, WidgetMetadata[Any]] = {}
        self._key_to_id: dict[str, str] = {}
        self._id_to_key: dict[str, str] = {}  # the reverse, kept in step
        #: submit button id -> its form id (Note [Forms] in elements/form.py)
        self.form_submitters: dict[str, str] = {}

    # ------------------------------------------------------------ lookups

    def _widget_id(self, key: str) -> str:
        return self._key_to_id.get(key, key)

    def _user_key(self, widget_id: str) -> str | None:
        return self._id_to_key.get(widget_id)

    def _widget_value(self, widget_id: str) -> Any:
        raw = self._new_widgets[widget_id]
        if isinstance(raw, _Wire):
            meta = self._metadata.get(widget_id)
            if meta is None:
                raise KeyError(widget_id)
            value = meta.deserialize(raw.value)
            self._new_widgets[widget_id] = value
            return value
        return raw

    def _get(self, widget_id: str | None, user_key: str | None) -> Any:
        if user_key is not None and user_key in self._new_session:
            return self._new_session[user_key]
        if widget_id is not None and widget_id in self._new_widgets:
            try:
                return self._widget_value(widget_id)
            except KeyError:
                pass
        if widget_id is not None and widget_id in self._old:
            return self._old[widget_id]
        if user_key is not None and user_key in self._old:
            return self._old[user_key]
        raise KeyError(user_key or widget_id)

    def __getitem__(self, key: str) -> Any:
        widget_id = self._widget_id(key)
        user_key = key
        if widget_id == key and is_widget_id(key):
            user_key = self._user_key(widget_id) or key
        try:
            return self._get(widget_id, user_key)
        except KeyError:
            raise KeyError(_missing_key(key)) from None

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        try:
            self[key]
        except KeyError:
            return False
        return True

    def _raw_keys(self) -> set[str]:
        return {*self._old, *self._new_widgets, *self._new_session}

    def user_items(self) -> dict[str, Any]:
        """The state a user sees: their keys, and keyed widgets by key."""
        out: dict[str, Any] = {}
        for k in self._raw_keys():
            if not is_widget_id(k):
                if not k.startswith("$$"):
                    try:
                        out[k] = self[k]
                    except KeyError:
                        pass
            elif is_keyed_widget_id(k):
                user_key = self._user_key(k)
                if user_key is not None:
                    try:
                        out[user_key] = self[k]
                    except KeyError:
                        pass
        return out

    # ------------------------------------------------------------ writes

    def __setitem__(self, key: str, value: Any) -> None:
        from wasmlit.runtime.context import get_script_run_ctx

        ctx = get_script_run_ctx()
        if ctx is not None:
            widget_id = self._key_to_id.get(key)
            if widget_id in ctx.widget_ids_this_run or key in ctx.form_ids_this_run:
                raise StreamlitAPIException(
                    f"`st.session_state.{key}` cannot be modified after the widget with "
                    f"key `{key}` is instantiated."
                )
            if ctx.session.config.enforce_serializable_session_state:
                _check_serializable(key, value)
        self._new_session[key] = value

    def __delitem__(self, key: str) -> None:
        widget_id = self._widget_id(key)
        if not (key in self or widget_id in self):
            raise KeyError(_missing_key(key))
        self._new_session.pop(key, None)
        self._old.pop(key, None)
        if self._key_to_id.pop(key, None) is not None:
            self._id_to_key.pop(widget_id, None)
        self._new_widgets.pop(widget_id, None)
        self._old.pop(widget_id, None)

    def is_new_state_value(self, user_key: str) -> bool:
        return user_key in self._new_session

    # ------------------------------------------------------------ widgets

    def register_widget(self, meta: WidgetMetadata[T], user_key: str | None) -> RegisterResult[T]:
        widget_id = meta.id
        self._metadata[widget_id] = meta
        if user_key is not None:
            self._key_to_id[user_key] = widget_id
            self._id_to_key[widget_id] = user_key
        if widget_id not in self and (user_key is None or user_key not in self):
            # New widget, no state to adopt: it starts from its default (WID-09, WID-11).
            self._new_widgets[widget_id] = copy.deepcopy(meta.deserialize(None))
        value: T = self[widget_id]
        changed = user_key is not None and self.is_new_state_value(user_key)
        return RegisterResult(value, changed)

    def set_widgets_from_page(self, states: tuple[WidgetState, ...]) -> None:
        self._new_widgets = {s.id: _Wire(s.value) for s in states}

    def _reset_triggers(self) -> None:
        for wid, meta in self._metadata.items():
            if meta.value_type in ("trigger", "string_trigger"):
                reset = False if meta.value_type == "trigger" else None
                if wid in self._new_widgets:
                    self._new_widgets[wid] = reset
                if wid in self._old:
                    self._old[wid] = reset

    def _compact(self) -> None:
        for key in self._raw_keys():
            try:
                self._old[key] = self[key]
            except KeyError:
                pass
        self._new_session.clear()
        self._new_widgets.clear()

    def _changed(self, widget_id: str) -> bool:
        try:
            new = self._widget_value(widget_id)
        except KeyError:
            return False
        old = self._old.get(widget_id)
        try:
            return bool(new != old)
        except Exception:  # values whose == is not a bool (arrays): treat as changed
            return True

    def on_script_will_rerun(self, states: tuple[WidgetState, ...] | None) -> None:
        """Before a run: take the page's values, then run changed widgets' callbacks."""
        self._reset_triggers()
        self._compact()
        if states is None:
            return
        self.set_widgets_from_page(states)
        for wid in [w for w in self._new_widgets if self._changed(w)]:
            meta = self._metadata.get(wid)
            if meta is not None and meta.callback is not None:
                meta.callback(*meta.args, **(meta.kwargs or {}))

    def on_script_finished(self, widget_ids_this_run: set[str],
                           fragment_ids_this_run: tuple[str, ...] = ()) -> None:
        """After a completed run, unrendered widgets go (triggers reset on the next run).

        After a fragment run, only the widgets of the run's fragments can go: the
        others were not drawn because they were not asked to be (Note [Fragment
        runs] in runtime/fragment.py).
        """
        stale = [
            wid for wid, meta in self._metadata.items()
            if wid not in widget_ids_this_run
            and (not fragment_ids_this_run or meta.fragment_id in fragment_ids_this_run)
        ]
        for wid in stale:
            self._new_widgets.pop(wid, None)
            self._old.pop(wid, None)
            del self._metadata[wid]
            self.form_submitters.pop(wid, None)
        live = set(self._metadata)
        self._key_to_id = {k: w for k, w in self._key_to_id.items() if w in live}
        self._id_to_key = {w: k for k, w in self._key_to_id.items()}

    def check_writable(self, user_key: str | None, *, writes_allowed: bool) -> bool:
        """Whether the script set this widget's key this run (raise where forbidden)."""
        if user_key is None or not self.is_new_state_value(user_key):
            return False
        if not writes_allowed:
            raise StreamlitValueAssignmentNotAllowedError(user_key)
        return True

    def widget_ids(self) -> list[WidgetId]:
        return [WidgetId(w) for w in self._metadata]


def _check_serializable(key: str, value: Any) -> None:
    """runner.enforceSerializableSessionState (CHECKLIST SS-28, CFG-16), with Streamlit's message."""
    import pickle

    try:
        pickle.dumps(value)
    except Exception as e:
        raise UnserializableSessionStateError(
            f"Cannot serialize the value (of type `{type(value)}`) of '{key}' in "
            "st.session_state. Streamlit has been configured to use "
            "[pickle](https://docs.python.org/3/library/pickle.html) to serialize "
            "session_state values. Please convert the value to a pickle-serializable type. "
            "To learn more about this behavior, see [our docs]"
            "(https://docs.streamlit.io/knowledge-base/using-streamlit/serializable-session-state)."
        ) from e


class SessionStateProxy(MutableMapping[str, Any]):
    """`st.session_state`: item and attribute access to the current session's state."""

    def __init__(self, get_state: Any) -> None:
        object.__setattr__(self, "_get_state", get_state)

    def _state(self) -> SessionState:
        state: SessionState = self._get_state()
        return state

    def __getitem__(self, key: str) -> Any:
        return self._state()[_check_key(key)]

    def __setitem__(self, key: str, value: Any) -> None:
        self._state()[_check_key(key)] = value

    def __delitem__(self, key: str) -> None:
        del self._state()[_check_key(key)]

    def __contains__(self, key: object) -> bool:
        return str(key) in self._state().user_items()

    def __iter__(self) -> Iterator[str]:
        return iter(self._state().user_items())

    def __len__(self) -> int:
        return len(self._state().user_items())

    def __getattr__(self, key: str) -> Any:
        try:
            return self._state()[key]
        except KeyError:
            raise AttributeError(_missing_attr(key)) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self._state()[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self._state()[key]
        except KeyError:
            raise AttributeError(_missing_attr(key)) from None

    def to_dict(self) -> dict[str, Any]:
        return self._state().user_items()

    def __repr__(self) -> str:
        return repr(self.to_dict())

    def _repr_markdown_(self) -> str:
        return repr(self)


def _check_key(key: Any) -> str:
    """Keys are strings (others are converted, as Streamlit does); `$$` is ours."""
    text = str(key)
    if text.startswith("$$"):
        raise StreamlitAPIException(f"Keys beginning with $$ are reserved: {text!r}.")
    return text
