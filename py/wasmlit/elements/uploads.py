"""st.file_uploader and st.camera_input: files from the viewer's browser.

The bytes reach Python once, in their own BackMsg, and wait in the session's
upload store; a widget's value only names them (Note [Uploads] in
state/uploads.py). In the browser the files never leave the viewer's machine:
there is no server to upload them to.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from wasmlit import protocol
from wasmlit.elements.form import check_callback_rules, shown_value
from wasmlit.elements.inputs import _key, _meta, _set_by_state, _visibility, _widget_id
from wasmlit.elements.tree import DeltaGenerator, command
from wasmlit.runtime.context import get_script_run_ctx
from wasmlit.state.uploads import UploadedFile, UploadStore, state_of
from wasmlit.state.widgets import WidgetCallback, register_widget

#: Streamlit's default `server.maxUploadSize`, in megabytes (checked by the page).
MAX_UPLOAD_SIZE_MB = 200

#: Extensions that name the same kind of file: asking for one accepts both (Streamlit's).
_TYPE_PAIRS = [(".jpg", ".jpeg"), (".mpg", ".mpeg"), (".mp4", ".mpeg4"), (".tif", ".tiff"),
               (".htm", ".html")]


def normalize_types(type: str | Sequence[str] | None) -> list[str]:
    """`type=` as lowercase extensions with their dot, as Streamlit reads it."""
    if type is None:
        return []
    items = [type] if isinstance(type, str) else list(type)
    out = [t.lower() if t.startswith(".") else f".{t.lower()}" for t in map(str, items)]
    for a, b in _TYPE_PAIRS:
        if a in out and b not in out:
            out.append(b)
        elif b in out and a not in out:
            out.append(a)
    return out


def _store() -> UploadStore | None:
    ctx = get_script_run_ctx()
    return ctx.session.uploads if ctx is not None else None


def _files_widget(
    dg: DeltaGenerator, kind: str, label: str, multiple: bool, key: Any,
    on_change: WidgetCallback | None, args: Iterable[Any] | None,
    kwargs: dict[str, Any] | None, label_visibility: str, **identity: Any,
) -> tuple[str, Any, protocol.FileUploaderState, bool, Any]:
    """Registers a file widget: (id, value, shown wire value, set_value, visibility)."""
    user_key = _key(key)
    vis = _visibility(label_visibility, label)
    check_callback_rules(dg, on_change)
    # Its value comes only from the viewer's files (SS-16, WID-24).
    _set_by_state(user_key, writes_allowed=False)
    wid = _widget_id(dg, kind, user_key, label=label, **identity)
    store = _store()

    def deserialize(v: Any) -> Any:
        files = store.files_for(wid, v) if store is not None else []
        if multiple:
            return files
        return files[0] if files else None

    meta = _meta(wid, kind, deserialize, state_of, on_change, args, kwargs)
    result = register_widget(meta, user_key)
    shown, set_value = shown_value(dg, meta, result)
    wire = state_of(shown)
    if set_value and store is not None:
        # Cleared (a clear_on_submit form): every file the widget had is older than
        # this value, so the page's next rerun frees them (Note [Uploads]).
        wire = protocol.FileUploaderState(max(wire.max_file_id, store.newest_id()), wire.files)
    return wid, result.value, wire, set_value, vis


@command
def file_uploader(
    dg: DeltaGenerator, label: str, type: str | Sequence[str] | None = None,
    accept_multiple_files: bool = False, key: Any = None, help: str | None = None,
    on_change: WidgetCallback | None = None, args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None, *, disabled: bool = False,
    label_visibility: str = "visible",
) -> UploadedFile | list[UploadedFile] | None:
    """Returns None (or [] with `accept_multiple_files`) until the viewer picks files."""
    accept = normalize_types(type)
    multiple = bool(accept_multiple_files)
    wid, value, shown, set_value, vis = _files_widget(
        dg, "file_uploader", label, multiple, key, on_change, args, kwargs, label_visibility,
        type=accept, accept_multiple_files=multiple, help=help,
    )
    dg._enqueue(protocol.FileUploader(
        wid, str(label), help, bool(disabled), vis, shown, set_value, accept, multiple,
        MAX_UPLOAD_SIZE_MB,
    ))
    return value  # type: ignore[no-any-return]  # as deserialize made it


@command
def camera_input(
    dg: DeltaGenerator, label: str, key: Any = None, help: str | None = None,
    on_change: WidgetCallback | None = None, args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None, *, disabled: bool = False,
    label_visibility: str = "visible",
) -> UploadedFile | None:
    """A photo from the viewer's camera (a JPEG named "image.jpg"), or None."""
    wid, value, shown, set_value, vis = _files_widget(
        dg, "camera_input", label, False, key, on_change, args, kwargs, label_visibility,
        help=help,
    )
    dg._enqueue(protocol.CameraInput(wid, str(label), help, bool(disabled), vis, shown, set_value))
    return value  # type: ignore[no-any-return]  # as deserialize made it
