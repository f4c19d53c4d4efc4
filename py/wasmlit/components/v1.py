"""`streamlit.components.v1`: HTML and iframes in a sandboxed iframe (stIFrame).

`html` draws a string as the document of a sandboxed iframe (srcdoc): its
scripts run, but in an opaque origin, so they cannot reach the app's page.
`iframe` embeds an http(s) URL. `declare_component` (bidirectional custom
components) is not available yet: it needs the component's own frontend
served beside the bundle; calling it raises a clear error.
"""

from __future__ import annotations

from typing import Any

from wasmlit import protocol
from wasmlit.elements.tree import active_dg
from wasmlit.errors import StreamlitAPIException


def _size(name: str, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise StreamlitAPIException(f"`{name}` must be a number of pixels, got {value!r}.")
    return int(value)


def html(html: str, width: int | None = None, height: int | None = None,
         scrolling: bool = False) -> None:
    """Draw `html` (with its scripts) in a sandboxed iframe."""
    active_dg()._enqueue(protocol.IFrame(None, str(html), _size("width", width),
                                         _size("height", height), bool(scrolling)))


def iframe(src: str, width: int | None = None, height: int | None = None,
           scrolling: bool = False) -> None:
    """Embed the page at `src` (an http(s) URL) in an iframe."""
    active_dg()._enqueue(protocol.IFrame(str(src), None, _size("width", width),
                                         _size("height", height), bool(scrolling)))


def declare_component(name: str, url: str | None = None, path: str | None = None) -> Any:
    """Not available yet in wasmlit (see the module docstring)."""
    if (url is None) == (path is None):
        raise StreamlitAPIException("Either 'path' or 'url' must be set, but not both.")
    raise StreamlitAPIException(
        f"Custom component `{name}`: `declare_component` is not supported by wasmlit yet "
        "(st.components.v1.html and st.components.v1.iframe are)."
    )
