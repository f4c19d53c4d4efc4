"""The `wasmlit` command line: messages, exit codes, build.py, serve, hello."""

from __future__ import annotations

import subprocess
import sys
import threading
from dataclasses import replace
import tomllib
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from wasmlit import cli
from wasmlit.build import build
from wasmlit.build.constants import WASMLIT_VERSION
from wasmlit.build.serve import BundleServer, is_loopback, make_server

from build_support import ROOT, MakeApp, fake_web_build


def run_cli(*args: str) -> tuple[int, str, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "wasmlit.cli", *args],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "py"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    return proc.returncode, proc.stdout, proc.stderr


def test_version_matches_pyproject() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert WASMLIT_VERSION == pyproject["project"]["version"]
    code, out, _ = run_cli("--version")
    assert (code, out.strip()) == (0, f"wasmlit {WASMLIT_VERSION} (Pyodide 0.27.7)")


def test_errors_are_one_line_with_exit_code_1_and_no_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert cli.main(["build", str(tmp_path / "missing.py")]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"wasmlit: error: {tmp_path / 'missing.py'}: no such file\n"
    assert captured.out == ""


def test_every_problem_gets_its_own_error_line(
    capsys: pytest.CaptureFixture[str], make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = make_app({"app.py": "import nope_one\nimport nope_two\n"})
    monkeypatch.chdir(entry.parent)
    assert cli.main(["build", "app.py"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert [line[:30] for line in lines] == [
        "wasmlit: error: app.py:1: impo",
        "wasmlit: error: app.py:2: impo",
    ]


def test_build_py_works_from_a_checkout_without_installing(tmp_path: Path) -> None:
    """`python build.py APP.py --out DIR` puts py/ on sys.path itself."""
    app = tmp_path / "app.py"
    app.write_text("x = (\n")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "build.py"), str(app), "--out", str(tmp_path / "o")],
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith("wasmlit: error: app.py:1:5: SyntaxError: '(' was never closed")
    assert "Traceback" not in proc.stderr


def test_build_prints_a_summary(
    capsys: pytest.CaptureFixture[str],
    make_app: MakeApp,
    shared_packages: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("wasmlit.cli.build", lambda o: build(replace(o, web_build=fake_web_build)))
    entry = make_app({"app.py": "import pandas\n"})
    out = tmp_path / "site"
    args = ["build", str(entry), "--out", str(out), "--pyodide-packages", str(shared_packages)]
    assert cli.main(args) == 0
    text = capsys.readouterr().out
    assert f"into {out}/ (" in text and " MB)" in text
    assert ("Pyodide packages: numpy, pandas, pyarrow, pyodide-unix-timezones, python-dateutil, "
            "pytz, six") in text  # pyarrow: Note [Data element packages]
    assert f"wasmlit serve {out}" in text


def test_hello_without_the_demo_app_says_so(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(cli, "package_dir", lambda: tmp_path)
    assert cli.main(["hello", "--port", "0"]) == 1
    assert "the demo app" in capsys.readouterr().err


# --- serve -----------------------------------------------------------------


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[BundleServer, Path]]:
    site = tmp_path / "site"
    for rel in (
        "index.html",
        "manifest.json",
        "assets/app-X.js",
        "assets/app-X.css",
        "pyodide/pyodide.asm.wasm",
        "pyodide/pyodide.mjs",
        "pyodide/numpy-2.0.2-cp312-cp312-pyodide_2024_0_wasm32.whl",
        "runtime/wasmlit-abc.zip",
        "pyodide/pyodide-lock.json",
        "404.html",
        "wasmlit-embed.js",
    ):
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_bytes(b"x")
    server = make_server(site, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server, site
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    ("path", "mime"),
    [
        ("", "text/html; charset=utf-8"),
        ("index.html", "text/html; charset=utf-8"),
        ("manifest.json", "application/json"),
        ("assets/app-X.js", "text/javascript; charset=utf-8"),
        ("assets/app-X.css", "text/css; charset=utf-8"),
        ("pyodide/pyodide.asm.wasm", "application/wasm"),
        ("pyodide/pyodide.mjs", "text/javascript; charset=utf-8"),
        ("pyodide/numpy-2.0.2-cp312-cp312-pyodide_2024_0_wasm32.whl", "application/zip"),
        ("runtime/wasmlit-abc.zip", "application/zip"),
        ("pyodide/pyodide-lock.json", "application/json"),
    ],
)
def test_serve_sends_the_mime_types_browsers_require(
    served: tuple[BundleServer, Path], path: str, mime: str
) -> None:
    server, _ = served
    with urllib.request.urlopen(server.url + path, timeout=5) as resp:
        assert resp.headers["Content-Type"] == mime


@pytest.mark.parametrize(
    ("path", "no_cache"),
    [
        ("", True), ("index.html", True), ("manifest.json", True), ("404.html", True),
        ("wasmlit-embed.js", True), ("assets/app-X.js", False),
    ],
)
def test_serve_marks_unhashed_entry_files_no_cache(
    served: tuple[BundleServer, Path], path: str, no_cache: bool
) -> None:
    server, _ = served
    with urllib.request.urlopen(server.url + path, timeout=5) as resp:
        assert (resp.headers.get("Cache-Control") == "no-cache") is no_cache


def test_serve_port_0_picks_a_free_port_and_reports_it(served: tuple[BundleServer, Path]) -> None:
    server, _ = served
    port = server.server_address[1]
    assert port != 0 and server.url == f"http://127.0.0.1:{port}/"


def test_serve_refuses_a_folder_that_is_not_a_bundle(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert cli.main(["serve", str(tmp_path), "--port", "0"]) == 1
    assert "is not a built bundle (no index.html)" in capsys.readouterr().err


def test_serve_prints_the_url_then_serves(tmp_path: Path) -> None:
    """`wasmlit serve DIR --port 0` prints `Serving DIR at http://127.0.0.1:PORT/` (real port)."""
    (tmp_path / "index.html").write_text("hello")
    proc = subprocess.Popen(
        [sys.executable, "-m", "wasmlit.cli", "serve", str(tmp_path), "--port", "0"],
        env={"PYTHONPATH": str(ROOT / "py"), "PATH": "/usr/bin:/bin"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline().strip()
        assert first.startswith(f"Serving {tmp_path} at http://127.0.0.1:")
        url = first.rsplit(" ", 1)[1]
        assert not url.endswith(":0/")
        with urllib.request.urlopen(url, timeout=5) as resp:
            assert resp.read() == b"hello"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_non_loopback_host_is_allowed_only_with_a_warning() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")


def test_serve_on_a_busy_port_says_to_pick_another(
    served: tuple[BundleServer, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    server, site = served
    assert cli.main(["serve", str(site), "--port", str(server.server_address[1])]) == 1
    err = capsys.readouterr().err
    assert err.startswith("wasmlit: error: cannot listen on 127.0.0.1:") and "--port 0" in err
