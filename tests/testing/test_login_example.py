"""The seed's login page (example 039) under AppTest: CHECKLIST PWD-01..PWD-08.

The app compares the typed password with `st.secrets.password` through
`hmac.compare_digest`, keeps its status in session state and gates everything
below the prompt with `st.stop()`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from wasmlit.testing import AppTest

SECRET = "correct horse"


def _login_app(examples: Path, tmp_path: Path) -> AppTest:
    project = tmp_path / "login"
    shutil.copytree(examples / "projects" / "039_apptest_login_page", project)
    at = AppTest.from_file(str(project / "app.py"))
    at.secrets["password"] = SECRET
    return at.run()


def test_PWD_02_PWD_07_an_unverified_visitor_sees_only_the_prompt(examples: Path, tmp_path: Path) -> None:
    at = _login_app(examples, tmp_path)
    assert at.session_state.status == "unverified"
    assert [t.label for t in at.text_input] == ["Enter password:"]
    assert not at.success and not at.button  # st.stop() kept the protected part from running
    assert not at.exception


def test_PWD_04_ERR_12_a_wrong_password_warns_and_clears_the_input(examples: Path, tmp_path: Path) -> None:
    at = _login_app(examples, tmp_path)
    at.text_input[0].input("guess").run()
    assert at.session_state.status == "incorrect"
    assert [w.value for w in at.warning] == ["Incorrect password. Please try again."]
    assert at.text_input[0].value == ""
    assert not at.success


def test_PWD_01_PWD_05_the_secret_password_verifies_and_hides_the_prompt(examples: Path, tmp_path: Path) -> None:
    at = _login_app(examples, tmp_path)
    at.text_input[0].input(SECRET).run()
    assert at.session_state.status == "verified"
    assert [s.value for s in at.success] == ["Login successful."]
    assert [b.label for b in at.button] == ["Log out"]
    assert not at.text_input and not at.warning


def test_PWD_01_a_password_that_only_starts_like_the_secret_is_refused(examples: Path, tmp_path: Path) -> None:
    at = _login_app(examples, tmp_path)
    at.text_input[0].input(SECRET[:-1]).run()
    assert at.session_state.status == "incorrect"


def test_PWD_06_log_out_brings_the_empty_prompt_back(examples: Path, tmp_path: Path) -> None:
    at = _login_app(examples, tmp_path)
    at.text_input[0].input(SECRET).run()
    at.button[0].click().run()
    assert at.session_state.status == "unverified"
    assert [t.value for t in at.text_input] == [""]
    assert not at.success


def test_PWD_08_PWD_10_login_state_belongs_to_one_session(examples: Path, tmp_path: Path) -> None:
    """A second session (a new tab) of the same app starts unverified."""
    first = _login_app(examples, tmp_path)
    first.text_input[0].input(SECRET).run()
    second = AppTest.from_file(str(tmp_path / "login" / "app.py"))
    second.secrets["password"] = SECRET
    second.run()
    assert first.session_state.status == "verified"
    assert second.session_state.status == "unverified"
    assert [t.label for t in second.text_input] == ["Enter password:"]


def test_PWD_08_a_password_input_has_the_password_type() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nst.text_input("Password", type="password", key="pw")\n'
    ).run()
    assert at.text_input[0].proto.type == "password"
