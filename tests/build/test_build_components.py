"""The build serves custom component folders at components/<path>/ (COMP-04, COMP-08)."""

from __future__ import annotations

from build_support import Builder, MakeApp

APP = """
import streamlit.components.v1 as components
c = components.declare_component("c", path="comp/build")
c()
"""


def test_COMP_04_the_build_copies_component_folders_with_an_index_html(
    make_app: MakeApp, build_app: Builder
) -> None:
    entry = make_app({
        "app.py": APP,
        "comp/build/index.html": "<script src='main.js'></script>",
        "comp/build/static/main.js": "console.log(1)",
        "comp/src/index.tsx": "x",
        "data/table.csv": "a,b\n",
    })
    result = build_app(entry)
    out = result.out / "components"
    assert (out / "comp/build/index.html").read_text() == "<script src='main.js'></script>"
    assert (out / "comp/build/static/main.js").read_text() == "console.log(1)"
    assert not (out / "comp/src").exists() and not (out / "data").exists()
    assert "components/comp/build/index.html" in result.manifest["files"]


def test_COMP_04_an_app_without_components_has_no_components_folder(
    make_app: MakeApp, build_app: Builder
) -> None:
    result = build_app(make_app({"app.py": "import streamlit as st\n"}))
    assert not (result.out / "components").exists()
