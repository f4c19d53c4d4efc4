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
`streamlit run` is usually started). `url=` (the template's dev server, `npm
run start` on port 3001; CHECKLIST COMP-20) points the iframe at that URL, as
in Streamlit: it works where the dev server runs (`wasmlit run` on the
developer's machine), and only there, so the compatibility report warns about
it before a bundle ships. A component installed from PyPI (requirements.txt)
declares a DIR inside its package in site-packages: the build copies every
folder of the downloaded wheels that holds an `index.html` to
`components/site/<its site-packages path>/`, and the iframe points there
(CHECKLIST COMP-21). A single-file build embeds those folders and the page
loads them from the file (Note [Single-file components] in
web/src/app/elements/component_files.ts).

Note [Component data arguments]
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
As in Streamlit (CHECKLIST COMP-06), keyword arguments that are data (a pandas
DataFrame, Series or Styler, a numpy array, a pyarrow Table, a polars frame)
do not go into the JSON `args`: each travels in the render message's `dfs`
list as `{key, value: {data: {data, index, columns}}}`, three Arrow IPC
streams (of the frame, of its index labels and of its column labels) that
streamlit-component-lib turns into an `ArrowTable` under `args[key]`; bytes
arguments arrive in `args` as a Uint8Array. Both travel as transferred
buffers (Note [Bulk bytes] in protocol.py), never as JSON. A pandas Styler
also sends its styling (`styler`: the table id, caption, the cells' CSS and
the formatted cells as a fourth Arrow stream), which the library's ArrowTable
uses for `getCell` contents and exposes as `styles` and `caption`.

The streams use only the Arrow types streamlit-component-lib can read: its
2.x release bundles apache-arrow 11, which rejects `large_string`,
`large_binary` and `large_list` ("Unrecognized type: LargeUtf8"), so those
are narrowed to `string`, `binary` and `list`, also inside lists, structs
and categoricals' dictionaries (`_narrow_types`). pandas 3
makes every string column `large_string`, and pandas 2 its `string[pyarrow]`
columns; Streamlit narrows only under pandas 3, we always do (a cast that
fails only for a column over 2 GB). playwright/components_react.spec.ts runs
the real library.

Note [Component values]
~~~~~~~~~~~~~~~~~~~~~~~
`Streamlit.setComponentValue` sends JSON, or with `dataType` "dataframe" an
ArrowTable serialized as `{data, index, columns}` (Arrow IPC), or "bytes" a
Uint8Array (COMP-07). The page tags the last two
(`{"$component": "dataframe" | "bytes", ...}`, their buffers beside the JSON)
and the component call returns a pandas DataFrame or `bytes`, as Streamlit's.

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
        kwargs, dfs, bytes_args = _special_args(kwargs)
        try:
            json_args = json.dumps(kwargs, sort_keys=True)
            json.dumps(default)
        except (TypeError, ValueError) as e:
            raise StreamlitAPIException(f"Could not convert component args to JSON: {e}") from e
        dg = active_dg()
        user_key = None if key is None else str(key)
        identity: dict[str, Any] = {}
        if user_key is None and (dfs or bytes_args):  # data arguments identify it too
            identity["special_args"] = _digest(dfs, bytes_args)
        wid = _widget_id(dg, "component_instance", user_key, name=self.name, url=self.url,
                         json_args=None if user_key is not None else json_args,
                         default=json.dumps(default), **identity)
        meta = _meta(wid, "component_instance",
                     lambda v: default if v is None else _from_frontend(v),
                     lambda v: v, on_change, None, None)
        result = register_widget(meta, user_key)
        shown, set_value = shown_value(dg, meta, result)
        if isinstance(shown, (bytes, bytearray)) or _is_data(shown):
            # Not JSON: the page keeps the value it sent (Note [Component values]).
            shown, set_value = None, False
        dg._enqueue(protocol.CustomComponent(wid, self.name, self.url, json.loads(json_args),
                                             shown, set_value, dfs, bytes_args))
        return result.value


def _is_data(value: Any) -> bool:
    """Streamlit's "dataframe-like" for component arguments (COMP-06), checked by
    type name so that no data library is imported for an app without one."""
    from wasmlit.dataframe.convert import DataFormat, data_format

    if type(value).__module__.split(".", 1)[0] not in ("pandas", "numpy", "pyarrow", "polars"):
        return False
    return data_format(value) in (
        DataFormat.PANDAS_DATAFRAME, DataFormat.PANDAS_SERIES, DataFormat.PANDAS_STYLER,
        DataFormat.PANDAS_INDEX, DataFormat.NUMPY_LIST, DataFormat.NUMPY_MATRIX,
        DataFormat.PYARROW_TABLE,
    ) or type(value).__name__ in ("DataFrame", "Series")  # polars


def _special_args(
    kwargs: dict[str, Any],
) -> tuple[dict[str, Any], list[protocol.ComponentDataFrameArg], list[protocol.ComponentBytesArg]]:
    """Note [Component data arguments]: (JSON args, data args, bytes args)."""
    plain: dict[str, Any] = {}
    dfs: list[protocol.ComponentDataFrameArg] = []
    raw: list[protocol.ComponentBytesArg] = []
    for key, value in kwargs.items():
        if isinstance(value, (bytes, bytearray, memoryview)):
            raw.append(protocol.ComponentBytesArg(key, bytes(value)))
        elif _is_data(value):
            dfs.append(_arrow_arg(key, value))
        else:
            plain[key] = value
    return plain, dfs, raw


def _arrow_arg(key: str, value: Any) -> protocol.ComponentDataFrameArg:
    from wasmlit.dataframe import convert

    if type(value).__module__.split(".", 1)[0] == "polars":
        value = value.to_pandas()
    df, _ = convert.to_pandas(value)
    pd, pa = convert.pd(), convert.pa()

    def ipc(frame: Any) -> bytes:
        fixed = convert._fix_for_arrow(frame)
        return bytes(convert.ipc_bytes(_narrow_types(pa.Table.from_pandas(fixed))))

    def labels(index: Any) -> Any:  # Streamlit's frame of index (or column) labels
        return pd.DataFrame([list(v) if isinstance(v, tuple) else v for v in index])

    styler = _styler_of(value, df, ipc) if type(value).__name__ == "Styler" else None
    return protocol.ComponentDataFrameArg(key, ipc(df), ipc(labels(df.index)), ipc(labels(df.columns)),
                                          styler)


def _styler_of(styler: Any, df: Any, ipc: Callable[[Any], bytes]) -> protocol.ComponentStyler:
    """Note [Component data arguments]: a Styler's id, caption, cell CSS and
    formatted cells, as Streamlit sends them (its ArrowTable.styler)."""
    import enum
    import re

    styler._compute()
    translated = styler._translate(False, False)
    uuid = str(styler.uuid)

    def rules(kind: str, sep: str) -> list[str]:
        out = []
        for style in translated.get(kind) or []:
            props = [(str(k).strip(), str(v).strip()) for k, v in style["props"] if k or v]
            if not props:
                continue
            selectors = [style["selector"]] if kind == "table_styles" else style["selectors"]
            head = ", ".join(f"#T_{uuid}{sep}{sel}" for sel in selectors)
            out.append(head + " { " + "; ".join(f"{k}: {v}" for k, v in props) + " }")
        return out

    shown = df.astype(str)  # mixed display values would not be one Arrow type
    cell = re.compile(r"row(\d+)_col(\d+)")
    for row in translated.get("body", []):
        for c in row:
            m = cell.match(str(c.get("id") or ""))
            if m is None:
                continue
            value = c.get("display_value")
            shown.iat[int(m.group(1)), int(m.group(2))] = str(
                value.value if isinstance(value, enum.Enum) else value)
    css = rules("table_styles", " ") + rules("cellstyle", "_")
    return protocol.ComponentStyler(uuid, str(styler.caption or ""), "\n".join(css), ipc(shown))


def _narrow_types(table: Any) -> Any:
    """`table` without large (64-bit offset) types (Note [Component data arguments])."""
    from wasmlit.dataframe.convert import pa

    types = pa().types

    def narrow(t: Any) -> Any:
        if types.is_large_string(t):
            return pa().string()
        if types.is_large_binary(t):
            return pa().binary()
        if types.is_large_list(t) or types.is_list(t):
            return pa().list_(t.value_field.with_type(narrow(t.value_type)))
        if types.is_struct(t):
            return pa().struct([f.with_type(narrow(f.type)) for f in t])
        if types.is_dictionary(t):  # a categorical column
            return pa().dictionary(t.index_type, narrow(t.value_type), t.ordered)
        return t

    schema = pa().schema([f.with_type(narrow(f.type)) for f in table.schema],
                         metadata=table.schema.metadata)
    return table if schema.equals(table.schema) else table.cast(schema)


def _from_frontend(value: Any) -> Any:
    """Note [Component values]: a JSON value as it is; a tagged dataframe or
    bytes value as a pandas DataFrame or bytes."""
    if not isinstance(value, dict) or "$component" not in value:
        return value
    kind = value["$component"]
    if kind == "bytes":
        return bytes(value["data"])
    if kind == "dataframe":
        return _arrow_to_pandas(value["data"], value["index"], value["columns"])
    return value


def _arrow_to_pandas(data: bytes, index: bytes, columns: bytes) -> Any:
    """Streamlit's ArrowTable (data, index and column labels) as a DataFrame."""
    from wasmlit.dataframe import convert

    pa, pd = convert.pa(), convert.pd()

    def frame(raw: bytes) -> Any:
        return pa.ipc.open_stream(raw).read_all().to_pandas()

    def labels(raw: bytes) -> Any:
        levels = frame(raw).to_numpy().T.tolist()  # one list per level
        if not levels:
            return None
        return levels[0] if len(levels) == 1 else pd.MultiIndex.from_arrays(levels)

    values = frame(data)
    return pd.DataFrame(values.to_numpy(), index=labels(index), columns=labels(columns))


def _digest(dfs: list[protocol.ComponentDataFrameArg], raw: list[protocol.ComponentBytesArg]) -> str:
    import hashlib

    h = hashlib.sha256()
    for arg in dfs:
        h.update(arg.key.encode() + arg.data + arg.index + arg.columns)
    for b in raw:
        h.update(b.key.encode() + b.data)
    return h.hexdigest()


def _site_relative(directory: str) -> str | None:
    """`directory` relative to site-packages, as a URL path, or None when it is not there."""
    import sysconfig

    for key in ("purelib", "platlib"):
        base = os.path.normpath(sysconfig.get_paths()[key])
        rel = os.path.relpath(directory, base)
        if not rel.startswith("..") and rel != ".":
            return "/".join(rel.split(os.sep))
    return None


def declare_component(name: str, path: str | os.PathLike[str] | None = None,
                      url: str | None = None) -> CustomComponent:
    """A custom component served from DIR (`path=`), inside the app folder."""
    if (url is None) == (path is None):
        raise StreamlitAPIException("Either 'path' or 'url' must be set, but not both.")
    # Streamlit names a component after the module that declares it.
    import inspect

    frame = inspect.currentframe()
    caller = frame.f_back if frame is not None else None
    module = caller.f_globals.get("__name__", "__main__") if caller is not None else "__main__"
    full_name = f"{module}.{name}"
    if url is not None:
        if not url.lower().startswith(("http://", "https://")):
            raise StreamlitAPIException(
                f"Custom component `{name}`: url must be an http(s) address, such as the "
                f"template's dev server http://localhost:3001, not {url!r}."
            )
        return CustomComponent(full_name, url)
    assert path is not None
    root = _app_folder()
    directory = os.path.normpath(os.path.join(root, os.fspath(path)))
    if not os.path.isdir(directory):
        raise StreamlitAPIException(f"No such component directory: '{directory}'")
    site = _site_relative(directory)
    if site is not None and os.path.isfile(os.path.join(directory, "index.html")):
        # A component from a PyPI package (requirements.txt): the build copied its
        # frontend to components/site/ (build/requirements.py copy_site_components).
        return CustomComponent(full_name, f"components/site/{site}/index.html")
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
    rel_url = "/".join(rel.split(os.sep))
    return CustomComponent(full_name, f"components/{rel_url}/index.html")
