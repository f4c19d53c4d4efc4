"""The build's compatibility report (py/wasmlit/build/scan.py): what will not
work in a browser, with file:line and a suggestion; `--strict` fails the build."""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

import pytest

from wasmlit import cli
from wasmlit.build import build
from wasmlit.build.scan import scan_app

from build_support import Builder, MakeApp, fake_web_build


def findings(source: str, file: str = "app.py") -> list[str]:
    return [str(f) for f in scan_app({file: ast.parse(source)})]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import threading\n", "app.py:1: imports 'threading'"),
        ("from multiprocessing import Pool\n", "app.py:1: imports 'multiprocessing'"),
        ("import subprocess as sp\n", "app.py:1: imports 'subprocess'"),
        ("x = 1\nimport socket\n", "app.py:2: imports 'socket'"),
        ("import webbrowser\n", "app.py:1: imports 'webbrowser'"),
        ("import os\nos.system('ls')\n", "app.py:2: calls os.system()"),
        ("from concurrent.futures import ThreadPoolExecutor\n", "app.py:1: imports concurrent.futures.ThreadPoolExecutor"),
    ],
    ids=["threading", "multiprocessing", "subprocess-alias", "socket-line", "webbrowser", "os-system",
         "thread-pool"],
)
def test_EXE_20_threads_processes_subprocesses_and_sockets_are_reported(source: str, expected: str) -> None:
    [line] = findings(source)
    assert line.startswith(expected)
    assert "cannot start" in line


def test_http_requests_get_a_cors_warning_naming_the_host() -> None:
    src = (
        "import requests as r\n"
        "import urllib.request\n"
        "import httpx\n"
        "r.get('https://api.example.com/v1/data')\n"
        "urllib.request.urlopen(f'https://data.example.org/{1}')\n"
        "httpx.post(url)\n"
    )
    lines = findings(src)
    assert len(lines) == 3
    assert lines[0].startswith("app.py:4: requests.get() requests the host api.example.com from the browser")
    assert "CORS" in lines[0] and "Access-Control-Allow-Origin" in lines[0]
    assert lines[1].startswith("app.py:5: urllib.request.urlopen() requests the host data.example.org")
    assert lines[2].startswith("app.py:6: httpx.post() requests a URL from the browser")


@pytest.mark.parametrize(
    "path", ["/home/me/data.csv", "../shared/data.csv", "~/Documents/x.xlsx", "C:\\data\\x.csv"]
)
def test_paths_outside_the_app_folder_are_reported(path: str) -> None:
    [line] = findings(f"import pandas as pd\ndf = pd.read_csv({path!r})\n")
    assert line.startswith(f"app.py:2: uses the path {path!r}, outside the app folder")
    assert "copy the file into the app folder" in line


@pytest.mark.parametrize(
    "source",
    [
        "open('data/x.csv')\n",
        "open('x.csv')\n",
        "st.markdown('/about')\n",
        "st.image('https://example.com/a/b.png')\n",
        "d = {}\nd.get('a')\n",  # a .get that is not an HTTP client
        "import requests_cache\n",
        "st.write('/ is the root')\n",
    ],
)
def test_ordinary_code_is_not_reported(source: str) -> None:
    assert findings(source) == []


def test_findings_are_sorted_by_file_and_line() -> None:
    trees = {"b.py": ast.parse("import socket\n"), "a.py": ast.parse("\n\nimport threading\n")}
    assert [(f.file, f.line) for f in scan_app(trees)] == [("a.py", 3), ("b.py", 1)]


def test_build_warns_and_still_builds(make_app: MakeApp, build_app: Builder) -> None:
    entry = make_app({"app.py": "import threading\nopen('/etc/passwd')\n"})
    build_app(entry)
    assert any(w.startswith("app.py:1: imports 'threading'") for w in build_app.warnings)
    assert any(w.startswith("app.py:2: uses the path '/etc/passwd'") for w in build_app.warnings)
    assert (build_app.default_out / "index.html").is_file()


def test_strict_build_fails_with_exit_1_and_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    make_app: MakeApp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("wasmlit.cli.build", lambda o: build(replace(o, web_build=fake_web_build)))
    entry = make_app({"app.py": "import subprocess\nsubprocess.run(['ls'])\n"})
    out = tmp_path / "site"
    assert cli.main(["build", str(entry), "--out", str(out), "--strict"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("wasmlit: error: app.py:1: imports 'subprocess'")
    assert err[-1] == "wasmlit: error: --strict: 1 compatibility problem(s) found"
    assert not out.exists()


def test_strict_build_of_a_clean_app_succeeds(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("wasmlit.cli.build", lambda o: build(replace(o, web_build=fake_web_build)))
    entry = make_app({"app.py": "import streamlit as st\nst.write('hi')\n"})
    assert cli.main(["build", str(entry), "--out", str(tmp_path / "site"), "--strict"]) == 0


def test_bundle_has_github_pages_files(make_app: MakeApp, build_app: Builder) -> None:
    """.nojekyll keeps Jekyll off the folder; 404.html redirects path-style URLs to the hash route."""
    entry = make_app({"app.py": "import streamlit as st\n"})
    result = build_app(entry)
    out = build_app.default_out
    assert (out / ".nojekyll").read_bytes() == b""
    html = (out / "404.html").read_text()
    assert "manifest.json" in html and 'src="/' not in html and 'href="/' not in html
    assert "404.html" in result.manifest["files"]


def test_bundle_has_the_embed_script_for_host_pages(make_app: MakeApp, build_app: Builder) -> None:
    build_app(make_app({"app.py": "import streamlit as st\n"}))
    js = (build_app.default_out / "wasmlit-embed.js").read_text()
    assert "wasmlit:" in js and "setQueryParams" in js and "style.height" in js
    assert "setTheme" in js and "set_theme" in js


def test_COMP_20_a_dev_server_component_is_reported_before_it_ships() -> None:
    (line,) = findings(
        "import streamlit.components.v1 as components\n"
        "c = components.declare_component('c', url='http://localhost:3001')\n"
        "d = components.declare_component('d', path='frontend/build')\n"
    )
    assert line.startswith("app.py:2: declare_component(url=...) loads the component from a dev server")
    assert "path=" in line
