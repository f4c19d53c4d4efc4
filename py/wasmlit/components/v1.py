"""`streamlit.components.v1`: HTML and iframes in a sandboxed iframe (stIFrame).

`html` draws a string as the document of a sandboxed iframe (srcdoc): its
scripts run, but in an opaque origin, so they cannot reach the app's page.
`iframe` embeds an http(s) URL. `declare_component(name, path=DIR)` declares
a bidirectional custom component (Note [Custom components]).

Note [Custom components]
~~~~~~~~~~~~~~~~~~~~~~~~
There is no server to serve a component's frontend, so the build does: every
folder of the app (other than the app folder itself) that holds an
`index.html` is copied to `components/<its path in the app folder>/` in the
bundle (build/bundle.py). That needs no guessing about which expression a
`path=` argument is, and a component's build folder always has an
`index.html`. `declare_component(path=DIR)` therefore requires DIR inside the
app folder and points the iframe at `components/<DIR relative to the app
folder>/index.html`. A relative DIR is taken relative to the app folder (where
`streamlit run` is usually started). `url=` (a dev server) is refused: the
page of a static bundle cannot assume a dev server.

Calling the component draws a widget (CustomComponent) whose value is the
last value the frontend sent with `streamlit:setComponentValue`, else
`default`. The page speaks Streamlit's postMessage protocol with the iframe
(web/src/app/elements/custom_component.tsx).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

from wasmlit import protocol
from wasmlit.elements.form import shown_value
from wasmlit.elements.inputs import _meta, _widget_id
from wasmlit.elements.tree import active_dg
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import get_script_run_ctx
from wasmlit.state.widgets import register_widget


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


def _app_folder() -> str:
    ctx = get_script_run_ctx()
    if ctx is None:
        return os.getcwd()
    return os.path.dirname(os.path.abspath(ctx.session.script_path))


class CustomComponent:
    """What `declare_component` returns: call it to draw the component."""

    def __init__(self, name: str, url: str) -> None:
        self.name = name
        self.url = url

    def __repr__(self) -> str:
        return f"CustomComponent(name={self.name!r}, url={self.url!r})"

    def __call__(self, *args: Any, default: Any = None, key: str | None = None,
                 on_change: Callable[..., None] | None = None, **kwargs: Any) -> Any:
        return self.create_instance(*args, default=default, key=key, on_change=on_change,
                                    **kwargs)

    def create_instance(self, *args: Any, default: Any = None, key: str | None = None,
                        on_change: Callable[..., None] | None = None, **kwargs: Any) -> Any:
        if args:
            raise StreamlitAPIException(f"Argument '{args[0]}' needs a label")
        try:
            json_args = json.dumps(kwargs, sort_keys=True)
            json.dumps(default)
        except (TypeError, ValueError) as e:
            raise StreamlitAPIException(f"Could not convert component args to JSON: {e}") from e
        dg = active_dg()
        user_key = None if key is None else str(key)
        wid = _widget_id(dg, "component_instance", user_key, name=self.name, url=self.url,
                         json_args=None if user_key is not None else json_args,
                         default=json.dumps(default))
        meta = _meta(wid, "component_instance", lambda v: default if v is None else v,
                     lambda v: v, on_change, None, None)
        result = register_widget(meta, user_key)
        shown, set_value = shown_value(dg, meta, result)
        dg._enqueue(protocol.CustomComponent(wid, self.name, self.url, json.loads(json_args),
                                             shown, set_value))
        return result.value


def declare_component(name: str, path: str | os.PathLike[str] | None = None,
                      url: str | None = None) -> CustomComponent:
    """A custom component served from DIR (`path=`), inside the app folder."""
    if (url is None) == (path is None):
        raise StreamlitAPIException("Either 'path' or 'url' must be set, but not both.")
    if url is not None:
        raise StreamlitAPIException(
            f"Custom component `{name}`: `declare_component(url=...)` (a component dev server) "
            "is not supported by wasmlit; build the frontend (`npm run build`) and declare it "
            "with `path=` pointing at the build folder inside the app folder."
        )
    assert path is not None
    root = _app_folder()
    directory = os.path.normpath(os.path.join(root, os.fspath(path)))
    if not os.path.isdir(directory):
        raise StreamlitAPIException(f"No such component directory: '{directory}'")
    rel = os.path.relpath(directory, root)
    if rel == "." or rel.startswith(".."):
        raise StreamlitAPIException(
            f"Custom component `{name}`: its folder '{directory}' must be a subfolder of the "
            f"app folder '{root}', so that the wasmlit build can serve it."
        )
    if not os.path.isfile(os.path.join(directory, "index.html")):
        raise StreamlitAPIException(
            f"Custom component `{name}`: '{directory}' has no index.html."
        )
    # Streamlit names a component after the module that declares it.
    import inspect

    frame = inspect.currentframe()
    caller = frame.f_back if frame is not None else None
    module = caller.f_globals.get("__name__", "__main__") if caller is not None else "__main__"
    full_name = f"{module}.{name}"
    rel_url = "/".join(rel.split(os.sep))
    return CustomComponent(full_name, f"components/{rel_url}/index.html")
