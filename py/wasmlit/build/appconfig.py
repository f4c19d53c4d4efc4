"""The app's `.streamlit/` folder at build time: config.toml, secrets.toml, and static/.

config.toml is checked (Note [Config at build time] in wasmlit/config.py) and
bundled; the runtime reads it again. secrets.toml is bundled only when it
exists, with a warning naming every secret it puts in the public bundle in
plain text (Note [Secrets in a static bundle]); other files that look secret
(.env, private keys, service-account JSON) get theirs in secretfiles.py
(Note [Secret files in a static bundle]).

Note [Global secrets]
~~~~~~~~~~~~~~~~~~~~~
Streamlit merges the global ~/.streamlit/secrets.toml under the project's
(SEC-02: a top-level key of the project file replaces the global one). A
build that did so silently would publish the user's secrets for every app in
this one's bundle, so the global file is merged only with --global-secrets;
without it the build says the file exists and was left out.

Note [Secrets in a static bundle]
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
Whoever can open the app can download every file of the bundle: a secret in
it is public unless the build is encrypted with `--password` (crypto.py), in
which case the secrets travel only inside the encrypted payload.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wasmlit import config

from . import tomlout
from .errors import BuildError, Warn
from .paths import display

CONFIG = ".streamlit/config.toml"
SECRETS = ".streamlit/secrets.toml"
STATIC = "static"


@dataclass(frozen=True)
class ConfigSources:
    """Where the build looks for options besides the project file (Note [Config sources])."""

    flags: tuple[tuple[str, str], ...] = ()  # ("theme.base", "dark") from --theme.base dark
    environ: Mapping[str, str] | None = None  # None: os.environ
    home: Path | None = None  # None: the user's home folder
    global_secrets: bool = False  # merge ~/.streamlit/secrets.toml (SEC-02)

    def home_dir(self) -> Path:
        return self.home if self.home is not None else Path.home()


def check_sources(folder: Path, warn: Warn, sources: ConfigSources | None = None) -> config.Resolved:
    """Every option set for the app in `folder`, checked, with where it was set
    (Note [Config sources]). A BuildError for a value Streamlit would refuse."""
    src = sources or ConfigSources()
    glob = src.home_dir() / CONFIG
    project = folder / CONFIG
    environ = os.environ if src.environ is None else src.environ
    readers: list[Callable[[], config.Layer]] = [
        lambda: config.file_layer(str(glob), display(glob), warn),
        lambda: config.file_layer(str(project), display(project), warn),
        lambda: config.env_layer(environ, warn),
        lambda: config.flag_layer(src.flags, warn),
    ]
    layers: list[config.Layer] = []
    errors: list[str] = []
    for read in readers:  # every source's problems at once
        try:
            layers.append(read())
        except config.ConfigError as e:
            errors += e.lines
    if errors:
        raise BuildError(*errors)
    return config.merge(layers)


def check_config(
    folder: Path, warn: Warn, sources: ConfigSources | None = None
) -> tuple[config.Config, bytes | None]:
    """The app's effective config, checked, and the config.toml to bundle in
    place of the project's (None: the project file as it is)."""
    resolved = check_sources(folder, warn, sources)
    project = display(folder / CONFIG)
    overridden = any(where != project for where in resolved.where.values())
    cfg = resolved.config(warn)
    return cfg, config.to_toml(resolved.values).encode() if overridden else None


def read_secrets(folder: Path) -> dict[str, Any] | None:
    """`.streamlit/secrets.toml`, parsed (None when there is none)."""
    return _read_toml(folder / SECRETS)


def _read_toml(path: Path) -> dict[str, Any] | None:
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


def merge_global_secrets(
    folder: Path, project: dict[str, Any] | None, sources: ConfigSources, warn: Warn
) -> tuple[dict[str, Any] | None, bytes | None]:
    """Note [Global secrets]: the secrets to bundle, and the secrets.toml to
    bundle in place of the project's (None: the project file as it is)."""
    path = sources.home_dir() / SECRETS
    if not path.is_file():
        return project, None
    if not sources.global_secrets:
        warn(
            f"{display(path)} exists and was not bundled (it holds your secrets for every "
            "app); pass --global-secrets to merge it under the project's secrets as Streamlit does"
        )
        return project, None
    merged = dict(_read_toml(path) or {})
    merged.update(project or {})  # a project key replaces the global one (SEC-02)
    return merged, tomlout.dumps(merged).encode()


#: Secrets for a build that runs where the secrets are kept (Note [Secrets from the environment]).
SECRETS_ENV = "WASMLIT_SECRETS"


def merge_env_secrets(
    secrets: dict[str, Any] | None, secrets_toml: bytes | None, sources: ConfigSources
) -> tuple[dict[str, Any] | None, bytes | None]:
    """The secrets to bundle and the secrets.toml to bundle in their place, with
    $WASMLIT_SECRETS merged in.

    Note [Secrets from the environment]
    ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
    Community Cloud keeps an app's secrets out of its repository: they are pasted
    as TOML into the app's settings (SEC-12), and Streamlit advises injecting real
    secrets through the CI's secret store rather than writing them into files or
    tests (SECU-06). The build's equivalent is $WASMLIT_SECRETS: TOML text, e.g.
    `WASMLIT_SECRETS: ${{ secrets.APP_SECRETS }}` in a GitHub Actions step, merged
    over the project's secrets.toml (a top-level key here replaces the file's), so
    no secrets file need exist on disk. It is bundled like the file: in plain text
    with the same warning, or encrypted with --password.
    """
    environ = os.environ if sources.environ is None else sources.environ
    text = environ.get(SECRETS_ENV)
    if text is None or not text.strip():
        return secrets, secrets_toml
    try:
        extra = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        # The message names the line but never quotes the text: it holds secrets.
        raise BuildError(f"${SECRETS_ENV} is not valid TOML: {e}") from None
    merged = {**(secrets or {}), **extra}
    return merged, tomlout.dumps(merged).encode()


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


#: GitHub refuses to store a file over 100 MiB, so GitHub Pages cannot serve one (STATIC-06).
STATIC_FILE_LIMIT = 100 * 1024 * 1024


def copy_static(folder: Path, cfg: config.Config, app_out: Path, warn: Warn) -> int:
    """static/ served at app/static/... when server.enableStaticServing is on (STATIC-01/02).

    Returns the number of files copied. The bundle's `app/` folder is where
    Streamlit's URL `app/static/<file>` points, relative to the page. Every
    file of the folder at build time is served (STATIC-06); one the script
    writes there at run time lives only in that visitor's memory and has no URL.
    Static serving is meant for small media (STATIC-07): a file too big for
    GitHub Pages gets a warning.
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
        size = path.stat().st_size
        if size > STATIC_FILE_LIMIT:
            warn(
                f"static/{rel.as_posix()} is {size / 2**20:.0f} MiB: GitHub Pages (and GitHub) refuse "
                f"files over {STATIC_FILE_LIMIT / 2**20:.0f} MiB; static serving is meant for small "
                "media, so host this file elsewhere and link to it"
            )
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
