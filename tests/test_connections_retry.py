"""SQLConnection.query's retries and connections used from threads (CHECKLIST CONN-14;
Notes [Query retries] and [Connection thread safety] in wasmlit/connections.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from wasmlit import connections
from wasmlit.testing import AppTest

pytest.importorskip("sqlalchemy")
pytest.importorskip("pandas")


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The seconds query() waited between attempts (nothing really sleeps)."""
    seen: list[float] = []
    monkeypatch.setattr(connections, "_sleep", seen.append)
    return seen


def _seed(db: Path) -> None:
    with sqlite3.connect(db) as c:
        c.execute("CREATE TABLE pets (name TEXT)")
        c.execute("INSERT INTO pets VALUES ('rex')")


def test_CONN_14_a_query_that_fails_while_the_database_is_away_succeeds_after_reset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database's folder is missing at the first attempt (sqlite: OperationalError
    'unable to open database file'); it is back after the one-second wait, and the
    retry, on a freshly made engine, reads it."""
    db = tmp_path / "mounted" / "pets.db"
    waited: list[float] = []

    def sleep(seconds: float) -> None:
        waited.append(seconds)
        db.parent.mkdir()
        _seed(db)

    monkeypatch.setattr(connections, "_sleep", sleep)
    at = AppTest.from_string(
        "import streamlit as st\n"
        f"conn = st.connection('mounted_pets', type='sql', url='sqlite:///{db}')\n"
        "first = conn.engine\n"
        "df = conn.query('select name from pets')\n"
        "st.write(str(df['name'].tolist()))\n"
        "st.write(str(conn.engine is first))\n"
    ).run()
    assert not at.exception, at.exception
    assert [m.value for m in at.markdown] == ["['rex']", "False"]  # reset() made a new engine
    assert waited == [1.0]


def test_CONN_14_a_query_that_meets_a_locked_database_succeeds_once_the_lock_is_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another writer holds an exclusive lock (sqlite: OperationalError 'database is
    locked'); it commits during the wait and the retry reads the table."""
    db = tmp_path / "pets.db"
    _seed(db)
    writer = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN EXCLUSIVE")
    writer.execute("INSERT INTO pets VALUES ('tom')")
    waited: list[float] = []

    def sleep(seconds: float) -> None:
        waited.append(seconds)
        writer.execute("COMMIT")

    monkeypatch.setattr(connections, "_sleep", sleep)
    at = AppTest.from_string(
        "import streamlit as st\n"
        f"conn = st.connection('locked_pets', type='sql', url='sqlite:///{db}', "
        "connect_args={'timeout': 0})\n"
        "st.write(str(conn.query('select name from pets')['name'].tolist()))\n"
    ).run()
    writer.close()
    assert not at.exception, at.exception
    assert at.markdown[0].value == "['rex', 'tom']"
    assert waited == [1.0]


def test_CONN_14_a_persistent_error_is_raised_after_the_third_attempt(waits: list[float]) -> None:
    """Three attempts, a reset after each (so the next use connects again), one-second
    waits between them, then SQLAlchemy's own exception reaches the app."""
    at = AppTest.from_string(
        "import streamlit as st\n"
        "from streamlit.connections import SQLConnection\n"
        "class Counting(SQLConnection):\n"
        "    def _connect(self, **kwargs):\n"
        "        st.session_state.connects = st.session_state.get('connects', 0) + 1\n"
        "        return super()._connect(**kwargs)\n"
        "conn = st.connection('mem', type=Counting, url='sqlite://')\n"
        "try:\n"
        "    conn.query('select * from missing_table')\n"
        "except Exception as e:\n"
        "    st.write(type(e).__module__, type(e).__name__)\n"
        "    st.write(str(conn._raw_instance is None))\n"
        "_ = conn.engine\n"
        "st.write(str(st.session_state.connects))\n"
    ).run()
    assert not at.exception, at.exception
    values = [m.value for m in at.markdown]
    # SQLAlchemy's OperationalError, which pandas 3 wraps (Note [Query retries])
    assert values[0] in ("sqlalchemy.exc OperationalError", "pandas.errors DatabaseError")
    assert values[1] == "True"  # reset after the last attempt too
    # 1 at st.connection, 1 per attempt after the first two resets, 1 for conn.engine
    assert values[2] == "4"
    assert waits == [1.0, 1.0]


def test_CONN_14_the_persistent_error_is_shown_like_streamlits(waits: list[float]) -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.connection('shown', type='sql', url='sqlite://').query('select * from nope')\n"
    ).run()
    (exc,) = at.exception
    assert "no such table: nope" in exc.message
    assert len(waits) == 2


def test_CONN_14_other_errors_are_raised_at_once_without_a_reset(waits: list[float]) -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "conn = st.connection('mem', type='sql', url='sqlite://')\n"
        "engine = conn.engine\n"
        "try:\n"
        "    conn.query('select 1 as x', index_col='not_a_column')\n"
        "except KeyError:\n"
        "    st.write(str(conn._raw_instance is engine))\n"
    ).run()
    assert not at.exception, at.exception
    assert at.markdown[0].value == "True"
    assert waits == []


def test_CONN_14_CONN_10_reset_makes_the_next_use_connect_again() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "conn = st.connection('mem', type='sql', url='sqlite://')\n"
        "a = conn.engine\n"
        "st.write(str(conn.engine is a))\n"
        "conn.reset()\n"
        "b = conn.engine\n"
        "st.write(str(b is a), str(conn.engine is b))\n"
        "st.write(str(conn.query('select 5 as x')['x'].tolist()))\n"
    ).run()
    assert not at.exception, at.exception
    assert [m.value for m in at.markdown] == ["True", "False True", "[5]"]


_SLOW_CONNECTION = (
    "import threading, time\n"
    "import streamlit as st\n"
    "from streamlit.connections import BaseConnection\n"
    "made = []\n"
    "class Slow(BaseConnection[object]):\n"
    "    def _connect(self, **kwargs):\n"
    "        time.sleep(0.05)  # a slow handshake: every thread arrives meanwhile\n"
    "        made.append(object())\n"
    "        return made[-1]\n"
    "def run_together(n, work):\n"
    "    start = threading.Barrier(n)\n"
    "    out = [None] * n\n"
    "    def one(i):\n"
    "        start.wait()\n"
    "        out[i] = work()\n"
    "    threads = [threading.Thread(target=one, args=(i,)) for i in range(n)]\n"
    "    for t in threads: t.start()\n"
    "    for t in threads: t.join()\n"
    "    return out\n"
)


def test_CONN_14_threads_asking_for_a_connection_at_once_share_one_raw_connection() -> None:
    at = AppTest.from_string(
        _SLOW_CONNECTION
        + "conns = run_together(8, lambda: st.connection('slow', type=Slow))\n"
        "raws = {id(c._instance) for c in conns}\n"
        "st.write(str(len({id(c) for c in conns})), str(len(raws)), str(len(made)))\n"
    ).run()
    assert not at.exception, at.exception
    assert at.markdown[0].value == "1 1 1"


def test_CONN_14_threads_using_a_reset_connection_at_once_reconnect_once() -> None:
    at = AppTest.from_string(
        _SLOW_CONNECTION
        + "conn = st.connection('slow2', type=Slow)\n"
        "conn.reset()\n"
        "raws = run_together(8, lambda: conn._instance)\n"
        "st.write(str(len({id(r) for r in raws})), str(len(made)))\n"
    ).run()
    assert not at.exception, at.exception
    assert at.markdown[0].value == "1 2"  # the first connect, then one reconnect for 8 threads


def _is_connection_error(exc: Exception) -> bool:
    return isinstance(exc, ConnectionError)


def test_CONN_14_retrying_is_streamlits_loop(waits: list[float]) -> None:
    """Unit check of the loop: attempts, resets after every retryable failure, waits."""
    calls: list[str] = []
    resets: list[int] = []

    def flaky() -> str:
        calls.append("x")
        if len(calls) < 3:
            raise ConnectionError("try again")
        return "ok"

    assert connections._retrying(flaky, _is_connection_error, lambda: resets.append(1)) == "ok"
    assert (len(calls), len(resets), waits) == (3, 2, [1.0, 1.0])
    with pytest.raises(ValueError):
        connections._retrying(lambda: int("x"), _is_connection_error, lambda: resets.append(1))
    assert len(resets) == 2
