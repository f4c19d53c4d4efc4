"""st.secrets: key and attribute access to the app's secrets.

Values come from the session (AppTest sets them; the build injects them) or,
failing that, from `.streamlit/secrets.toml` in the working directory.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator, Mapping
from typing import Any

_HELP = (
    "Did you forget to add it to secrets.toml, mount it to secret directory, or the app "
    "settings on Streamlit Cloud? More info: "
    "https://docs.streamlit.io/deploy/streamlit-community-cloud/deploy-your-app/secrets-management"
)


class AttrDict(Mapping[str, Any]):
    """A section of secrets: `s["k"]` and `s.k`."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        object.__setattr__(self, "_data", dict(data))

    @staticmethod
    def _wrap(value: Any) -> Any:
        return AttrDict(value) if isinstance(value, Mapping) else value

    def __getitem__(self, key: str) -> Any:
        try:
            return self._wrap(self._data[key])
        except KeyError:
            raise KeyError(f'st.secrets has no key "{key}". {_HELP}') from None

    def __getattr__(self, key: str) -> Any:
        try:
            return self._wrap(self._data[key])
        except KeyError:
            raise AttributeError(f'st.secrets has no attribute "{key}". {_HELP}') from None

    def __setattr__(self, key: str, value: Any) -> None:
        raise TypeError("Secrets does not support attribute assignment.")

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return repr(self._data)

    def to_dict(self) -> dict[str, Any]:
        return dict(self._data)


SECRETS_PATH = os.path.join(".streamlit", "secrets.toml")


def load_secrets_file(path: str = SECRETS_PATH) -> dict[str, Any]:
    """The file's secrets; {} when there is none (AppTest's default)."""
    found = _read(path)
    return {} if found is None else found


def _read(path: str) -> dict[str, Any] | None:
    if not os.path.exists(path):
        return None
    with open(path, "rb") as f:
        return tomllib.load(f)


def export_to_environ(secrets: Mapping[str, Any]) -> None:
    """Root-level secrets become environment variables, as Streamlit does when it
    loads secrets.toml (CHECKLIST SEC-05): strings and numbers, never sections."""
    for key, value in secrets.items():
        if type(value) in (str, int, float):
            os.environ[key] = str(value)


def _not_found() -> FileNotFoundError:
    where = [os.path.join(os.path.expanduser("~"), SECRETS_PATH), os.path.abspath(SECRETS_PATH)]
    return FileNotFoundError(
        "No secrets found. Valid paths for a secrets.toml file or secret directories are: "
        + ", ".join(where)
    )


class Secrets(AttrDict):
    """The `st.secrets` object: reads the current session's secrets each time."""

    def __init__(self) -> None:  # no stored data: see _data
        pass

    @property
    def _data(self) -> dict[str, Any]:  # computed per session, never stored
        from wasmlit.runtime.context import get_script_run_ctx

        ctx = get_script_run_ctx()
        if ctx is not None and ctx.session.secrets is not None:
            return ctx.session.secrets
        found = _read(SECRETS_PATH)
        if found is None:  # CHECKLIST SEC-06
            raise _not_found()
        return found
