"""Status elements: alerts, exceptions, progress, spinner, toast, balloons and snow."""

from __future__ import annotations

import contextlib
import os
import traceback
from collections.abc import Iterator
from types import TracebackType
from typing import Any

from wasmlit import protocol
from wasmlit.elements.icons import validate_icon_or_emoji
from wasmlit.elements.text import clean_text
from wasmlit.elements.tree import DeltaGenerator, command
from wasmlit.errors import StreamlitAPIException

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _alert(dg: DeltaGenerator, level: Any, body: Any, icon: str | None) -> DeltaGenerator:
    return dg._enqueue(protocol.Alert(level, clean_text(body), validate_icon_or_emoji(icon)))


@command
def success(dg: DeltaGenerator, body: Any, *, icon: str | None = None) -> DeltaGenerator:
    return _alert(dg, "success", body, icon)


@command
def info(dg: DeltaGenerator, body: Any, *, icon: str | None = None) -> DeltaGenerator:
    return _alert(dg, "info", body, icon)


@command
def warning(dg: DeltaGenerator, body: Any, *, icon: str | None = None) -> DeltaGenerator:
    return _alert(dg, "warning", body, icon)


@command
def error(dg: DeltaGenerator, body: Any, *, icon: str | None = None) -> DeltaGenerator:
    return _alert(dg, "error", body, icon)


def _user_frames(tb: TracebackType | None) -> list[traceback.FrameSummary]:
    """The traceback without wasmlit's own frames: the user's code is what matters."""
    frames = traceback.extract_tb(tb)
    return [f for f in frames if not os.path.abspath(f.filename).startswith(_PACKAGE_DIR)]


# client.showErrorDetails = false: an uncaught exception shows its type and this
# text only, as in Streamlit (the message and traceback may hold secrets).
REDACTED_ERROR_TEXT = (
    "This app has encountered an error. The original error message is redacted to "
    "prevent data leaks. Full error details have been recorded in the logs (if you're "
    "on Streamlit Cloud, click on 'Manage app' in the lower right of your app)."
)


def exception_element(exc: BaseException, *, details: bool = True) -> protocol.ExceptionElement:
    if not details:
        return protocol.ExceptionElement(type(exc).__name__, REDACTED_ERROR_TEXT, [], False)
    if isinstance(exc, SyntaxError) and exc.filename is not None:
        lines = traceback.format_exception_only(type(exc), exc)
        message = "".join(lines).strip()
    else:
        message = str(exc)
    stack = [line.rstrip("\n") for line in traceback.format_list(_user_frames(exc.__traceback__))]
    return protocol.ExceptionElement(type(exc).__name__, message, stack, False)


@command
def exception(dg: DeltaGenerator, exception: BaseException) -> DeltaGenerator:
    return dg._enqueue(exception_element(exception))


def _progress_value(value: Any) -> int:
    if not isinstance(value, (int, float)):  # a bool is an int here, as in Streamlit
        raise StreamlitAPIException(f"Progress Value has invalid type: {type(value).__name__}")
    if isinstance(value, int):
        if not 0 <= value <= 100:
            raise StreamlitAPIException(f"Progress Value has invalid value [0, 100]: {value}")
        return value
    if not 0.0 <= value <= 1.0:
        raise StreamlitAPIException(f"Progress Value has invalid value [0.0, 1.0]: {value:f}")
    return int(value * 100)


@command
def progress(dg: DeltaGenerator, value: int | float, text: str | None = None) -> DeltaGenerator:
    return dg._enqueue(
        protocol.Progress(_progress_value(value), _progress_text(text))
    )


def _progress_text(text: Any) -> str | None:
    if text is None:
        return None
    if isinstance(text, str):
        return clean_text(text)
    raise StreamlitAPIException(
        f"Progress Text is of type {type(text)}, which is not an accepted type."
        "Text only accepts: str. Please convert the text to an accepted type."
    )


@command
@contextlib.contextmanager
def spinner(dg: DeltaGenerator, text: str = "In progress...", *,
            show_time: bool = False) -> Iterator[None]:
    slot = dg._enqueue(protocol.Spinner(clean_text(text)))
    try:
        yield
    finally:
        slot._enqueue(protocol.Empty())


_TOAST_SECONDS = {"short": 4, "long": 10, "infinite": 0}


@command
def toast(dg: DeltaGenerator, body: Any, *, icon: str | None = None,
          duration: str | int = "short") -> DeltaGenerator:
    """st.toast; `st.toast` itself draws into the event container (see api.py).

    `duration` ("short" 4 s, "long" 10 s, "infinite", or seconds) is newer than
    the API level we follow; accepting it costs nothing.
    """
    if str(body) == "":
        raise StreamlitAPIException("Toast body cannot be blank - please provide a message.")
    if isinstance(duration, str) and duration in _TOAST_SECONDS:
        seconds = _TOAST_SECONDS[duration]
    elif isinstance(duration, int) and not isinstance(duration, bool) and duration > 0:
        seconds = duration
    else:
        raise StreamlitAPIException(
            "Invalid `duration` value. Supported values: short, long, infinite, a positive integer."
        )
    return dg._enqueue(protocol.Toast(clean_text(body), validate_icon_or_emoji(icon), seconds))


@command
def balloons(dg: DeltaGenerator) -> DeltaGenerator:
    return dg._enqueue(protocol.Celebration("balloons"))


@command
def snow(dg: DeltaGenerator) -> DeltaGenerator:
    return dg._enqueue(protocol.Celebration("snow"))
