"""st.connection and SQLConnection (CHECKLIST CONN; examples 091, 092, 106)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wasmlit.testing import AppTest

from project_support import copy_project

pytest.importorskip("sqlalchemy")
pytest.importorskip("pandas")

from project_support import EXAMPLES


_project = copy_project


def test_CONN_01_CONN_02_CONN_06_CONN_07_CONN_15_CONN_16_CACHE_29_ERR_09_the_seeds_sqlite_app(tmp_path: Path) -> None:
    """Example 091's code (raw SQL strings too: Note [Raw SQL strings]), printing the frame."""
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text(
        f'[connections.pets_db]\nurl = "sqlite:///{tmp_path}/pets.db"\n'
    )
    source = (EXAMPLES / "091_sql_connection_sqlite.py").read_text()
    (tmp_path / "app.py").write_text(source.replace("st.dataframe(pet_owners)",
                                                    "st.write(str(pet_owners.values.tolist()))"))
    at = AppTest.from_file(str(tmp_path / "app.py"))
    at.secrets["connections"] = {"pets_db": {"url": f"sqlite:///{tmp_path}/pets.db"}}
    at.run()
    assert not at.exception, at.exception
    assert at.markdown[-1].value == "[['jerry', 'fish'], ['barbara', 'cat'], ['alex', 'puppy']]"
    at.run()  # conn.query is cached: the same frame without running the SQL again
    assert at.markdown[-1].value == "[['jerry', 'fish'], ['barbara', 'cat'], ['alex', 'puppy']]"


def test_CONN_16_example_091_project_as_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from wasmlit.elements.tree import COMMANDS

    if "dataframe" not in COMMANDS:
        pytest.skip("st.dataframe is not there yet")
    dest = _project(tmp_path, "091_sql_connection_sqlite", monkeypatch)
    at = AppTest.from_file(str(dest / "streamlit_app.py")).run()
    assert not at.exception, at.exception
    (df,) = at.dataframe
    assert df.value.to_dict("list") == {
        "person": ["jerry", "barbara", "alex"], "pet": ["fish", "cat", "puppy"],
    }


def test_CONN_03_CONN_05_example_106_type_from_secrets_builds_the_url_from_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """type="sql" comes from the secrets; the URL from its parts reaches SQLAlchemy,
    which needs a MySQL driver (there is none in the browser: a clear ImportError)."""
    _project(tmp_path, "106_connection_from_secrets", monkeypatch)
    at = AppTest.from_string("import streamlit as st\nst.connection('my_database')\n")
    at._session.secrets = None  # read the project's secrets.toml, as the app does
    at.run()
    assert at.exception[0].message == "No module named 'MySQLdb'"


def test_CONN_04_example_092_env_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _project(tmp_path, "092_sql_connection_env_name", monkeypatch)
    monkeypatch.setenv("DB_CONN", "nowhere")
    at = AppTest.from_string("import streamlit as st\nst.connection('env:DB_CONN', 'sql')\n")
    at._session.secrets = None
    at.run()
    assert "Missing SQL DB connection configuration" in at.exception[0].message
    monkeypatch.setenv("DB_CONN", "staging")
    at.run()
    assert at.exception[0].message == "No module named 'MySQLdb'"  # the staging section's URL


def test_CONN_09_CONN_10_CACHE_29_connections_are_cached_and_reset(tmp_path: Path) -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "a = st.connection('db', type='sql', url='sqlite://')\n"
        "b = st.connection('db', type='sql', url='sqlite://')\n"
        "st.write(str(a is b))\n"
        "a.reset()\n"
        "st.write(str(a._raw_instance is None), str(a.engine is not None))\n"
    ).run()
    assert [m.value for m in at.markdown] == ["True", "True True"]


def test_CONN_12_a_custom_connection_reads_its_secrets_section() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "from streamlit.connections import ExperimentalBaseConnection\n"
        "class Mine(ExperimentalBaseConnection[dict]):\n"
        "    def _connect(self, **kwargs):\n"
        "        return {**self._secrets.to_dict(), **kwargs}\n"
        "c = st.connection('mine', type=Mine, extra=1)\n"
        "st.write(str(sorted(c._instance.items())))\n"
    )
    at.secrets["connections"] = {"mine": {"token": "t"}}
    at.run()
    assert at.markdown[0].value == "[('extra', 1), ('token', 't')]"


def test_missing_configuration_is_streamlits_error() -> None:
    at = AppTest.from_string("import streamlit as st\nst.connection('nothing', type='sql')\n").run()
    assert "Missing SQL DB connection configuration" in at.exception[0].message


def test_CONN_08_create_engine_kwargs_from_secrets_and_code_kwargs_win() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "a = st.connection('a', type='sql')\n"
        "b = st.connection('b', type='sql', echo=False)\n"
        "st.write(str(a.engine.echo), str(b.engine.echo))\n"
    )
    at.secrets["connections"] = {
        "a": {"url": "sqlite://", "create_engine_kwargs": {"echo": True}},
        "b": {"url": "sqlite://", "create_engine_kwargs": {"echo": True}},
    }
    at.run()
    assert at.markdown[0].value == "True False"


def test_CONN_11_query_takes_ttl_and_params() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "c = st.connection('mem', type='sql', url='sqlite://')\n"
        "df = c.query('select :x as x', params={'x': 7}, ttl=3600)\n"
        "st.write(str(df['x'].tolist()))\n"
    ).run()
    assert not at.exception, at.exception
    assert at.markdown[0].value == "[7]"
