"""`wasmlit build URL`: a remotely hosted script is downloaded and built (EXE-26)."""

from __future__ import annotations

import json
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from build_support import fake_web_build
from wasmlit import cli
from wasmlit.build import build, remote


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "hosted").mkdir()
    (tmp_path / "hosted" / "remote_app.py").write_text("import streamlit as st\nst.title('Fetched from afar')\n")

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(tmp_path / "hosted")))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()


def test_EXE_26_build_downloads_a_remote_script_and_bundles_it(
    server: str, tmp_path: Path, shared_packages: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("wasmlit.cli.build", lambda o: build(replace(o, web_build=fake_web_build)))
    out = tmp_path / "site"
    assert cli.main(["build", f"{server}/remote_app.py", "--out", str(out),
                     "--pyodide-packages", str(shared_packages)]) == 0
    assert "remote_app.py into" in capsys.readouterr().out
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["entry"] == "remote_app.py"
    with zipfile.ZipFile(out / manifest["app"]) as z:
        assert b"Fetched from afar" in z.read("remote_app.py")


def test_EXE_26_an_unreachable_script_is_a_clear_error(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["build", f"{server}/missing.py", "--out", str(tmp_path / "site")])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert f"Unable to fetch {server}/missing.py." in err and "HTTP Error 404" in err
    assert "download the script and pass its path" in err
    assert not (tmp_path / "site").exists()


def test_EXE_26_github_pages_of_a_file_become_raw_urls() -> None:
    assert remote.raw_url("https://github.com/o/r/blob/main/apps/x.py") == "https://github.com/o/r/raw/main/apps/x.py"
    assert remote.raw_url("https://gist.github.com/o/0123abcd") == "https://gist.github.com/o/0123abcd/raw"
    assert remote.raw_url("https://example.com/a.py") == "https://example.com/a.py"
    assert remote.is_url("https://example.com/a.py") and not remote.is_url("apps/a.py")
