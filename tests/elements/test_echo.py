"""st.echo: the block's source, above (default) or below its output."""

from __future__ import annotations

from pathlib import Path

from wasmlit.testing import AppTest

APP = '''import streamlit as st
st.write("before")
with st.echo():
    x = 1 + 1
    st.write("x is", x)
with st.echo(code_location="below"):
    @staticmethod
    def f():
        return 3
    st.write("three")
st.write("after")
'''


def _shown(at: AppTest) -> list[tuple[str, str]]:
    return [(type(e).__name__, str(e.value)) for e in at.main.children]


def test_EL_07_echo_shows_the_blocks_source_above_or_below_its_output(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(APP)
    for at in (AppTest.from_file(str(tmp_path / "app.py")).run(), AppTest.from_string(APP).run()):
        assert _shown(at) == [
            ("Markdown", "before"),
            ("Code", 'x = 1 + 1\nst.write("x is", x)\n'),
            ("Markdown", "x is `2`"),
            ("Markdown", "three"),
            ("Code", '@staticmethod\ndef f():\n    return 3\nst.write("three")\n'),
            ("Markdown", "after"),
        ]
        assert at.code[0].language == "python"


def test_echo_in_a_function_called_from_the_script(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(
        "import streamlit as st\n"
        "def show():\n"
        "    with st.echo():\n"
        "        st.write('inside')\n"
        "show()\n"
    )
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert [str(c.value) for c in at.code] == ["st.write('inside')\n"]
