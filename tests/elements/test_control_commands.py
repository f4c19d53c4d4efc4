"""EL-25: the navigation and control commands, together in one app: st.page_link,
st.link_button, st.download_button, st.rerun, st.stop (st.switch_page: tests/test_pages.py)."""

from __future__ import annotations

from wasmlit.testing import AppTest


def test_EL_25_navigation_and_control_commands() -> None:
    at = AppTest.from_string('''
import streamlit as st
st.session_state.runs = st.session_state.get("runs", 0) + 1
if st.session_state.runs == 1:
    st.rerun()  # the first run starts over at once
st.page_link("https://example.com", label="Docs", icon="📘")
st.link_button("Go", "https://example.com/go")
st.download_button("Get", data="a,b\\n", file_name="x.csv")
st.text(f"runs={st.session_state.runs}")
st.stop()
st.text("never")
''').run()
    assert not at.exception
    assert [t.value for t in at.text] == ["runs=2"]  # st.rerun ran the script again; st.stop ended it
    assert [(p.proto.label, p.proto.page) for p in at.get("page_link")] == [("Docs", "https://example.com")]
    assert at.get("link_button")[0].proto.url == "https://example.com/go"
    assert at.get("download_button")[0].proto.label == "Get"
