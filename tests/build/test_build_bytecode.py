"""Precompiled bytecode in the bundle (Note [Shipping bytecode] in build/bytecode.py)."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from wasmlit.build import bytecode
from wasmlit.build.bundle import BuildOptions, BuildResult, build

from build_support import MakeApp, fake_web_build

# CPython 3.12's bytecode magic (Pyodide 0.27.7); flags 1 = hash-based, unchecked.
MAGIC_312 = b"\xcb\r\r\n"
UNCHECKED_HASH = (1).to_bytes(4, "little")

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="needs Node (the build's web step does too)")


def _build(entry: Path, out: Path, cache: Path, warnings: list[str], bytecode_on: bool = True) -> BuildResult:
    return build(
        BuildOptions(
            entry=entry, out=out, cache_dir=cache, warn=warnings.append, info=lambda _: None,
            web_build=fake_web_build, bytecode=bytecode_on,
        )
    )


def _zip(out: Path, rel: str) -> zipfile.ZipFile:
    return zipfile.ZipFile(out / rel)


def test_runtime_and_boot_stdlib_modules_ship_as_unchecked_pycs_beside_their_sources(
    make_app: MakeApp, tmp_path: Path
) -> None:
    warnings: list[str] = []
    result = _build(make_app({"app.py": "import streamlit as st\nst.write(1)\n"}), tmp_path / "out", tmp_path / "c", warnings)
    assert warnings == []
    with _zip(result.out, result.manifest["runtime"]) as rt:
        names = set(rt.namelist())
        sources = {n for n in names if n.endswith(".py")}
        assert "wasmlit/api.py" in sources
        for src in sources:  # every runtime module has its pyc; the sources stay
            folder, _, name = src.rpartition("/")
            pyc = f"{folder}/__pycache__/{name[:-3]}.cpython-312.pyc"
            assert pyc in names, pyc
        header = rt.read("wasmlit/__pycache__/api.cpython-312.pyc")[:8]
    assert header == MAGIC_312 + UNCHECKED_HASH
    with _zip(result.out, "pyodide/python_stdlib.zip") as std:
        names = set(std.namelist())
        # Imported by every boot: Pyodide's own start (ast) and the runtime (dataclasses, json).
        for module in ("ast", "dataclasses", "json/__init__", "typing"):
            assert f"{module}.pyc" in names and f"{module}.py" in names, module
            assert std.read(f"{module}.pyc")[:8] == MAGIC_312 + UNCHECKED_HASH
        # Never imported at boot: stays a source only.
        assert "statistics.py" in names and "statistics.pyc" not in names
    # The manifest lists the rewritten files with their real hashes.
    listed = result.manifest["files"]["pyodide/python_stdlib.zip"]
    assert listed["size"] == (result.out / "pyodide/python_stdlib.zip").stat().st_size


def test_the_second_build_takes_the_bytecode_from_the_cache(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = make_app({"app.py": "import streamlit as st\n"})
    first = _build(entry, tmp_path / "a", tmp_path / "c", [])

    def no_node(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled again instead of using the cache")

    monkeypatch.setattr(subprocess, "run", no_node)
    second = _build(entry, tmp_path / "b", tmp_path / "c", [])
    assert second.manifest == first.manifest  # same bytes, same hashed names


def test_a_failed_compile_warns_and_ships_sources(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.mjs"
    broken.write_text("throw new Error('no bytecode today');\n")
    monkeypatch.setattr(bytecode, "SCRIPT", broken)
    warnings: list[str] = []
    result = _build(make_app({"app.py": "import streamlit as st\n"}), tmp_path / "out", tmp_path / "c", warnings)
    assert len(warnings) == 1
    assert "could not precompile Python bytecode" in warnings[0] and "starts slower but works" in warnings[0]
    with _zip(result.out, result.manifest["runtime"]) as rt:
        assert not [n for n in rt.namelist() if n.endswith(".pyc")]
    with _zip(result.out, "pyodide/python_stdlib.zip") as std:
        assert not [n for n in std.namelist() if n.endswith(".pyc")]


def test_no_bytecode_option_ships_the_official_stdlib_unchanged(make_app: MakeApp, tmp_path: Path) -> None:
    result = _build(make_app({"app.py": "import streamlit as st\n"}), tmp_path / "out", tmp_path / "c", [], bytecode_on=False)
    from wasmlit.build.paths import pyodide_npm_dir, repo_root

    official = pyodide_npm_dir(repo_root()) / "python_stdlib.zip"
    assert (result.out / "pyodide/python_stdlib.zip").read_bytes() == official.read_bytes()


def test_an_apps_packages_get_the_pycs_of_what_importing_them_loads(
    make_app: MakeApp, tmp_path: Path, shared_packages: Path
) -> None:
    warnings: list[str] = []
    entry = make_app({"app.py": "import six\nimport streamlit as st\nst.write(six.PY3)\n"})
    result = build(
        BuildOptions(
            entry=entry, out=tmp_path / "out", cache_dir=tmp_path / "c", pyodide_packages=shared_packages,
            warn=warnings.append, info=lambda _: None, web_build=fake_web_build,
        )
    )
    assert warnings == []
    assert result.manifest["packages"] == ["six"]
    rel = result.manifest["bytecode"]
    assert rel is not None and rel.startswith("runtime/packages-") and rel in result.manifest["files"]
    with _zip(result.out, rel) as z:  # relative to site-packages, beside six.py
        assert z.namelist() == ["__pycache__/six.cpython-312.pyc"]
        assert z.read("__pycache__/six.cpython-312.pyc")[:8] == MAGIC_312 + UNCHECKED_HASH
    # The wheel itself is untouched: its sha256 still matches Pyodide's lock.
    wheel = result.out / "pyodide" / "six-1.16.0-py2.py3-none-any.whl"
    assert wheel.read_bytes() == (shared_packages / wheel.name).read_bytes()


def test_an_app_without_packages_has_no_package_bytecode(make_app: MakeApp, tmp_path: Path) -> None:
    result = _build(make_app({"app.py": "import streamlit as st\n"}), tmp_path / "out", tmp_path / "c", [])
    assert result.manifest["bytecode"] is None


def test_a_matplotlib_app_ships_the_font_list_matplotlib_would_build(
    make_app: MakeApp, tmp_path: Path, shared_packages: Path
) -> None:
    """Note [Matplotlib's font list]: the scan is done at build time, under Node."""
    import json

    entry = make_app({"app.py": "import matplotlib.pyplot as plt\nimport streamlit as st\n"})
    warnings: list[str] = []
    result = build(
        BuildOptions(
            entry=entry, out=tmp_path / "out", cache_dir=tmp_path / "c", pyodide_packages=shared_packages,
            warn=warnings.append, info=lambda _: None, web_build=fake_web_build,
        )
    )
    assert warnings == []
    rel = result.manifest["bytecode"]
    assert rel is not None
    with _zip(result.out, rel) as z:
        # Where Pyodide's matplotlib reads and writes it: beside font_manager.py.
        fonts = json.loads(z.read("matplotlib/fontlist.json"))
        assert "matplotlib/__pycache__/font_manager.cpython-312.pyc" in z.namelist()
    names = {f["name"] for f in fonts["ttflist"]}
    assert "DejaVu Sans" in names
    # matplotlib stores its own fonts relative to its data folder: valid in the browser too.
    assert all(f["fname"].startswith("fonts/ttf/") for f in fonts["ttflist"])
