"""The order of events on a widget change, callbacks' output, and imported modules across reruns."""

from __future__ import annotations

from pathlib import Path

from wasmlit.testing import AppTest

ORDER = '''
import streamlit as st

log = st.session_state.setdefault("log", [])

def cb():
    log.append(f"callback sees {st.session_state.name!r}")
    st.write("from callback", st.session_state.name)

st.write("top of script")
value = st.text_input("Name", key="name", on_change=cb)
log.append(f"widget returns {value!r}")
st.write("returned", value)
st.button("Other")
'''


def test_EXE_15_EXE_16_state_then_callback_then_the_rerun_returns_the_new_value() -> None:
    at = AppTest.from_string(ORDER).run()
    at.session_state["log"].clear()
    at.text_input[0].input("Ada").run()
    assert at.session_state["log"] == ["callback sees 'Ada'", "widget returns 'Ada'"]


def test_EXE_17_a_callbacks_output_shows_above_the_page_until_the_next_action() -> None:
    at = AppTest.from_string(ORDER).run()
    at.text_input[0].input("Ada").run()
    assert [m.value for m in at.markdown] == ["from callback Ada", "top of script", "returned Ada"]
    at.button[0].click().run()
    assert [m.value for m in at.markdown] == ["top of script", "returned Ada"]


def test_EXE_22_an_imported_module_is_not_reimported_and_keeps_its_state(tmp_path: Path) -> None:
    (tmp_path / "counter_module.py").write_text("imports = 0\nimports += 1\nhits = 0\n")
    (tmp_path / "app.py").write_text(
        "import streamlit as st\nimport counter_module\n"
        "counter_module.hits += 1\n"
        "st.write(f'imports={counter_module.imports} hits={counter_module.hits}')\n"
    )
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert at.markdown[0].value == "imports=1 hits=1"
    at.run()
    assert at.markdown[0].value == "imports=1 hits=2"
