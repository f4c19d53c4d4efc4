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


def test_SEC_11_apptest_secrets_override_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """at.secrets starts from .streamlit/secrets.toml of the working folder, as
    Streamlit's AppTest does; a key set on it wins over the file's."""
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text('a = "file"\nb = "kept"\n')
    (tmp_path / "app.py").write_text("import streamlit as st\nst.write(st.secrets.a, st.secrets['b'])\n")
    monkeypatch.chdir(tmp_path)
    at = AppTest.from_file(str(tmp_path / "app.py"))
    assert at.secrets["a"] == "file"
    at.secrets["a"] = "override"
    at.run()
    assert at.markdown[0].value == "override kept"


def test_SEC_10_connections_sections_of_the_file_feed_st_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text(
        '[connections.pets]\nurl = "sqlite:///pets.db"\n'
        '[connections.other]\nurl = "sqlite:///other.db"\n'
    )
    (tmp_path / "app.py").write_text(
        "import streamlit as st\n"
        "pets = st.connection('pets', type='sql')\n"
        "other = st.connection('other', type='sql')\n"
        "st.write(str(pets.engine.url), str(other.engine.url))\n"
    )
    monkeypatch.chdir(tmp_path)
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert not at.exception
    assert at.markdown[0].value == "sqlite:///pets.db sqlite:///other.db"


def test_CONN_13_code_kwargs_win_over_secrets_which_win_over_the_environment(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    script = (
        "import os\nimport streamlit as st\n"
        "from streamlit.connections import BaseConnection\n"
        "class Mine(BaseConnection[dict]):\n"
        "    def _connect(self, **kwargs):\n"
        "        # the connection's own fallback: the environment\n"
        "        merged = {'host': os.environ.get('MINE_HOST'), 'user': os.environ.get('MINE_USER'),\n"
        "                  'port': os.environ.get('MINE_PORT')}\n"
        "        merged.update(self._secrets.to_dict())\n"
        "        merged.update(kwargs)\n"
        "        return merged\n"
        "c = st.connection('mine', type=Mine, host='from-code')\n"
        "st.write(str(sorted(c._instance.items())))\n"
    )
    monkeypatch.setenv("MINE_HOST", "from-env")
    monkeypatch.setenv("MINE_USER", "from-env")
    monkeypatch.setenv("MINE_PORT", "from-env")
    at = AppTest.from_string(script)
    at.secrets["connections"] = {"mine": {"host": "from-secrets", "user": "from-secrets"}}
    at.run()
    assert at.markdown[0].value == (
        "[('host', 'from-code'), ('port', 'from-env'), ('user', 'from-secrets')]"
    )


def test_CONN_17_cache_resource_caches_an_arbitrary_connection_object() -> None:
    script = (
        "import sqlite3\nimport streamlit as st\n"
        "@st.cache_resource\n"
        "def connect():\n"
        "    st.session_state.connects = st.session_state.get('connects', 0) + 1\n"
        "    return sqlite3.connect(':memory:', check_same_thread=False)\n"
        "conn = connect()\n"
        "conn.execute('create table if not exists t (x)')\n"
        "conn.execute('insert into t values (1)')\n"
        "st.write(str(conn.execute('select count(*) from t').fetchone()[0]))\n"
        "st.write(str(id(conn)))\n"
    )
    first = AppTest.from_string(script).run()
    first.run()
    assert first.markdown[0].value == "2"  # the same database on the second run
    second = AppTest.from_string(script).run()  # another session shares the resource
    assert second.markdown[0].value == "3"
    assert second.markdown[1].value == first.markdown[1].value
    assert first.session_state.connects == 1 and "connects" not in second.session_state
