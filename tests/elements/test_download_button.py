"""st.download_button: the file's bytes and type, a rerun with its trigger when clicked."""

from __future__ import annotations


import pytest

from wasmlit.testing import AppTest

APP = '''
import io
import streamlit as st

clicked = st.download_button("Text", "a,b\\n1,2\\n", file_name="data.csv", mime="text/csv")
st.download_button("Bytes", b"\\x00\\x01")
st.download_button("File", io.BytesIO(b"from a file"), file_name="f.bin")
st.text(f"clicked={clicked}")
'''


def test_data_file_name_and_mime_reach_the_page() -> None:
    at = AppTest.from_string(APP).run()
    got = [(b.proto.label, b.proto.file_name, b.proto.mime, b.proto.data)
           for b in at.get("download_button")]
    assert got == [
        ("Text", "data.csv", "text/csv", b"a,b\n1,2\n"),
        ("Bytes", "download", "application/octet-stream", b"\x00\x01"),
        ("File", "f.bin", "application/octet-stream", b"from a file"),
    ]


def test_a_click_reruns_with_the_button_true_once() -> None:
    at = AppTest.from_string(APP).run()
    assert at.text[0].value == "clicked=False"
    at.get("download_button")[0].click().run()
    assert at.text[0].value == "clicked=True"
    at.run()
    assert at.text[0].value == "clicked=False"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.download_button('x', 3.5)", "Invalid binary data format: <class 'float'>"),
        ("with st.form('f'):\n    st.download_button('x', 'y')\n    st.form_submit_button()",
         "`st.download_button()` can't be used in an `st.form()`."),
    ],
    ids=["bad-data", "in-form"],
)
def test_download_button_errors_are_streamlits(call: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{call}\n").run()
    assert at.exception[0].value.startswith(message)
