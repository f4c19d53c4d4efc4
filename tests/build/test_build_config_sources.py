"""Config and secrets from outside the project folder (CHECKLIST CFG-01/03/04/06, SEC-02).

Note [Config sources] in wasmlit/config.py: the global file, the project
file, STREAMLIT_* variables and --section.option flags, lowest to highest.
"""

from __future__ import annotations

import datetime
import io
import tomllib
import zipfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from wasmlit import cli, config
from wasmlit.build import BuildError, BuildOptions, BuildResult, build
from wasmlit.build.appconfig import ConfigSources
from wasmlit.build.showconfig import OPTIONS
from wasmlit.build.tomlout import dumps

from build_support import MakeApp, fake_web_build

APP = "import streamlit as st\nst.title('hi')\n"


def _build(entry: Path, out: Path, sources: ConfigSources, warnings: list[str],
           password: str | None = None) -> BuildResult:
    return build(BuildOptions(
        entry=entry, out=out, warn=warnings.append, info=lambda _: None,
        web_build=fake_web_build, bytecode=False, config=sources, password=password,
    ))


def _zipped(result: BuildResult, name: str) -> bytes | None:
    (app_zip,) = (result.out / "app").glob("app-*.zip")
    with zipfile.ZipFile(app_zip) as z:
        return z.read(name) if name in z.namelist() else None


def _bundled_config(result: BuildResult) -> config.Config:
    data = _zipped(result, ".streamlit/config.toml")
    return config.parse("" if data is None else data.decode(), "bundled")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """The home folder the build tests run with (tests/build/conftest.py sets HOME)."""
    (tmp_path / "home" / ".streamlit").mkdir(parents=True)
    return tmp_path / "home"


def test_CFG_01_CFG_02_global_then_project_then_environment_then_flags(
    make_app: MakeApp, home: Path, tmp_path: Path
) -> None:
    (home / ".streamlit" / "config.toml").write_text(
        '[theme]\nbase = "dark"\nfont = "serif"\ntextColor = "gray"\nprimaryColor = "green"\n'
    )
    entry = make_app({"app.py": APP, ".streamlit/config.toml":
                      '[theme]\ntextColor = "navy"\nprimaryColor = "red"\nbackgroundColor = "white"\n'})
    env = {"STREAMLIT_THEME_PRIMARY_COLOR": "purple", "STREAMLIT_THEME_BACKGROUND_COLOR": "black"}
    flags = (("theme.backgroundColor", "ivory"),)
    result = _build(entry, tmp_path / "out", ConfigSources(flags=flags, environ=env), [])
    assert _bundled_config(result).theme == {
        "base": "dark", "font": "serif",  # global only
        "textColor": "navy",  # project over global
        "primaryColor": "purple",  # environment over project
        "backgroundColor": "ivory",  # flag over environment
    }


def test_CFG_02_without_other_sources_the_project_file_is_bundled_as_written(
    make_app: MakeApp, home: Path, tmp_path: Path
) -> None:
    toml = "# mine\n[client]\ntoolbarMode = 'viewer'\n"
    entry = make_app({"app.py": APP, ".streamlit/config.toml": toml})
    result = _build(entry, tmp_path / "out", ConfigSources(environ={}), [])
    assert _zipped(result, ".streamlit/config.toml") == toml.encode()


def test_CFG_03_environment_variable_names_and_boolean_values(
    make_app: MakeApp, home: Path, tmp_path: Path
) -> None:
    assert config.env_name("client", "showErrorDetails") == "STREAMLIT_CLIENT_SHOW_ERROR_DETAILS"
    assert config.env_name("theme", "base") == "STREAMLIT_THEME_BASE"
    env = {"STREAMLIT_THEME_BASE": "dark", "STREAMLIT_CLIENT_SHOW_ERROR_DETAILS": "false",
           "STREAMLIT_RUNNER_MAGIC_ENABLED": "0", "STREAMLIT_SERVER_ENABLE_STATIC_SERVING": "True",
           "UNRELATED": "x"}
    result = _build(make_app({"app.py": APP}), tmp_path / "out", ConfigSources(environ=env), [])
    cfg = _bundled_config(result)
    assert cfg.theme == {"base": "dark"}
    assert (cfg.show_error_details, cfg.magic_enabled, cfg.enable_static_serving) == (False, False, True)


def test_CFG_03_CFG_08_server_options_from_the_environment_are_ignored_with_a_note(
    make_app: MakeApp, home: Path, tmp_path: Path
) -> None:
    warnings: list[str] = []
    env = {"STREAMLIT_SERVER_PORT": "80", "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    result = _build(make_app({"app.py": APP}), tmp_path / "out", ConfigSources(environ=env), warnings)
    assert warnings == [
        "the environment variable STREAMLIT_BROWSER_GATHER_USAGE_STATS is ignored "
        "(there is no server for a browser to connect to)",
        "the environment variable STREAMLIT_SERVER_PORT is ignored "
        "(there is no server: the bundle is static files)",
    ]
    assert _zipped(result, ".streamlit/config.toml") is None


def test_CFG_04_flags_use_toml_casing_with_the_section_as_a_prefix() -> None:
    words, flags = cli.split_config_flags(
        ["build", "app.py", "--theme.base", "dark", "--client.toolbarMode=minimal", "--out", "x"]
    )
    assert words == ["build", "app.py", "--out", "x"]
    assert flags == [("theme.base", "dark"), ("client.toolbarMode", "minimal")]
    with pytest.raises(BuildError, match="--theme.base needs a value"):
        cli.split_config_flags(["build", "app.py", "--theme.base"])


def test_CFG_04_wasmlit_build_and_run_pass_their_flags_to_the_build(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[BuildOptions] = []

    def fake_build(opts: BuildOptions) -> BuildResult:
        seen.append(opts)
        raise BuildError("stop here")

    monkeypatch.setattr(cli, "build", fake_build)
    err = io.StringIO()
    with redirect_stderr(err):
        assert cli.main(["build", "app.py", "--theme.base", "dark", "--global-secrets"]) == 1
        assert cli.main(["run", "app.py", "--client.toolbarMode", "minimal", "--", "--x.y", "1"]) == 1
    assert seen[0].config.flags == (("theme.base", "dark"),) and seen[0].config.global_secrets
    assert seen[1].config.flags == (("client.toolbarMode", "minimal"),)
    assert not seen[1].config.global_secrets


def test_CFG_04_bad_values_name_the_option_and_their_source(
    make_app: MakeApp, home: Path, tmp_path: Path
) -> None:
    (home / ".streamlit" / "config.toml").write_text("[client]\nshowErrorDetails = 'no'\n")
    sources = ConfigSources(
        flags=(("client.toolbarMode", "hidden"), ("theme.sparkle", "1"), ("server.port", "80")),
        environ={"STREAMLIT_THEME_BASE": "blue", "STREAMLIT_RUNNER_MAGIC_ENABLED": "maybe"},
    )
    warnings: list[str] = []
    with pytest.raises(BuildError) as e:
        _build(make_app({"app.py": APP}), tmp_path / "out", sources, warnings)
    glob = str(home / ".streamlit" / "config.toml")
    assert list(e.value.lines) == [
        f"{glob}:2: client.showErrorDetails must be true or false, not 'no'",
        "the environment variable STREAMLIT_RUNNER_MAGIC_ENABLED: "
        "runner.magicEnabled must be true or false, not 'maybe'",
        "the environment variable STREAMLIT_THEME_BASE: theme.base must be 'light' or 'dark', not 'blue'",
        "the flag --client.toolbarMode: client.toolbarMode must be "
        "'auto', 'developer', 'viewer', 'minimal', not 'hidden'",
        "no such option: --theme.sparkle",
    ]
    assert warnings == ["the flag --server.port is ignored (there is no server: the bundle is static files)"]


def test_CFG_01_the_runtime_reads_the_bundled_config(
    make_app: MakeApp, home: Path, tmp_path: Path
) -> None:
    entry = make_app({"app.py": APP})
    result = _build(entry, tmp_path / "out", ConfigSources(
        environ={"STREAMLIT_CLIENT_SHOW_ERROR_DETAILS": "off"}, flags=(("theme.base", "dark"),)), [])
    unpacked = tmp_path / "unpacked"
    (app_zip,) = (result.out / "app").glob("app-*.zip")
    zipfile.ZipFile(app_zip).extractall(unpacked)
    cfg = config.load(str(unpacked))
    assert cfg.show_error_details is False and cfg.message().theme.base == "dark"


def _show(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        assert cli.main(["config", "show", *args]) == 0
    return out.getvalue(), err.getvalue()


def test_CFG_06_config_show_prints_every_honoured_option_as_commented_toml(
    make_app: MakeApp, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = make_app({"app.py": APP, ".streamlit/config.toml": '[theme]\nprimaryColor = "red"\n'})
    monkeypatch.setenv("STREAMLIT_CLIENT_SHOW_ERROR_DETAILS", "false")
    text, _ = _show(str(entry), "--theme.base", "dark")
    assert {s: set(o) for s, o in OPTIONS.items()} == {s: set(o) for s, o in config.SUPPORTED.items()}
    for field in ("base", "primaryColor", "backgroundColor", "secondaryBackgroundColor",
                  "textColor", "font"):  # the component theme object's fields (CFG-06, COMP-16)
        assert f"{field} =" in text
    assert "# Default: true\n# The value below was set in the environment variable " \
           "STREAMLIT_CLIENT_SHOW_ERROR_DETAILS\nshowErrorDetails = false\n" in text
    assert "# The value below was set in the flag --theme.base\nbase = \"dark\"\n" in text
    assert "myapp/.streamlit/config.toml\nprimaryColor = \"red\"\n" in text
    assert "\n# textColor =\n" in text  # unset, no default: commented out
    shown = tomllib.loads(text)  # the uncommented lines are the effective config
    assert shown["theme"] == {"base": "dark", "primaryColor": "red"}
    assert shown["client"] == {"showErrorDetails": False, "toolbarMode": "auto",
                               "showSidebarNavigation": True}


def test_CFG_06_config_show_without_an_app_reads_the_current_folder(
    make_app: MakeApp, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = make_app({"app.py": APP, ".streamlit/config.toml": "[client]\ntoolbarMode = 'viewer'\n"})
    monkeypatch.chdir(entry.parent)
    text, _ = _show()
    assert tomllib.loads(text)["client"]["toolbarMode"] == "viewer"


SECRETS = ".streamlit/secrets.toml"


def test_SEC_02_global_secrets_are_not_bundled_without_the_flag(
    make_app: MakeApp, home: Path, tmp_path: Path
) -> None:
    (home / SECRETS).write_text('api_key = "global-key"\n')
    entry = make_app({"app.py": APP, SECRETS: 'db = "project"\n'})
    warnings: list[str] = []
    result = _build(entry, tmp_path / "out", ConfigSources(environ={}), warnings)
    assert _zipped(result, SECRETS) == b'db = "project"\n'
    assert f"{home / SECRETS} exists and was not bundled" in " ".join(warnings)
    assert not any(b"global-key" in p.read_bytes() for p in result.out.rglob("*") if p.is_file())


def test_SEC_02_global_secrets_merge_under_the_projects_with_the_flag(
    make_app: MakeApp, home: Path, tmp_path: Path
) -> None:
    (home / SECRETS).write_text('api_key = "global-key"\ndb = "global"\n[section]\nx = 1\n')
    entry = make_app({"app.py": APP, SECRETS: 'db = "project"\n[section]\ny = 2\n'})
    warnings: list[str] = []
    result = _build(entry, tmp_path / "out", ConfigSources(environ={}, global_secrets=True), warnings)
    data = _zipped(result, SECRETS)
    assert data is not None
    # A project key replaces the global one; Streamlit merges top-level keys.
    assert tomllib.loads(data.decode()) == {"api_key": "global-key", "db": "project", "section": {"y": 2}}
    assert any("api_key, db, section.y" in w for w in warnings)  # the plain-text warning names them


def test_SEC_02_global_secrets_alone_are_bundled_with_the_flag(
    make_app: MakeApp, home: Path, tmp_path: Path
) -> None:
    (home / SECRETS).write_text('api_key = "global-key"\n')
    result = _build(make_app({"app.py": APP}), tmp_path / "out",
                    ConfigSources(environ={}, global_secrets=True), [])
    assert _zipped(result, SECRETS) == b'api_key = "global-key"\n'


def test_SEC_02_merged_secrets_written_as_toml_read_back_the_same() -> None:
    data = {
        "s": 'quote " back \\ new\nline \x7f é 😀', "i": -3, "f": 1.5, "inf": float("inf"), "b": True,
        "d": datetime.date(2024, 1, 2), "dt": datetime.datetime(2024, 1, 2, 3, 4, 5),
        "list": [1, "a", [2]], "tables": [{"a": 1}, {"b": {"c": 2}}], "odd key": 1,
        "sec": {"x": 1, "sub": {"y": "z"}}, "only": {"nested": {"k": 1}},
    }
    assert tomllib.loads(dumps(data)) == data
