"""st.secrets (CHECKLIST SEC): key and attribute access, sections, os.environ, errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wasmlit import secrets
from wasmlit.testing import AppTest

from project_support import copy_project

_project = copy_project


def test_SEC_03_SEC_04_key_and_attribute_access_and_sections(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(
        "import streamlit as st\n"
        "st.write(st.secrets['db_username'], st.secrets.db_username)\n"
        "st.write(st.secrets.db_credentials.username, dict(**st.secrets.db_credentials)['password'])\n"
        "st.write(str(st.secrets['my_other_secrets']['things_i_like']))\n"
    )
    at = AppTest.from_file(str(tmp_path / "app.py"))
    at.secrets["db_username"] = "Jane"
    at.secrets["db_credentials"] = {"username": "u", "password": "p"}
    at.secrets["my_other_secrets"] = {"things_i_like": ["Streamlit", "Python"]}
    at.run()
    assert [m.value for m in at.markdown] == ["Jane Jane", "u p", "['Streamlit', 'Python']"]


def test_SEC_05_root_level_secrets_become_environment_variables_sections_do_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("wl_root", raising=False)
    monkeypatch.delenv("wl_num", raising=False)
    monkeypatch.delenv("wl_section", raising=False)
    secrets.export_to_environ({"wl_root": "Jane", "wl_num": 3, "wl_section": {"a": "b"}})
    assert os.environ["wl_root"] == "Jane" and os.environ["wl_num"] == "3"
    assert "wl_section" not in os.environ


def test_SEC_06_no_secrets_file_raises_FileNotFoundError(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FileNotFoundError, match="No secrets found. Valid paths for a secrets.toml"):
        secrets.Secrets()["nonexistent_key"]


def test_SEC_07_example_094_a_missing_key_is_a_KeyError(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text("a = 1\n")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(KeyError, match='st.secrets has no key "nonexistent_key"'):
        secrets.Secrets()["nonexistent_key"]
    with pytest.raises(AttributeError, match='st.secrets has no attribute "nonexistent_key"'):
        secrets.Secrets().nonexistent_key


def test_SEC_05_example_093_reads_the_project_secrets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = _project(tmp_path, "093_secrets_access", monkeypatch)
    for name in ("db_username", "db_password"):
        monkeypatch.delenv(name, raising=False)  # restored after the test
    secrets.export_to_environ(secrets.load_secrets_file())
    at = AppTest.from_file(str(dest / "app.py")).run()
    assert [m.value for m in at.markdown][-1].endswith("`True`")
    assert "Jane" in at.markdown[0].value


def test_SEC_09_example_009_copies_a_secret_into_os_environ(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = _project(tmp_path, "009_secrets_to_environ", monkeypatch)
    monkeypatch.delenv("OPENAPI_API_KEY", raising=False)  # restored after the test
    at = AppTest.from_file(str(dest / "app.py")).run()
    assert not at.exception
    value = secrets.load_secrets_file()["OPENAPI_API_KEY"]
    assert at.markdown[0].value.startswith("OPENAPI_API_KEY:") and value in at.markdown[0].value
    assert os.environ["OPENAPI_API_KEY"] == value
