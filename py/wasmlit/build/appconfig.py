"""The app's `.streamlit/` folder at build time: config.toml, secrets.toml, and static/.

config.toml is checked (Note [Config at build time] in wasmlit/config.py) and
bundled; the runtime reads it again. secrets.toml is bundled only when it
exists, with a warning naming every secret it puts in the public bundle in
plain text (Note [Secrets in a static bundle]).

Note [Secrets in a static bundle]
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
Whoever can open the app can download every file of the bundle: a secret in
it is public unless the build is encrypted with `--password` (crypto.py), in
which case the secrets travel only inside the encrypted payload.
"""

from __future__ import annotations

import ast
import re
import shutil
import tomllib
from pathlib import Path
from typing import Any

from wasmlit import config

from .errors import BuildError, Warn
from .paths import display

CONFIG = ".streamlit/config.toml"
SECRETS = ".streamlit/secrets.toml"
STATIC = "static"


def check_config(folder: Path, warn: Warn) -> config.Config:
    """The app's config, checked; a BuildError for a file Streamlit would refuse."""
    path = folder / CONFIG
    if not path.is_file():
        return config.Config()
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise BuildError(f"{display(path)}: not UTF-8 text ({e.reason})") from None
    try:
        return config.parse(text, display(path), warn)
    except config.ConfigError as e:
        raise BuildError(*e.lines) from None


def read_secrets(folder: Path) -> dict[str, Any] | None:
    """`.streamlit/secrets.toml`, parsed (None when there is none)."""
    path = folder / SECRETS
    if not path.is_file():
        return None
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(e))
        msg = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(e))
        where = f"{display(path)}:{m.group(1)}:{m.group(2)}" if m else display(path)
        raise BuildError(f"{where}: invalid TOML: {msg}") from None
    except UnicodeDecodeError as e:
        raise BuildError(f"{display(path)}: not UTF-8 text ({e.reason})") from None


def secret_names(data: dict[str, Any], prefix: str = "") -> list[str]:
    """Every leaf secret as a dotted name (`db.password`), in file order."""
    names: list[str] = []
    for key, value in data.items():
        if isinstance(value, dict):
            names += secret_names(value, f"{prefix}{key}.")
        else:
            names.append(f"{prefix}{key}")
    return names


def warn_plain_secrets(data: dict[str, Any], warn: Warn) -> None:
    """Note [Secrets in a static bundle]."""
    names = secret_names(data)
    if names:
        warn(
            f"{SECRETS} is bundled in plain text: anyone who can open the app can read "
            f"{', '.join(names)}. Build with --password to encrypt them."
        )


def copy_static(folder: Path, cfg: config.Config, app_out: Path, warn: Warn) -> int:
    """static/ served at app/static/... when server.enableStaticServing is on (STATIC-01/02).

    Returns the number of files copied. The bundle's `app/` folder is where
    Streamlit's URL `app/static/<file>` points, relative to the page.
    """
    src = folder / STATIC
    if not cfg.enable_static_serving:
        if src.is_dir():
            warn(
                "static/ is not served: set enableStaticServing = true under [server] "
                f"in {CONFIG} to serve it at app/static/"
            )
        return 0
    if not src.is_dir():
        warn("server.enableStaticServing is on but there is no static/ folder next to the app")
        return 0
    count = 0
    for path in sorted(src.rglob("*")):
        rel = path.relative_to(src)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        dest = app_out / "static" / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, dest)
        count += 1
    return count


def implied_packages(trees: dict[str, ast.Module]) -> list[str]:
    """Pyodide packages the app needs without importing them: st.connection's
    SQLConnection uses sqlalchemy (with sqlite3) and returns pandas frames."""
    for tree in trees.values():
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "connection"):
                return ["sqlalchemy", "sqlite3", "pandas"]
    return []
