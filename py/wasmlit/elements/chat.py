"""Chat widgets: st.chat_input and st.feedback (st.chat_message is a layout block).

Note [Chat input]
~~~~~~~~~~~~~~~~~
st.chat_input is a trigger, like a button: it returns the submitted text in
the one run the submission causes and None in every other run (CHECKLIST
WID-40, TEST-18); its value is reset to None when the next run starts
(`value_type="string_trigger"`). Called at the top of the main area (not in
any container, column, fragment or dialog), it is drawn in the bottom root,
pinned below the page; anywhere else it is drawn in place. Its value cannot be
set through st.session_state (Streamlit 1.41's error).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from wasmlit import protocol
from wasmlit.elements.form import check_callback_rules, current_form_id, shown_value
from wasmlit.elements.inputs import _key, _meta, _set_by_state, _widget_id
from wasmlit.elements.tree import BOTTOM, MAIN, DeltaGenerator, command
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import get_script_run_ctx
from wasmlit.state.widgets import WidgetCallback, register_widget


@command
def chat_input(
    dg: DeltaGenerator, placeholder: str = "Your message", *, key: Any = None,
    max_chars: int | None = None, disabled: bool = False,
    on_submit: WidgetCallback | None = None, args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
) -> str | None:
    """A chat text box; see Note [Chat input]."""
    user_key = _key(key)
    check_callback_rules(dg, on_submit)
    _set_by_state(user_key, writes_allowed=False)
    wid = _widget_id(dg, "chat_input", user_key, placeholder=placeholder, max_chars=max_chars)
    ctx = get_script_run_ctx()
    # As Streamlit, only in a real app (its check needs `runtime.exists()`).
    if ctx is not None and not ctx.session.app_test and current_form_id(dg):
        raise StreamlitAPIException("`st.chat_input()` can't be used in a `st.form()`.")
    meta = _meta(wid, "chat_input", lambda v: None if v is None else str(v), lambda v: v,
                 on_submit, args, kwargs, value_type="string_trigger")
    value = register_widget(meta, user_key).value
    target = BOTTOM if dg.path == MAIN.path and not dg.locked else dg
    target._enqueue(protocol.ChatInput(wid, str(placeholder), max_chars, bool(disabled)))
    return None if value is None else str(value)


# ------------------------------------------------------------------ feedback

#: The options each variant shows, in order (Streamlit's material icon names),
#: and the value each returns: thumbs show 👍 first but 👍 is 1 and 👎 is 0.
_FEEDBACK: dict[str, tuple[list[str], list[int]]] = {
    "thumbs": ([":material/thumb_up:", ":material/thumb_down:"], [1, 0]),
    "faces": ([":material/sentiment_sad:", ":material/sentiment_dissatisfied:",
               ":material/sentiment_neutral:", ":material/sentiment_satisfied:",
               ":material/sentiment_very_satisfied:"], [0, 1, 2, 3, 4]),
    "stars": ([":material/star:"] * 5, [0, 1, 2, 3, 4]),
}


@command
def feedback(
    dg: DeltaGenerator, options: str = "thumbs", *, key: Any = None, disabled: bool = False,
    on_change: WidgetCallback | None = None, args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
) -> int | None:
    """A row of thumbs, faces or stars; returns the chosen one's value (None: none chosen)."""
    if options not in _FEEDBACK:
        raise StreamlitAPIException(
            "The options argument to st.feedback must be one of "
            f"['thumbs', 'faces', 'stars']. The argument passed was '{options}'."
        )
    icons, values = _FEEDBACK[options]
    user_key = _key(key)
    check_callback_rules(dg, on_change)
    _set_by_state(user_key)

    def deserialize(v: Any) -> int | None:
        # The page sends the selected option's position: [i], or [] for none.
        if not v:
            return None
        i = int(v[0])
        return values[i] if 0 <= i < len(values) else None

    def serialize(v: Any) -> list[int]:
        return [] if v is None else [values.index(int(v))]

    wid = _widget_id(dg, "feedback", user_key, options=options)
    meta = _meta(wid, "feedback", deserialize, serialize, on_change, args, kwargs)
    result = register_widget(meta, user_key)
    shown, set_value = shown_value(dg, meta, result)
    dg._enqueue(protocol.Feedback(wid, bool(disabled), options, list(icons),  # type: ignore[arg-type]  # checked above
                                  serialize(shown), set_value))
    return None if result.value is None else int(result.value)
