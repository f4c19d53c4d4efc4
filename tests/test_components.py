"""streamlit.components.v1: html and iframe in a sandboxed iframe (examples 095, 096)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wasmlit import protocol
from wasmlit.testing import AppTest


def _iframes(at: AppTest) -> list[protocol.IFrame]:
    return [n.proto for n in at.get("iframe")]


def test_COMP_01_COMP_02_COMP_03_components_html_and_iframe_examples_095_096(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "095_components_html.py")).run()
    (frame,) = _iframes(at)
    assert frame.src is None and frame.height == 600 and frame.scrolling is False
    assert frame.srcdoc is not None and "Collapsible Group Item #1" in frame.srcdoc
    at = AppTest.from_file(str(examples / "096_components_iframe.py")).run()
    assert _iframes(at) == [protocol.IFrame("https://example.com", None, None, 500, False)]


def test_components_attribute_access_and_arguments() -> None:
    at = AppTest.from_string("""
import streamlit as st
import streamlit.components.v1 as components
st.components.v1.html("<b>hi</b>", width=300, height=80, scrolling=True)
components.iframe("https://example.org", height=100)
""").run()
    assert _iframes(at) == [
        protocol.IFrame(None, "<b>hi</b>", 300, 80, True),
        protocol.IFrame("https://example.org", None, None, 100, False),
    ]


def test_COMP_04_declare_component_errors_are_streamlits(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("""
import streamlit.components.v1 as components
components.declare_component("c")
""")
    at = AppTest.from_file(str(app)).run()
    assert "Either 'path' or 'url' must be set, but not both." in at.exception[0].value
    app.write_text("""
import streamlit.components.v1 as components
components.declare_component("my_component", url="file:///tmp/x")
""")
    at = AppTest.from_file(str(app)).run()
    assert "url must be an http(s) address" in at.exception[0].value
    app.write_text("""
import streamlit.components.v1 as components
components.declare_component("c", path="missing")
""")
    at = AppTest.from_file(str(app)).run()
    assert f"No such component directory: '{tmp_path / 'missing'}'" in at.exception[0].value
    app.write_text("""
import streamlit.components.v1 as components
components.declare_component("c", path="..")
""")
    at = AppTest.from_file(str(app)).run()
    assert "must be a subfolder of the app folder" in at.exception[0].value


COMPONENT_APP = """
import os
import streamlit as st
import streamlit.components.v1 as components
counter = components.declare_component(
    "counter", path=os.path.join(os.path.dirname(__file__), "frontend"))
value = counter(name="Blackbeard", key="c", default=0)
st.write(f"Value = {value}")
"""


def test_COMP_04_COMP_05_COMP_11_component_value_is_default_then_last_sent(tmp_path: Path) -> None:
    (tmp_path / "frontend").mkdir()
    (tmp_path / "frontend" / "index.html").write_text("<html></html>")
    (tmp_path / "app.py").write_text(COMPONENT_APP)
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert not at.exception
    (comp,) = [n.proto for n in at.get("custom_component")]
    assert comp.name == "__main__.counter" and comp.url == "components/frontend/index.html"
    assert comp.args == {"name": "Blackbeard"} and comp.value == 0
    assert at.markdown[0].value == "Value = 0"
    at.get("custom_component")[0].set_value({"clicks": 3}).run()
    assert at.markdown[0].value == "Value = {'clicks': 3}"
    at.run()  # the value sticks across reruns (COMP-11)
    assert at.markdown[0].value == "Value = {'clicks': 3}"


def test_COMP_05_positional_arguments_need_a_label(tmp_path: Path) -> None:
    (tmp_path / "fe").mkdir()
    (tmp_path / "fe" / "index.html").write_text("")
    (tmp_path / "app.py").write_text("""
import streamlit.components.v1 as components
components.declare_component("c", path="fe")(1)
""")
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert "Argument '1' needs a label" in at.exception[0].value




DATA_APP = """
import numpy as np
import pandas as pd
import streamlit as st
import streamlit.components.v1 as components
table = components.declare_component("table", path="frontend")
df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]}, index=[10, 20, 30])
table(frame=df, matrix=np.array([[1.5, 2.5], [3.5, 4.5]]), raw=b"\\x00\\x01", n=7, key="t")
"""


def test_COMP_06_dataframes_and_numpy_arrays_travel_as_arrow_in_dfs(tmp_path: Path) -> None:
    """Note [Component data arguments]: `dfs` holds (data, index, columns) Arrow IPC streams."""
    import pyarrow as pa

    (tmp_path / "frontend").mkdir()
    (tmp_path / "frontend" / "index.html").write_text("<html></html>")
    (tmp_path / "app.py").write_text(DATA_APP)
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert not at.exception
    (comp,) = [n.proto for n in at.get("custom_component")]
    assert comp.args == {"n": 7}  # data and bytes are not JSON
    assert [(b.key, b.data) for b in comp.bytes_args] == [("raw", b"\x00\x01")]
    frame, matrix = comp.dfs
    assert (frame.key, matrix.key) == ("frame", "matrix")

    def read(data: bytes) -> dict[str, list[object]]:
        return pa.ipc.open_stream(data).read_all().to_pandas().to_dict(orient="list")

    data = read(frame.data)
    assert data["a"] == [1, 2, 3] and data["b"] == ["x", "y", "z"]
    assert read(frame.index) == {"0": [10, 20, 30]}
    assert read(frame.columns) == {"0": ["a", "b"]}
    assert read(matrix.data) == {"0": [1.5, 3.5], "1": [2.5, 4.5]}
    # The buffers travel beside the JSON (Note [Bulk bytes]), never inside it.
    text, buffers = protocol.encode_parts(protocol.ElementDelta(1, [0, 0], comp))
    assert len(buffers) == 7 and text.count(b'"$bytes"') == 7


def test_COMP_06_COMP_13_data_arguments_avoid_large_arrow_types(tmp_path: Path) -> None:
    """Note [Component data arguments]: streamlit-component-lib 2.x (apache-arrow 11)
    cannot read large_string, large_binary or large_list, so none is sent."""
    import pyarrow as pa

    (tmp_path / "frontend").mkdir()
    (tmp_path / "frontend" / "index.html").write_text("<html></html>")
    (tmp_path / "app.py").write_text(
        "import pandas as pd\nimport streamlit.components.v1 as components\n"
        "c = components.declare_component('c', path='frontend')\n"
        "df = pd.DataFrame({'s': ['x', 'y'], 'p': pd.array(['u', None], dtype='string[pyarrow]'),\n"
        "                   'b': [b'a', b'bc'], 'l': [['x'], ['y', 'z']],\n"
        "                   'c': pd.Categorical(['x', 'y'])}, index=['r1', 'r2'])\n"
        "c(frame=df, key='k')\n"
    )
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert not at.exception
    (comp,) = [n.proto for n in at.get("custom_component")]
    (arg,) = comp.dfs
    tables = [pa.ipc.open_stream(b).read_all() for b in (arg.data, arg.index, arg.columns)]
    large = (pa.types.is_large_string, pa.types.is_large_binary, pa.types.is_large_list)

    def types(t: pa.DataType) -> list[pa.DataType]:
        if pa.types.is_dictionary(t):
            return [t, *types(t.value_type)]
        inner = t.fields if pa.types.is_struct(t) else [t.value_field] if pa.types.is_list(t) else []
        return [t, *(x for f in inner for x in types(f.type))]

    found = [t for table in tables for f in table.schema for t in types(f.type)]
    assert not [t for t in found if any(is_large(t) for is_large in large)]
    data = tables[0].to_pandas()
    assert data["s"].tolist() == ["x", "y"] and data["l"].map(list).tolist() == [["x"], ["y", "z"]]
    assert data["p"].tolist()[0] == "u" and data["b"].tolist() == [b"a", b"bc"]
    assert data["c"].tolist() == ["x", "y"] and str(data["c"].dtype) == "category"
    assert tables[1].column(0).to_pylist() == ["r1", "r2"]


def test_COMP_06_COMP_13_a_styler_argument_sends_its_styling_as_streamlit_does(tmp_path: Path) -> None:
    """Note [Component data arguments]: a Styler's uuid, caption, cell CSS and
    formatted cells travel with its data (streamlit-component-lib's ArrowTable.styler)."""
    import pyarrow as pa

    (tmp_path / "frontend").mkdir()
    (tmp_path / "frontend" / "index.html").write_text("<html></html>")
    (tmp_path / "app.py").write_text(
        "import pandas as pd\nimport streamlit.components.v1 as components\n"
        "c = components.declare_component('c', path='frontend')\n"
        "df = pd.DataFrame({'ship': ['Adventure', 'Revenge'], 'guns': [10, 12]})\n"
        "s = df.style.format({'guns': '{:d} guns'}).set_caption('Fleet').set_uuid('fleet')\n"
        "c(styled=s.highlight_max(subset=['guns'], color='yellow'), plain=df, key='k')\n"
    )
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert not at.exception
    (comp,) = [n.proto for n in at.get("custom_component")]
    styled, plain = comp.dfs
    assert plain.styler is None
    assert styled.styler is not None
    assert (styled.styler.uuid, styled.styler.caption) == ("fleet", "Fleet")
    assert styled.styler.styles == "#T_fleet_row1_col1 { background-color: yellow }"
    shown = pa.ipc.open_stream(styled.styler.display_values).read_all().to_pydict()
    assert shown == {"ship": ["Adventure", "Revenge"], "guns": ["10 guns", "12 guns"]}
    # The data itself is the unformatted frame.
    assert pa.ipc.open_stream(styled.data).read_all().column("guns").to_pylist() == [10, 12]


def test_COMP_06_a_component_without_data_arguments_imports_no_data_library(tmp_path: Path) -> None:
    import subprocess
    import sys

    (tmp_path / "frontend").mkdir()
    (tmp_path / "frontend" / "index.html").write_text("<html></html>")
    (tmp_path / "app.py").write_text(COMPONENT_APP)
    code = (
        "import sys\nfrom wasmlit.testing import AppTest\n"
        f"at = AppTest.from_file({str(tmp_path / 'app.py')!r}).run()\n"
        "assert not at.exception\n"
        "print(sorted(m for m in ('pandas', 'numpy', 'pyarrow') if m in sys.modules))\n"
    )
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(root / "py")}, timeout=120).stdout
    assert out.strip() == "[]"


def test_COMP_07_dataframe_and_bytes_values_from_the_frontend(tmp_path: Path) -> None:
    """Note [Component values]: a serialized ArrowTable comes back as a DataFrame
    (here the one the component was given, echoed), bytes as bytes."""
    import pandas as pd

    (tmp_path / "frontend").mkdir()
    (tmp_path / "frontend" / "index.html").write_text("<html></html>")
    (tmp_path / "app.py").write_text(
        "import pandas as pd\nimport streamlit as st\nimport streamlit.components.v1 as components\n"
        "c = components.declare_component('c', path='frontend')\n"
        "df = pd.DataFrame({'a': [1, 2], 'b': ['x', 'y']}, index=['r1', 'r2'])\n"
        "v = c(frame=df, key='k')\n"
        "st.session_state.got = v\n"
    )
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    (comp,) = [n.proto for n in at.get("custom_component")]
    (arg,) = comp.dfs
    echoed = {"$component": "dataframe", "data": arg.data, "index": arg.index, "columns": arg.columns}
    at.get("custom_component")[0].set_value(echoed).run()
    got = at.session_state.got
    assert isinstance(got, pd.DataFrame)
    assert got.index.tolist() == ["r1", "r2"] and got.columns.tolist() == ["a", "b"]
    assert got.to_numpy().tolist() == [[1, "x"], [2, "y"]]
    at.get("custom_component")[0].set_value({"$component": "bytes", "data": b"\x00\xff"}).run()
    assert at.session_state.got == b"\x00\xff"


def test_COMP_20_a_dev_server_url_is_the_iframes_address(tmp_path: Path) -> None:
    """The template's development loop: declare_component(url="http://localhost:3001")
    while `npm run start` serves the frontend with live reload."""
    app = tmp_path / "app.py"
    app.write_text("""
import streamlit.components.v1 as components
dev = components.declare_component("my_component", url="http://localhost:3001")
dev(greeting="hi", key="c", default=0)
""")
    at = AppTest.from_file(str(app)).run()
    assert not at.exception
    (el,) = at.get("custom_component")
    assert el.proto.url == "http://localhost:3001"
    assert el.proto.name == "__main__.my_component"


def test_COMP_21_a_component_installed_in_site_packages_is_served_from_components_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sysconfig

    site = tmp_path / "site-packages"
    build = site / "st_fancy" / "frontend" / "build"
    build.mkdir(parents=True)
    (build / "index.html").write_text("<html></html>")
    real = sysconfig.get_paths
    monkeypatch.setattr(sysconfig, "get_paths", lambda *a, **k: {**real(*a, **k), "purelib": str(site),
                                                                  "platlib": str(site)})
    app = tmp_path / "app" / "app.py"
    app.parent.mkdir()
    app.write_text(f"""
import streamlit.components.v1 as components
fancy = components.declare_component("fancy", path={str(build)!r})
fancy(key="f")
""")
    at = AppTest.from_file(str(app)).run()
    assert not at.exception, at.exception
    assert at.get("custom_component")[0].proto.url == "components/site/st_fancy/frontend/build/index.html"
