"""The build and the app's .streamlit/ folder: config, secrets, static files (CFG, SEC, STATIC)."""

from __future__ import annotations

import ast
import threading
import urllib.request
from pathlib import Path

import pytest

from wasmlit.build import BuildError, appconfig
from wasmlit.build.serve import make_server

from build_support import Builder, MakeApp

APP = "import streamlit as st\nst.title('hi')\n"


def test_CFG_02_a_broken_config_toml_is_a_build_error_naming_file_and_line(
    make_app: MakeApp, build_app: Builder
) -> None:
    entry = make_app({"app.py": APP, ".streamlit/config.toml": "[theme]\nbase = \n"})
    with pytest.raises(BuildError) as e:
        build_app(entry)
    (line,) = e.value.lines
    assert line.startswith("myapp/.streamlit/config.toml:2:") or ".streamlit/config.toml:2:" in line


def test_CFG_08_server_options_build_with_one_message_each(
    make_app: MakeApp, build_app: Builder
) -> None:
    entry = make_app(
        {"app.py": APP, ".streamlit/config.toml": "[server]\nport = 80\nheadless = true\n"}
    )
    build_app(entry)
    ignored = [w for w in build_app.warnings if "is ignored" in w]
    assert len(ignored) == 2 and "server.port" in ignored[0] and "server.headless" in ignored[1]


def test_SEC_01_a_broken_secrets_toml_is_a_build_error_naming_file_and_line(
    make_app: MakeApp, build_app: Builder
) -> None:
    entry = make_app({"app.py": APP, ".streamlit/secrets.toml": "a = 1\nb = = 2\nc = 3\n"})
    with pytest.raises(BuildError) as e:
        build_app(entry)
    assert ".streamlit/secrets.toml:2:" in e.value.lines[0]


def test_STATIC_01_STATIC_02_static_files_are_served_at_app_static_when_enabled(
    make_app: MakeApp, build_app: Builder
) -> None:
    files: dict[str, str | bytes] = {
        "app.py": APP,
        "static/cat.png": b"\x89PNG",
        "static/sub/notes.txt": "hi",
        ".streamlit/config.toml": "[server]\nenableStaticServing = true\n",
    }
    result = build_app(make_app(files))
    assert (result.out / "app/static/cat.png").read_bytes() == b"\x89PNG"
    assert (result.out / "app/static/sub/notes.txt").read_text() == "hi"
    assert "app/static/cat.png" in result.manifest["files"]


def test_STATIC_06_STATIC_07_every_static_file_is_served_and_a_too_big_one_is_named(
    make_app: MakeApp, build_app: Builder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(appconfig, "STATIC_FILE_LIMIT", 1000)  # stands for GitHub's 100 MiB
    files: dict[str, str | bytes] = {
        "app.py": APP,
        "static/small.png": b"\x89PNG",
        "static/deep/er/movie.mp4": b"\0" * 3 * 2**20,
        "static/.hidden": "not served",
        ".streamlit/config.toml": "[server]\nenableStaticServing = true\n",
    }
    result = build_app(make_app(files))
    assert (result.out / "app/static/small.png").is_file()
    assert (result.out / "app/static/deep/er/movie.mp4").stat().st_size == 3 * 2**20
    assert not (result.out / "app/static/.hidden").exists()
    (warning,) = [w for w in build_app.warnings if "static/" in w]
    assert warning.startswith("static/deep/er/movie.mp4 is 3 MiB: GitHub Pages")
    assert "host this file elsewhere" in warning


def test_STATIC_01_static_serving_is_off_by_default(make_app: MakeApp, build_app: Builder) -> None:
    result = build_app(make_app({"app.py": APP, "static/cat.png": b"\x89PNG"}))
    assert not (result.out / "app/static").exists()
    assert any("static/ is not served" in w for w in build_app.warnings)


@pytest.mark.parametrize(
    ("name", "mime"),
    [("cat.png", "image/png"), ("cat.JPG", "image/jpeg"), ("a.gif", "image/gif"),
     ("page.html", "text/plain"), ("x.js", "text/plain"), ("data.csv", "text/plain")],
)
def test_STATIC_03_STATIC_04_SECU_04_serve_sends_static_files_as_streamlit_does(
    tmp_path: Path, name: str, mime: str
) -> None:
    site = tmp_path / "site"
    (site / "app" / "static").mkdir(parents=True)
    (site / "index.html").write_text("<p>")
    (site / "app" / "static" / name).write_bytes(b"x")
    server = make_server(site, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        with urllib.request.urlopen(server.url + "app/static/" + name, timeout=5) as resp:
            assert resp.headers["Content-Type"] == mime
            assert resp.headers["X-Content-Type-Options"] == "nosniff"
        with urllib.request.urlopen(server.url + "index.html", timeout=5) as resp:
            assert resp.headers.get("X-Content-Type-Options") is None
    finally:
        server.shutdown()
        server.server_close()


def test_CONN_05_an_app_calling_st_connection_needs_sqlalchemy_sqlite3_and_pandas() -> None:
    """The build adds them (their wheels come from the Pyodide CDN like any other)."""
    uses = ast.parse("import streamlit as st\nconn = st.connection('pets_db', type='sql')\n")
    assert appconfig.implied_packages({"app.py": uses}) == ["sqlalchemy", "sqlite3", "pandas"]
    assert appconfig.implied_packages({"app.py": ast.parse("import streamlit as st\n")}) == []
