"""streamlit.components.v1: html and iframe in a sandboxed iframe (examples 095, 096)."""

from __future__ import annotations

from pathlib import Path

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


def test_declare_component_is_reported_clearly() -> None:
    at = AppTest.from_string("""
import streamlit.components.v1 as components
components.declare_component("my_component", url="http://localhost:3001")
""").run()
    assert "`declare_component` is not supported by wasmlit yet" in at.exception[0].value
    at = AppTest.from_string("""
import streamlit.components.v1 as components
components.declare_component("c")
""").run()
    assert "Either 'path' or 'url' must be set, but not both." in at.exception[0].value
