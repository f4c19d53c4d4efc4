"""st.connection and `streamlit.connections` (CHECKLIST CONN): a connection's
settings come from `[connections.<name>]` in secrets.toml and keyword
arguments; connection objects are cached with st.cache_resource, query
results with st.cache_data, as in Streamlit.

In the browser only SQLite works (the `sqlite3` and `sqlalchemy` Pyodide
packages, added by the build when the app calls st.connection): a database
server is out of reach of a web page. A relative sqlite path lives in the
tab's memory (the app folder) and is gone on reload.

Note [Raw SQL strings]
~~~~~~~~~~~~~~~~~~~~~~
The seeds use `s.execute("CREATE TABLE ...")` with a plain string, which
SQLAlchemy 1.4 accepted and 2.x (the version Pyodide ships) rejects
(CHECKLIST ERR-09). `conn.session` wraps such strings in `sqlalchemy.text()`
so the seed's code runs unchanged; everything else is SQLAlchemy's Session.

Note [Query retries]
~~~~~~~~~~~~~~~~~~~~
As in Streamlit (CHECKLIST CONN-14), `SQLConnection.query` runs the query up
to 3 times when it fails with a database error (SQLAlchemy's DatabaseError,
InternalError or OperationalError: a dropped or disposed connection, a
database file that was away for a moment). After every such failure, the last
one included, the connection is `reset()`, so the next attempt, or the next
use after the final error, connects again; between attempts it waits one
second. Any other exception (a pandas KeyError for a bad `index_col`, ...) is
raised at once without a reset. After the last attempt the exception is
raised as it came (no RetryError around it). Streamlit dropped tenacity for a small loop
of its own; `_retrying` is ours (tenacity is not a Pyodide package).

pandas 3 wraps an error raised while the SQL runs in its own
`pandas.errors.DatabaseError` ("Execution failed on sql ...", the SQLAlchemy
error as `__cause__`); pandas 2, which Pyodide ships, does not. Streamlit
checks only the SQLAlchemy types, so under pandas 3 it stops retrying such
errors; we also retry a pandas DatabaseError caused by one of them, so a
locked or dropped database is retried whichever pandas runs the app.

Note [Connection thread safety]
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
st.connection is cached with st.cache_resource, whose per-key compute lock
makes threads that ask for the same connection at once share one object (one
`_connect`). A connection's own lazy reconnect (`_instance` after `reset()`)
is guarded by a per-connection lock, so threads that use a reset connection
at once make one raw connection, not one each (Streamlit 1.67 leaves
`_instance` unguarded, which can connect twice; ours cannot). Pyodide has no
threads, but AppTest (CPython) does.
"""

from __future__ import annotations

import builtins
import hashlib
import importlib
import json
import os
import threading
import time
from abc import ABC, abstractmethod
from collections import ChainMap
from collections.abc import Callable
from copy import deepcopy
from datetime import timedelta
from typing import Any, Generic, TypeVar

from wasmlit.errors import StreamlitAPIException
from wasmlit.secrets import AttrDict, Secrets

RawConnectionT = TypeVar("RawConnectionT")

_ENV_PREFIX = "env:"


class BaseConnection(ABC, Generic[RawConnectionT]):
    """Subclass it and implement `_connect(**kwargs)` (CONN-12)."""

    def __init__(self, connection_name: str, **kwargs: Any) -> None:
        self._connection_name = connection_name
        self._kwargs = kwargs
        self._instance_lock = threading.RLock()  # Note [Connection thread safety]
        section = json.dumps(self._secrets.to_dict(), sort_keys=True, default=str)
        self._config_section_hash = hashlib.md5(section.encode(), usedforsecurity=False).hexdigest()
        self._raw_instance: RawConnectionT | None = self._connect(**kwargs)

    @property
    def _secrets(self) -> AttrDict:
        """This connection's `[connections.<name>]` section ({} when absent)."""
        try:
            connections = Secrets()["connections"]
        except (KeyError, FileNotFoundError):
            return AttrDict({})
        if not isinstance(connections, AttrDict) or self._connection_name not in connections:
            return AttrDict({})
        section = connections[self._connection_name]
        return section if isinstance(section, AttrDict) else AttrDict({})

    def reset(self) -> None:
        """Drop the underlying connection; the next use connects again (CONN-10, CONN-14)."""
        with self._instance_lock:
            self._raw_instance = None

    @property
    def _instance(self) -> RawConnectionT:
        """The underlying connection, connecting again after `reset()`
        (once, whichever threads ask: Note [Connection thread safety])."""
        raw = self._raw_instance
        if raw is None:
            with self._instance_lock:
                raw = self._raw_instance
                if raw is None:
                    raw = self._raw_instance = self._connect(**self._kwargs)
        return raw

    @abstractmethod
    def _connect(self, **kwargs: Any) -> RawConnectionT:
        raise NotImplementedError


ExperimentalBaseConnection = BaseConnection

_ALL_PARAMS = ("url", "driver", "dialect", "username", "password", "host", "port", "database", "query")
_REQUIRED_PARAMS = ("dialect", "username", "host")


class _TextSession:
    """Note [Raw SQL strings]: SQLAlchemy's Session, plain strings allowed in execute()."""

    def __init__(self, session: Any) -> None:
        self._session = session

    def execute(self, statement: Any, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        if isinstance(statement, str):
            from sqlalchemy import text

            statement = text(statement)
        return self._session.execute(statement, params, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session, name)

    def __enter__(self) -> _TextSession:
        self._session.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._session.__exit__(*exc)


class SQLConnection(BaseConnection[Any]):
    """SQLAlchemy under the hood (CONN-05, CONN-06, CONN-07)."""

    def _connect(self, autocommit: bool = False, **kwargs: Any) -> Any:
        import sqlalchemy

        kwargs = deepcopy(kwargs)
        given = {k: kwargs.pop(k) for k in _ALL_PARAMS if k in kwargs}
        secrets = self._secrets.to_dict()
        params = ChainMap(given, secrets)
        if not len(params):
            raise StreamlitAPIException(
                "Missing SQL DB connection configuration. Did you forget to set this in "
                "`secrets.toml` or as kwargs to `st.connection`?"
            )
        if "url" in params:
            url = sqlalchemy.engine.make_url(params["url"])
        else:
            for p in _REQUIRED_PARAMS:
                if p not in params:
                    raise StreamlitAPIException(f"Missing SQL DB connection param: {p}")
            driver = params["dialect"] + (f"+{params['driver']}" if "driver" in params else "")
            url = sqlalchemy.engine.URL.create(
                drivername=driver,
                username=params["username"],
                password=params.get("password"),
                host=params["host"],
                port=int(params["port"]) if "port" in params else None,
                database=params.get("database"),
                query=params.get("query") or {},
            )
        engine_kwargs = ChainMap(kwargs, dict(secrets.get("create_engine_kwargs", {})))
        engine = sqlalchemy.create_engine(url, **engine_kwargs)
        if autocommit:
            return engine.execution_options(isolation_level="AUTOCOMMIT")
        return engine

    def query(self, sql: str, *, show_spinner: bool | str = "Running `sql.query(...)`.",
              ttl: float | int | timedelta | None = None, index_col: str | list[str] | None = None,
              chunksize: int | None = None, params: Any = None, **kwargs: Any) -> Any:
        """A pandas DataFrame, cached with st.cache_data (no expiry unless `ttl`)."""
        from wasmlit.caching import cache_data

        cached: Any = cache_data(show_spinner=show_spinner, ttl=ttl)(_run_query)
        return cached(self, self._connection_name, self._config_section_hash, sql,
                      index_col, chunksize, params, **kwargs)

    @property
    def engine(self) -> Any:
        return self._instance

    @property
    def driver(self) -> str:
        return str(self._instance.driver)

    @property
    def session(self) -> Any:
        from sqlalchemy.orm import Session

        return _TextSession(Session(self._instance))


FIRST_PARTY: dict[str, type[BaseConnection[Any]]] = {"sql": SQLConnection}


def _connection_class(name: str, type: Any) -> type[BaseConnection[Any]]:
    if type is None:
        if name in FIRST_PARTY:
            return FIRST_PARTY[name]
        try:
            type = Secrets()["connections"][name]["type"]
        except (KeyError, FileNotFoundError):
            raise StreamlitAPIException(
                "Connection class not provided and unable to determine connection type "
                f"from secrets for connection named {name}."
            ) from None
    if isinstance(type, str):
        if type in FIRST_PARTY:
            return FIRST_PARTY[type]
        if type == "snowflake":
            raise StreamlitAPIException(
                "wasmlit: the snowflake connection needs a server; use `type='sql'` with SQLite"
            )
        module, _, cls = type.rpartition(".")
        try:
            found = getattr(importlib.import_module(module), cls)
        except (ImportError, AttributeError, ValueError):
            raise StreamlitAPIException(f"Unable to import connection class {type}.") from None
        type = found
    if not (isinstance(type, builtins.type) and issubclass(type, BaseConnection)):
        raise StreamlitAPIException(f"{type!r} is not a subclass of BaseConnection.")
    return type


def connection(name: str, type: Any = None, max_entries: int | None = None,
               ttl: float | timedelta | None = None, **kwargs: Any) -> Any:
    """A connection named `name` (CONN-01..04, CONN-09), cached with st.cache_resource."""
    if name.startswith(_ENV_PREFIX):
        name = os.environ[name[len(_ENV_PREFIX):]]
    cls = _connection_class(name, type)
    return _create(name, cls, max_entries, ttl, **kwargs)


_T = TypeVar("_T")

RETRY_ATTEMPTS = 3
RETRY_WAIT_SECONDS = 1.0
_sleep: Callable[[float], None] = time.sleep  # the tests count the waits instead


def _retrying(call: Callable[[], _T], retry_on: Callable[[Exception], bool],
              after: Callable[[], None]) -> _T:
    """Note [Query retries]: `call()`, again after `after()` while what it raises
    passes `retry_on`."""
    attempt = 1
    while True:
        try:
            return call()
        except Exception as exc:
            if not retry_on(exc):
                raise
            after()
            if attempt >= RETRY_ATTEMPTS:
                raise
            _sleep(RETRY_WAIT_SECONDS)
            attempt += 1


def _run_query(_conn: SQLConnection, name: str, section: str, sql: str, index_col: Any,
               chunksize: Any, params: Any, **kwargs: Any) -> Any:
    """SQLConnection.query's cached body: keyed by connection name, its secrets and the SQL."""
    pd: Any = importlib.import_module("pandas")
    from sqlalchemy import text
    from sqlalchemy.exc import DatabaseError, InternalError, OperationalError

    def attempt() -> Any:
        with _conn._instance.connect() as connection:
            return pd.read_sql(text(sql), connection, index_col=index_col, chunksize=chunksize,
                               params=params, **kwargs)

    def transient(exc: Exception) -> bool:
        retried = (DatabaseError, InternalError, OperationalError)
        if isinstance(exc, retried):
            return True
        # pandas 3 wraps the SQLAlchemy error (Note [Query retries])
        return type(exc).__module__.startswith("pandas") and isinstance(exc.__cause__, retried)

    return _retrying(attempt, transient, _conn.reset)


def _make(name: str, _cls: type[BaseConnection[Any]], cls_name: str, **kwargs: Any) -> Any:
    return _cls(connection_name=name, **kwargs)


def _create(name: str, cls: type[BaseConnection[Any]], max_entries: int | None,
            ttl: float | timedelta | None, **kwargs: Any) -> Any:
    from wasmlit.caching import cache_resource

    cached: Any = cache_resource(
        max_entries=max_entries, show_spinner="Running `st.connection(...)`.", ttl=ttl
    )(_make)
    return cached(name, cls, f"{cls.__module__}.{cls.__qualname__}", **kwargs)
