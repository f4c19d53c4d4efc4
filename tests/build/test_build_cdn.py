"""`wasmlit build --pyodide cdn` (py/wasmlit/build/cdn.py, Note [CDN bundles]).

The CDN is unreachable from the test machine, so these check what the bundle
references: the official CDN URL and the sha256 of every file the worker will
fetch from it (the worker refuses a file whose sha256 differs)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from wasmlit import cli
from wasmlit.build import BuildOptions, build
from wasmlit.build.fetch import sha256_of
from wasmlit.build.lock import PyodideLock

from build_support import NPM_PYODIDE, MakeApp, fake_web_build

CDN = "https://cdn.jsdelivr.net/pyodide/v0.27.7/full/"


def test_cdn_bundle_references_pyodide_and_packages_by_url_and_sha256(
    make_app: MakeApp, shared_packages: Path, tmp_path: Path
) -> None:
    entry = make_app({"app.py": "import numpy\n"})
    out = tmp_path / "site"
    result = build(
        BuildOptions(
            entry=entry, out=out, pyodide_packages=shared_packages, web_build=fake_web_build,
            bytecode=False, pyodide="cdn", warn=lambda _: None, info=lambda _: None,
        )
    )
    m = json.loads((out / "manifest.json").read_text())
    assert m == result.manifest
    assert m["pyodide_index"] == CDN
    assert not (out / "pyodide").exists()
    for name in ("pyodide.asm.wasm", "pyodide.asm.js", "python_stdlib.zip", "pyodide-lock.json"):
        assert m["files"][CDN + name]["sha256"] == sha256_of(NPM_PYODIDE / name)
    lock = PyodideLock.load(NPM_PYODIDE / "pyodide-lock.json")
    numpy = lock.packages["numpy"]
    assert m["files"][CDN + numpy.file_name]["sha256"] == numpy.sha256
    assert not any(k.startswith("pyodide/") for k in m["files"])
    # The bundle itself is small: the page, the runtime and the app.
    assert sum(e["size"] for k, e in m["files"].items() if not k.startswith("https://")) < 1_000_000


def test_cli_pyodide_flag_defaults_to_a_self_contained_bundle(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def fake_build(o: BuildOptions) -> object:
        seen.append(o.pyodide)
        return build(replace(o, web_build=fake_web_build, bytecode=False))

    monkeypatch.setattr("wasmlit.cli.build", fake_build)
    entry = make_app({"app.py": "import streamlit as st\n"})
    assert cli.main(["build", str(entry), "--out", str(tmp_path / "a")]) == 0
    assert (tmp_path / "a" / "pyodide" / "pyodide.asm.wasm").is_file()
    assert cli.main(["build", str(entry), "--out", str(tmp_path / "b"), "--pyodide", "cdn"]) == 0
    assert seen == ["bundle", "cdn"]
    assert json.loads((tmp_path / "b" / "manifest.json").read_text())["pyodide_index"] == CDN
