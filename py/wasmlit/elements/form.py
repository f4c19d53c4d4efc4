"""st.form and st.form_submit_button, and the form rules other widgets follow.

Note [Forms]
~~~~~~~~~~~~
A form is a block (`protocol.Form`); a widget is in a form when its path
lies below the form's block path (`ScriptRunContext.forms`), so `form.slider`
and `with st.form(...)` need no extra bookkeeping. The batching is the
page's job: it holds a form widget's changes locally and sends them all in
the one rerun that carries the submit button's trigger (web/src/app/widgets.ts,
Note [Form batching]). Python sees an ordinary rerun, so the runtime needs only
Streamlit's rules here:
- the form id is part of a form widget's identity (Note [Widget identity]);
- no callbacks inside a form except on the submit button (FORM-13; in a real
  app only, as in Streamlit: not under AppTest), no st.button (FORM-11), no nested forms (FORM-12), no duplicate keys, no submit
  button outside a form;
- `clear_on_submit`: in the run a submit causes, the script sees the
  submitted values, but the widgets are drawn with their defaults and
  `set_value`, so the page (and AppTest) take the defaults back. Which form was
  submitted is known from the pressed submit button's id
  (`SessionState.form_submitters`, kept from the run that drew it).
The "Missing Submit Button" warning is drawn by the page, as Streamlit's
frontend does (FORM-10).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from wasmlit import protocol
from wasmlit.elements.tree import DeltaGenerator, command
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import get_script_run_ctx
from wasmlit.state.widgets import RegisterResult, WidgetCallback, WidgetMetadata, register_widget

FORM_DOCS_INFO = """

For more information, refer to the
[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).
"""


@dataclass(frozen=True)
class FormData:
    form_id: str
    clear_on_submit: bool


def _form_at(dg: DeltaGenerator) -> FormData | None:
    ctx = get_script_run_ctx()
    if ctx is None or not ctx.forms:
        return None
    path = dg.path
    for n in range(len(path), 1, -1):
        found = ctx.forms.get(path[:n])
        if found is not None:
            return found
    return None


def current_form_id(dg: DeltaGenerator) -> str:
    """The id of the form `dg` writes into ("" when none)."""
    found = _form_at(dg)
    return found.form_id if found is not None else ""


def check_callback_rules(dg: DeltaGenerator, on_change: WidgetCallback | None) -> None:
    """FORM-13: inside a form only st.form_submit_button may have a callback.

    As in Streamlit, only in a real app: under AppTest (where Streamlit's
    `runtime.exists()` is False) such a callback is allowed and runs on submit,
    before the submit button's own (the click is the last widget state sent).
    """
    ctx = get_script_run_ctx()
    if ctx is None or ctx.session.app_test:
        return
    if on_change is not None and current_form_id(dg):
        raise StreamlitAPIException(
            "With forms, callbacks can only be defined on the `st.form_submit_button`."
            " Defining callbacks on other widgets inside a form is not allowed."
        )


def check_not_in_form(dg: DeltaGenerator, command_name: str) -> None:
    """FORM-11: st.button (and st.download_button) cannot be used in a form."""
    if current_form_id(dg):
        raise StreamlitAPIException(
            f"`st.{command_name}()` can't be used in an `st.form()`.{FORM_DOCS_INFO}"
        )


def form_submitted(form_id: str) -> bool:
    """Whether this run was caused by a submit button of `form_id`."""
    ctx = get_script_run_ctx()
    if ctx is None or not form_id:
        return False
    state = ctx.session.session_state
    for wid, fid in list(state.form_submitters.items()):
        if fid == form_id:
            try:
                if state[wid] is True:
                    return True
            except KeyError:
                pass
    return False


def shown_value(dg: DeltaGenerator, meta: WidgetMetadata[Any],
                result: RegisterResult[Any]) -> tuple[Any, bool]:
    """What a widget draws: (value, set_value); the default after a clearing submit."""
    form = _form_at(dg)
    if form is not None and form.clear_on_submit and form_submitted(form.form_id):
        return meta.deserialize(None), True
    return result.value, result.value_changed


def _duplicate_form_message(key: str) -> str:
    return textwrap.dedent(
        f"""
        There are multiple identical forms with `key='{key}'`.

        To fix this, please make sure that the `key` argument is unique for
        each `st.form` you create.
        """
    ).strip("\n")


@command
def form(dg: DeltaGenerator, key: str, clear_on_submit: bool = False, *,
         enter_to_submit: bool = True, border: bool = True) -> DeltaGenerator:
    """A container that batches its widgets until its submit button is pressed."""
    if current_form_id(dg):
        raise StreamlitAPIException("Forms cannot be nested in other forms.")
    form_id = str(key)
    ctx = get_script_run_ctx()
    if ctx is not None:
        ctx.session.session_state.check_writable(form_id, writes_allowed=False)
        if form_id in ctx.form_ids_this_run:
            raise StreamlitAPIException(_duplicate_form_message(form_id))
        ctx.form_ids_this_run.add(form_id)
    block = dg._block(protocol.Form(form_id, bool(clear_on_submit), bool(enter_to_submit),
                                    bool(border)))
    if ctx is not None:
        ctx.forms[block.path] = FormData(form_id, bool(clear_on_submit))
    return block


@command
def form_submit_button(
    dg: DeltaGenerator, label: str = "Submit", help: str | None = None,
    on_click: WidgetCallback | None = None, args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None, *, key: Any = None, type: str = "secondary",
    icon: str | None = None, disabled: bool = False, use_container_width: bool = False,
) -> bool:
    """True in the run its press causes (FORM-08), with the form's values (FORM-03)."""
    from wasmlit.elements.icons import validate_icon_or_emoji
    from wasmlit.elements.inputs import _key, _set_by_state, _widget_id

    if type not in ("primary", "secondary", "tertiary"):
        raise StreamlitAPIException(
            'The type argument to st.form_submit_button must be "primary", "secondary", or '
            f'"tertiary". \nThe argument passed was "{type}".'
        )
    form_id = current_form_id(dg)
    ctx = get_script_run_ctx()
    if ctx is not None and not form_id:
        raise StreamlitAPIException(
            f"`st.form_submit_button()` must be used inside an `st.form()`.{FORM_DOCS_INFO}"
        )
    user_key = _key(key)
    _set_by_state(user_key, writes_allowed=False)
    wid = _widget_id(dg, "form_submit_button", user_key, label=label, icon=icon, help=help,
                     is_form_submitter=True, type=type,
                     use_container_width=use_container_width)
    meta: WidgetMetadata[bool] = WidgetMetadata(
        wid, "form_submit_button", lambda v: bool(v) if v is not None else False, bool,
        "trigger", on_click, tuple(args) if args is not None else (),
        dict(kwargs) if kwargs else None,
    )
    value = bool(register_widget(meta, user_key).value)
    if ctx is not None:
        ctx.session.session_state.form_submitters[wid] = form_id
    dg._enqueue(protocol.FormSubmitButton(
        wid, str(label), help, bool(disabled), type,  # type: ignore[arg-type]  # checked above
        bool(use_container_width), validate_icon_or_emoji(icon), form_id,
    ))
    return value
