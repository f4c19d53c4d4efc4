"""The rerun model: fresh namespace, stop, rerun, exceptions, recompiling."""

from __future__ import annotations

from pathlib import Path

from wasmlit.testing import AppTest


def test_EXE_03_module_variables_do_not_survive_a_rerun(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "070_counter_without_state.py")).run()
    # st.write("Count = ", count): strings joined by a space, a number as inline code.
    assert at.markdown[0].value == "Count =  `0`"
    for _ in range(3):
        at.button[0].click().run()
        assert at.markdown[0].value == "Count =  `1`"


def test_EXE_12_TEST_27_stop_ends_the_run_and_keeps_what_was_drawn() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.write("before")
        st.stop()
        st.write("after")
        """
    ).run()
    assert at.markdown.values == ["before"]
    assert len(at.exception) == 0


def test_EXE_13_BTN_10_rerun_starts_a_new_run_with_state_kept(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "014_button_state_then_rerun.py")).run()
    assert at.header.values == ["John Doe", "John Doe"]
    at.button[0].click().run()
    assert at.header.values == ["Jane Doe", "Jane Doe"]
    assert at.button[0].value is False  # the second run is not the click's run


def test_rerun_inside_except_exception_is_not_swallowed() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("n", 0)
        st.session_state.n += 1
        if st.session_state.n < 3:
            try:
                st.rerun()
            except Exception:
                st.write("swallowed")
        st.write(f"runs: {st.session_state.n}")
        """
    ).run()
    assert at.markdown.values == ["runs: 3"]


def test_EXE_24_TEST_25_exception_is_shown_and_earlier_elements_stay() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.title("Hello")
        if st.session_state.get("boom", True):
            1 + "a"
        st.write("after")
        """
    ).run()
    assert at.title.values == ["Hello"]
    assert len(at.exception) == 1
    exc = at.exception[0]
    assert exc.type_name == "TypeError"
    assert "unsupported operand" in exc.value
    assert any('1 + "a"' in line for line in exc.stack_trace)
    assert not any("wasmlit" in line for line in exc.stack_trace)
    # The app keeps working: the next run goes on normally.
    at.session_state.boom = False
    at.run()
    assert len(at.exception) == 0
    assert at.markdown.values == ["after"]


def test_EXE_04_EXE_23_script_is_recompiled_when_its_source_changes(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("import streamlit as st\nst.write('v1')\n")
    at = AppTest.from_file(str(app)).run()
    assert at.markdown.values == ["v1"]
    app.write_text("import streamlit as st\nst.write('v2')\n")
    at.run()
    assert at.markdown.values == ["v2"]


def test_EXE_21_modules_next_to_the_app_are_importable(tmp_path: Path) -> None:
    (tmp_path / "helper_mod_for_test.py").write_text("GREETING = 'from a module'\n")
    app = tmp_path / "app.py"
    app.write_text(
        "import streamlit as st\nfrom helper_mod_for_test import GREETING\nst.write(GREETING)\n"
    )
    assert AppTest.from_file(str(app)).run().markdown.values == ["from a module"]


def test_syntax_error_in_the_app_is_shown_as_an_exception(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("import streamlit as st\nst.write('x'\n")
    at = AppTest.from_file(str(app)).run()
    assert at.exception[0].type_name == "SyntaxError"
    assert "app.py" in at.exception[0].value


def test_EXE_14_callbacks_run_before_the_script(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "004_button_callback_no_lag.py")).run()
    at.button[0].click().run()
    assert at.header.values == ["Jane Doe", "Jane Doe"]
    at.button[1].click().run()
    assert at.header.values == ["John Doe", "John Doe"]


def test_BTN_08_state_written_after_a_header_lags_one_run(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "003_button_state_lag.py")).run()
    at.button[0].click().run()
    assert at.header.values == ["John Doe", "Jane Doe"]
    at.run()
    assert at.header.values == ["Jane Doe", "Jane Doe"]
