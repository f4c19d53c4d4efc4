"""$WASMLIT_SECRETS: secrets kept in a CI secret store, never in a file
(CHECKLIST SEC-12, SECU-06; Note [Secrets from the environment] in build/appconfig.py)."""

from __future__ import annotations

import tomllib
import zipfile
from pathlib import Path

import pytest

from wasmlit.build import BuildError, BuildOptions, BuildResult, build
from wasmlit.build.appconfig import SECRETS_ENV, ConfigSources

from build_support import MakeApp, fake_web_build, readable_bytes

APP = "import streamlit as st\nst.write(st.secrets['api_key'])\n"
SECRETS = ".streamlit/secrets.toml"


def _build(entry: Path, out: Path, environ: dict[str, str], warnings: list[str],
           password: str | None = None) -> BuildResult:
    return build(BuildOptions(
        entry=entry, out=out, warn=warnings.append, info=lambda _: None, web_build=fake_web_build,
        bytecode=False, config=ConfigSources(environ=environ), password=password,
    ))


def _bundled_secrets(result: BuildResult) -> dict[str, object] | None:
    (app_zip,) = (result.out / "app").glob("app-*.zip")
    with zipfile.ZipFile(app_zip) as z:
        return tomllib.loads(z.read(SECRETS).decode()) if SECRETS in z.namelist() else None


def test_SEC_12_SECU_06_secrets_from_the_environment_need_no_file(make_app: MakeApp, tmp_path: Path) -> None:
    """A project with no secrets.toml (it is kept out of the repository) gets the
    secrets the CI's secret store puts in $WASMLIT_SECRETS, with the plain-text warning."""
    warnings: list[str] = []
    result = _build(make_app({"app.py": APP}), tmp_path / "out",
                    {SECRETS_ENV: 'api_key = "k-from-ci"\n[db]\nuser = "u"\n'}, warnings)
    assert _bundled_secrets(result) == {"api_key": "k-from-ci", "db": {"user": "u"}}
    (warning,) = [w for w in warnings if "plain text" in w]
    assert "api_key, db.user" in warning and "--password" in warning


def test_SEC_12_environment_secrets_replace_the_files_top_level_keys(make_app: MakeApp, tmp_path: Path) -> None:
    entry = make_app({"app.py": APP, SECRETS: 'api_key = "k-dev"\nother = "o"\n[db]\nuser = "dev"\npw = "p"\n'})
    result = _build(entry, tmp_path / "out", {SECRETS_ENV: 'api_key = "k-prod"\n[db]\nuser = "prod"\n'}, [])
    assert _bundled_secrets(result) == {"api_key": "k-prod", "other": "o", "db": {"user": "prod"}}


def test_SEC_12_empty_or_unset_changes_nothing(make_app: MakeApp, tmp_path: Path) -> None:
    entry = make_app({"app.py": APP, SECRETS: 'api_key = "k-dev"\n'})
    assert _bundled_secrets(_build(entry, tmp_path / "a", {SECRETS_ENV: "  \n"}, [])) == {"api_key": "k-dev"}
    assert _bundled_secrets(_build(entry, tmp_path / "b", {}, [])) == {"api_key": "k-dev"}
    (entry.parent / SECRETS).unlink()
    assert _bundled_secrets(_build(entry, tmp_path / "c", {SECRETS_ENV: ""}, [])) is None


def test_SECU_06_bad_toml_in_the_environment_is_an_error_that_does_not_echo_it(
    make_app: MakeApp, tmp_path: Path
) -> None:
    with pytest.raises(BuildError) as e:
        _build(make_app({"app.py": APP}), tmp_path / "out", {SECRETS_ENV: 'token = "hunter2-secret\n'}, [])
    message = str(e.value)
    assert message.startswith(f"${SECRETS_ENV} is not valid TOML") and "line 1" in message
    assert "hunter2" not in message
    assert not (tmp_path / "out").exists()


def test_SECU_01_SEC_12_environment_secrets_are_encrypted_with_a_password(
    make_app: MakeApp, tmp_path: Path
) -> None:
    warnings: list[str] = []
    result = _build(make_app({"app.py": APP}), tmp_path / "out",
                    {SECRETS_ENV: 'api_key = "k-9f1c-from-ci"\n'}, warnings, password="pw pw pw")
    assert b"k-9f1c-from-ci" not in readable_bytes(result.out)
    assert result.manifest["secrets"] is not None
    assert not any("plain text" in w for w in warnings)
