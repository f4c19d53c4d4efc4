"""AppTest with Streamlit's API (TEST), including a seed project's own test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wasmlit.testing import AppTest

ROOT = Path(__file__).resolve().parents[2]


def test_TEST_28_bean_counter(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "040_apptest_bean_counter.py")).run()
    assert at.title[0].value == "Bean counter :paw_prints:"
    assert at.markdown[0].value == "Beans counted: 0"
    at.number_input[0].increment().run()
    at.button[0].click().run()
    assert at.markdown[0].value == "Beans counted: 1"


def test_TEST_01_TEST_02_TEST_34_seed_project_test_passes_unchanged(
    examples: Path, tmp_path: Path
) -> None:
    """The seed's own tests/test_app.py, importing streamlit.testing.v1, run by pytest."""
    project = tmp_path / "bean_counter"
    shutil.copytree(examples / "projects" / "040_apptest_bean_counter", project)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "py")}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "wasmlit.alias", "-q", "-p", "no:cacheprovider",
         "tests/test_app.py"],
        cwd=project, env=env, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 passed" in proc.stdout


def test_TEST_03_creating_an_apptest_does_not_run_the_script() -> None:
    at = AppTest.from_string("import streamlit as st\nst.session_state.ran = True\n")
    assert "ran" not in at.session_state
    assert at.run() is at
    assert at.session_state.ran is True


def test_TEST_05_setting_a_value_does_not_run_until_run() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.write(st.text_input('t'))\n"
    ).run()
    at.text_input[0].set_value("hi")
    assert at.markdown.values == [""]
    at.run()
    assert at.markdown.values == ["hi"]


def test_TEST_06_EL_19_EL_26_elements_are_listed_in_display_order(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "041_apptest_container_order.py")).run()
    assert [b.label for b in at.button] == ["B", "A"]


def test_TEST_07_TEST_08_keyed_widgets_by_key(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "042_apptest_keyed_buttons.py")).run()
    assert at.button(key="submit").label == "Next"
    assert at.button("cancel").label == "Back"
    assert len(at.button) == 2 and len(at.warning) == 0


def test_TEST_09_EL_20_sidebar_main_and_columns_scoping() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.sidebar.text_input("side")
        with st.sidebar:
            st.write("in sidebar")
        a, b = st.columns(2)
        a.write("left")
        b.button("right button")
        st.write("main")
        """
    ).run()
    assert at.sidebar.text_input[0].label == "side"
    assert at.sidebar.markdown.values == ["in sidebar"]
    assert at.main.markdown.values == ["left", "main"]
    assert len(at.columns) == 2
    assert at.columns[0].markdown.values == ["left"]
    assert at.columns[1].button[0].label == "right button"
    at.sidebar.text_input[0].set_value("Jane Doe").run()
    assert at.sidebar.text_input[0].value == "Jane Doe"


def test_TEST_16_TEST_17_click_and_input_fire_callbacks() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("log", [])
        st.text_input("t", on_change=lambda: st.session_state.log.append("change"))
        st.button("b", on_click=lambda: st.session_state.log.append("click"))
        """
    ).run()
    at.text_input[0].input("x").run()
    at.button[0].click().run()
    assert at.button[0].value is True
    assert at.session_state.log == ["change", "click"]


def test_TEST_19_TEST_21_TEST_24_preset_session_state() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.write(st.session_state.get('status', 'unverified'))\n"
    )
    at.session_state["status"] = "verified"
    at.run()
    assert at.markdown.values == ["verified"]
    assert at.session_state.status == "verified"


def test_TEST_20_TEST_22_secrets_by_key_and_dotted_sections() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.write(st.secrets['password'], st.secrets.my_other_secrets.things_i_like[0])\n"
    )
    at.secrets["password"] = "streamlit"
    at.secrets["my_other_secrets.things_i_like"] = ["Streamlit", "Python"]
    at.run()
    assert at.markdown.values == ["streamlit Streamlit"]


def test_missing_secret_raises_streamlits_error() -> None:
    at = AppTest.from_string("import streamlit as st\nst.write(st.secrets['nope'])\n").run()
    assert 'st.secrets has no key "nope"' in at.exception[0].value


def test_from_function_runs_the_function_body() -> None:
    def app() -> None:
        import streamlit as st

        st.title("From a function")

    assert AppTest.from_function(app).run().title.values == ["From a function"]


def test_run_raises_when_the_script_takes_too_long() -> None:
    at = AppTest.from_string("import time\nwhile True:\n    time.sleep(0.05)\n", default_timeout=0.5)
    with pytest.raises(RuntimeError, match=r"AppTest script run timed out after 0.5\(s\)"):
        at.run()


def test_get_by_streamlit_type_name() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.header('h')\nst.caption('c')\nst.code('x = 1')\n"
        "st.success('yay')\nst.error('no')\nst.divider()\nst.divider()\n"
    ).run()
    assert at.get("header")[0].value == "h"
    assert at.caption.values == ["c"]
    assert at.code[0].value == "x = 1" and at.code[0].language == "python"
    assert at.success[0].value == "yay" and at.error[0].value == "no"
    assert len(at.divider) == 2
