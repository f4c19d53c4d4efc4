"""Widget identity and registration.

Note [Widget identity]
~~~~~~~~~~~~~~~~~~~~~~
A widget's id is a pure function of its kind, its user key, the page and form
it is on, and the identity arguments its command passes (label, bounds,
default, options, placeholder, help, ...): never of callbacks, their args,
`disabled` or `label_visibility` (CHECKLIST WID-01, WID-02). Changing an
identity argument makes a new widget, which starts from its default (WID-07).
Ids look like Streamlit's: `$$WID-<hash>-<key>` (`-None` when there is no key),
so keyed ids can be told from keyless ones.

Registering a widget (making it part of this run, raising on duplicates) is
a separate step: `register_widget`.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from typing import Any, Callable, Generic, Literal, NewType, TypeVar

from wasmlit.errors import DuplicateWidgetID, StreamlitAPIException

WidgetId = NewType("WidgetId", str)
T = TypeVar("T")

PREFIX = "$$WID-"

#: "trigger": a button, True in the one run its press causes; "string_trigger":
#: st.chat_input, the submitted text in that one run, else None.
ValueType = Literal["value", "trigger", "string_trigger"]
WidgetCallback = Callable[..., None]


def compute_widget_id(
    kind: str, *, user_key: str | None, page: str = "", form_id: str = "", **identity: Any
) -> WidgetId:
    h = hashlib.blake2b(digest_size=16)
    for part in (kind, page, form_id, str(user_key)):
        h.update(part.encode())
        h.update(b"\0")
    for name in sorted(identity):
        h.update(name.encode())
        h.update(b"=")
        h.update(repr(identity[name]).encode())
        h.update(b"\0")
    return WidgetId(f"{PREFIX}{h.hexdigest()}-{user_key}")


def is_widget_id(key: str) -> bool:
    return key.startswith(PREFIX)


def is_keyed_widget_id(key: str) -> bool:
    return is_widget_id(key) and not key.endswith("-None")


@dataclass(frozen=True)
class WidgetMetadata(Generic[T]):
    """What the runtime keeps about a widget between runs.

    `deserialize` turns the page's wire value (None: no value yet) into the
    Python value; `serialize` does the reverse, for values set through
    session state. Callback args are captured when the widget renders, in the
    run before the interaction (CHECKLIST SS-23).
    """

    id: WidgetId
    kind: str
    deserialize: Callable[[Any], T]
    serialize: Callable[[T], Any]
    value_type: ValueType = "value"
    callback: WidgetCallback | None = None
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] | None = None
    #: The fragment whose body drew it (Note [Fragment runs] in runtime/fragment.py).
    fragment_id: str | None = None


@dataclass(frozen=True)
class RegisterResult(Generic[T]):
    value: T
    value_changed: bool  # set through session state: the page must take it


def register_widget(metadata: WidgetMetadata[T], user_key: str | None) -> RegisterResult[T]:
    from wasmlit.runtime.context import get_script_run_ctx

    ctx = get_script_run_ctx()
    if ctx is None:
        # Outside a run (plain `python app.py`): the widget shows its default.
        return RegisterResult(metadata.deserialize(None), False)
    if metadata.id in ctx.widget_ids_this_run or (
        user_key is not None and user_key in ctx.widget_user_keys_this_run
    ):
        raise _duplicate_error(metadata.kind, user_key)
    ctx.widget_ids_this_run.add(metadata.id)
    if ctx.fragment_id is not None:
        metadata = dataclasses.replace(metadata, fragment_id=ctx.fragment_id)
    if user_key is not None:
        ctx.widget_user_keys_this_run.add(user_key)
    return ctx.session.session_state.register_widget(metadata, user_key)


def _duplicate_error(kind: str, user_key: str | None) -> StreamlitAPIException:
    if user_key is not None:
        return DuplicateWidgetID(
            f"There are multiple widgets with the same `key='{user_key}'`.\n\n"
            "To fix this, please make sure that the `key` argument is unique for each "
            "widget you create."
        )
    return DuplicateWidgetID(
        f"There are multiple `{kind}` widgets with the same generated key.\n\n"
        "When a widget is created, it's assigned an internal key based on its structure. "
        "Multiple widgets with an identical structure will result in the same internal "
        "key, which causes this error.\n\n"
        f"To fix this error, please pass a unique `key` argument to `st.{kind}`."
    )
