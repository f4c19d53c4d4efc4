"""Apps that show data get pandas and pyarrow (Note [Data element packages])."""

from __future__ import annotations

import ast

import pytest

from wasmlit.build.data_packages import implied

AVAILABLE = ["pandas", "pyarrow", "numpy"]


@pytest.mark.parametrize(
    ("source", "imported", "expected"),
    [
        ("import streamlit as st\nst.write('hi')\n", [], []),
        ("import streamlit as st\nst.data_editor(['red'])\n", [], ["pandas", "pyarrow"]),
        ("import streamlit as st\ncol.dataframe({'a': [1]})\n", [], ["pandas", "pyarrow"]),
        ("import streamlit as st\nst.table({'a': [1]})\n", [], ["pandas", "pyarrow"]),
        ("import numpy as np\n", ["numpy"], ["pandas", "pyarrow"]),
    ],
    ids=["no-data", "data_editor", "dataframe-in-column", "table", "numpy-import"],
)
def test_data_elements_imply_pandas_and_pyarrow(source: str, imported: list[str],
                                                expected: list[str]) -> None:
    assert implied({"app.py": ast.parse(source)}, imported, AVAILABLE) == expected


def test_only_packages_the_lock_has() -> None:
    assert implied({"app.py": ast.parse("st.table([1])")}, [], ["pandas"]) == ["pandas"]


def test_a_styler_implies_jinja2_but_matplotlib_styles_do_not() -> None:
    styled = "import pandas as pd\nst.dataframe(df.style.highlight_max())\n"
    have = [*AVAILABLE, "jinja2"]
    assert implied({"app.py": ast.parse(styled)}, ["pandas"], have) == ["pandas", "pyarrow", "jinja2"]
    plt = "import pandas as pd\nplt.style.use('ggplot')\n"
    assert implied({"app.py": ast.parse(plt)}, ["pandas"], have) == ["pandas", "pyarrow"]
