"""The web step: `node web/build.mjs --outdir DIR` and what the build expects of it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from wasmlit.build import BuildError, BuildOptions, build, webassets

from build_support import ROOT, MakeApp


def test_missing_node_says_install_node_and_run_npm_ci(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    if not (ROOT / "web" / "build.mjs").is_file():
        pytest.skip("web/build.mjs not written yet")
    with pytest.raises(BuildError, match=rf"`node` is not on PATH.*run `npm ci` in {ROOT}"):
        webassets.node_web_build(tmp_path)


def test_checkout_without_web_sources_says_a_checkout_is_needed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(webassets, "repo_root", lambda: tmp_path)
    with pytest.raises(BuildError, match="needs a wasmlit source checkout"):
        webassets.node_web_build(tmp_path / "out")


def test_checkout_without_node_modules_says_run_npm_ci(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "web").mkdir()
    (tmp_path / "web" / "build.mjs").write_text("")
    monkeypatch.setattr(webassets, "repo_root", lambda: tmp_path)
    if shutil.which("node") is None:
        pytest.skip("node not installed")
    with pytest.raises(BuildError, match=rf"run `npm ci` in {tmp_path}$"):
        webassets.node_web_build(tmp_path / "out")


def test_the_reported_files_must_exist(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("")
    line = json.dumps({"files": ["index.html", "assets/gone.js"], "gzip": {}})
    with pytest.raises(BuildError, match="missing: \\['assets/gone.js'\\]"):
        webassets._parse_files("esbuild chatter\n" + line + "\n", tmp_path)
    assert webassets._parse_files(json.dumps({"files": ["index.html"]}), tmp_path) == ["index.html"]


def test_no_files_line_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="printed no"):
        webassets._parse_files("done\n", tmp_path)


@pytest.mark.skipif(
    not (ROOT / "web" / "build.mjs").is_file() or shutil.which("node") is None,
    reason="web/build.mjs or node missing",
)
def test_real_web_build_lands_in_the_bundle_and_manifest(make_app: MakeApp, tmp_path: Path) -> None:
    """The shipped path: esbuild output next to the Pyodide core, all in manifest.json."""
    entry = make_app({"app.py": "import streamlit as st\nst.write('hi')\n"})
    result = build(BuildOptions(entry=entry, out=tmp_path / "site", warn=print))
    files = result.manifest["files"]
    assert "index.html" in files
    assert any(f.startswith("assets/app-") and f.endswith(".js") for f in files)
    assert any(f.startswith("assets/worker-") and f.endswith(".js") for f in files)
    html = (tmp_path / "site" / "index.html").read_text()
    assert 'data-testid="stBootScreen"' in html
    assert 'src="/' not in html and 'href="/' not in html  # relative URLs only
