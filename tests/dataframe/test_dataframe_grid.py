"""The grid's gaps of issue #6 under AppTest: a pandas Styler's display values,
cell CSS and caption (Note [Styler in the grid]), editing the index (CHECKLIST
DF-42), selections inside forms (DF-46), and the legacy
`global.dataFrameSerialization` option (TZ-05)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from wasmlit import config
from wasmlit.dataframe.styler import safe_css
from wasmlit.testing import AppTest

pytest.importorskip("jinja2")  # pandas' Styler needs it

STYLED = '''
import streamlit as st
import pandas as pd
df = pd.DataFrame({"price": [1.5, 2.25, 3.0], "name": ["a", "b", "c"]})
styled = (df.style.format({"price": "${:.2f}"})
          .highlight_max(subset=["price"], color="yellow")
          .map(lambda v: "color: red; font-weight: bold; background-image: url(x)" if v == "b" else "",
               subset=["name"])
          .set_caption("Prices"))
st.dataframe(styled)
st.table(styled)
st.dataframe(pd.DataFrame({"x": [1.0]}).style)
'''


def test_styler_display_values_cell_css_and_caption() -> None:
    at = AppTest.from_string(STYLED).run()
    grid = at.dataframe[0]
    # .value is the data itself, as in Streamlit's AppTest.
    assert list(grid.value.columns) == ["price", "name"]
    assert grid.value["price"].tolist() == [1.5, 2.25, 3.0]
    assert grid.display_values["price"] == ["$1.50", "$2.25", "$3.00"]
    assert grid.cell_styles["price"] == [None, None, "background-color: yellow"]
    # Only colour, background colour and font weight; url() never passes.
    assert grid.cell_styles["name"] == [None, "color: red; font-weight: bold", None]
    assert grid.caption == "Prices"
    assert [c.name for c in grid.proto.columns if not c.is_index] == ["price", "name"]
    assert at.table[0].display_values["price"][0] == "$1.50"
    assert at.table[0].caption == "Prices"
    # pandas' default formatter: six decimals, as Streamlit shows a Styler's floats.
    assert at.dataframe[1].display_values["x"] == ["1.000000"]
    assert at.dataframe[1].caption is None


def test_safe_css_drops_anything_but_colours_and_weight() -> None:
    assert safe_css([("background-color", "#ff0000"), ("width", "10px"),
                     ("color", "expression(alert(1))"), ("font-weight", "700")]) == (
        "background-color: #ff0000; font-weight: 700")
    assert safe_css([("color", "red;} body{display:none")]) == ""


INDEXED = '''
import streamlit as st
import pandas as pd
df = pd.DataFrame({"v": [1, 2]}, index=pd.Index(["a", "b"], name="key"))
out = st.data_editor(df, key="ed")
st.text(",".join(map(str, out.index)))
cat = pd.DataFrame({"v": [1]}, index=pd.CategoricalIndex(["x"]))
st.data_editor(cat, key="cat")
st.data_editor(pd.DataFrame({"v": [1]}), key="range")
'''


def test_DF_42_the_index_is_editable_except_categorical_multi_and_range() -> None:
    at = AppTest.from_string(INDEXED).run()
    editors = at.get("data_editor")

    def index_disabled(i: int) -> list[bool]:
        return [c.disabled for c in editors[i].proto.columns if c.is_index]

    assert index_disabled(0) == [False]
    assert [c.required for c in editors[0].proto.columns if c.is_index] == [True]
    assert index_disabled(1) == [True]
    assert index_disabled(2) == [True]
    editors[0].set_value({"edited_rows": {1: {"_index": "z"}}, "added_rows": [],
                          "deleted_rows": []}).run()
    assert at.text[0].value == "a,z"
    assert at.session_state["ed"]["edited_rows"] == {1: {"_index": "z"}}


def test_DF_42_a_multiindex_is_streamlits_error() -> None:
    at = AppTest.from_string('''
import streamlit as st
import pandas as pd
st.data_editor(pd.DataFrame({"v": [1]}, index=pd.MultiIndex.from_tuples([("x", 1)])))
''').run()
    assert at.exception[0].value == (
        "The type of the dataframe index - MultiIndex - is not yet supported by the data editor.")


def test_DF_46_a_selection_inside_a_form_is_read_on_submit() -> None:
    at = AppTest.from_string('''
import streamlit as st
import pandas as pd
with st.form("f"):
    ev = st.dataframe(pd.DataFrame({"a": [1, 2]}), on_select="rerun", key="g")
    st.form_submit_button()
st.text(f"rows={ev.selection.rows}")
''').run()
    assert at.text[0].value == "rows=[]"
    at.dataframe[0].select_rows([1])
    at.button[0].click().run()
    assert at.text[0].value == "rows=[1]"


@pytest.mark.parametrize("mode", ["arrow", "legacy"])
def test_TZ_05_ERR_19_dataFrameSerialization_is_accepted_and_arrow_is_always_used(
        tmp_path: Path, mode: str) -> None:
    toml = f'[global]\ndataFrameSerialization = "{mode}"\n'
    warnings: list[str] = []
    config.parse(toml, ".streamlit/config.toml", warnings.append)  # no ConfigError
    assert all("dataFrameSerialization" in w for w in warnings)
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text(toml)
    (tmp_path / "app.py").write_text(
        "import streamlit as st\nimport pandas as pd\n"
        "st.dataframe(pd.DataFrame({'t': [pd.Timestamp('2020-01-10 10:30', tz='EST')]}))\n")
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert not at.exception
    value = at.dataframe[0].value
    assert str(value["t"].dtype) == "datetime64[ns, EST]" or str(value["t"].dtype).endswith(", EST]")
    assert value["t"][0] == pd.Timestamp("2020-01-10 10:30", tz="EST")


def test_styler_is_not_needed_for_plain_data() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.dataframe({'a': [1, 2]})\n").run()
    assert at.dataframe[0].display_values == {}
    assert at.dataframe[0].caption is None
    assert json.loads(at.dataframe[0].proto.columns[1].type_options)["is_int"] is True
