"""CACHE-26: uploaded files and cached functions."""

from __future__ import annotations

from wasmlit.testing import AppTest


def test_CACHE_26_a_cached_function_takes_an_uploaded_file_by_its_contents() -> None:
    """CACHE-26: the uploader is called outside the cached function; the UploadedFile
    passed in is hashed by its bytes (a BytesIO), so the same upload hits on every rerun
    and a new one with other contents misses."""
    at = AppTest.from_string('''
    import streamlit as st

    if "calls" not in st.session_state:
        st.session_state.calls = 0

    @st.cache_data
    def count_lines(f):
        st.session_state.calls += 1
        return len(f.getvalue().splitlines())

    f = st.file_uploader("Data", type="csv")
    if f is not None:
        st.text(f"lines={count_lines(f)} calls={st.session_state.calls}")
    ''').run()
    up = at.get("file_uploader")[0]
    up.upload("a.csv", "x\n1\n2\n").run()
    assert at.text[0].value == "lines=3 calls=1"
    at.run()  # the rerun makes a new UploadedFile of the same bytes: a hit
    assert at.text[0].value == "lines=3 calls=1"
    at.get("file_uploader")[0].upload("b.csv", "x\n1\n").run()
    assert at.text[0].value == "lines=2 calls=2"


def test_CACHE_26_file_uploader_and_camera_input_inside_a_cached_function_warn() -> None:
    """CACHE-26: not supported inside cached functions: they warn as every widget does."""
    at = AppTest.from_string('''
    import streamlit as st

    @st.cache_data
    def pick():
        st.file_uploader("Inside")
        st.camera_input("Camera inside")
        return 1

    pick()
    ''').run()
    assert [e.proto.type_name for e in at.exception] == ["CachedWidgetWarning"]
    assert "move all widget commands outside the cached function" in at.exception[0].value
