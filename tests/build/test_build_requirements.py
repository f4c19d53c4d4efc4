"""requirements.txt (issue #6, Note [PyPI requirements]): Pyodide packages by
name, pure-Python wheels from PyPI (with their requirements Pyodide lacks)
merged into the bundle's site zip; a requirement with no pure-Python wheel
fails the build naming it. Downloads are replaced by local wheels here."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from wasmlit.build import requirements
from wasmlit.build.errors import BuildError


def _wheel(folder: Path, name: str, version: str, files: dict[str, str],
           requires: list[str] = []) -> Path:
    path = folder / f"{name}-{version}-py3-none-any.whl"
    meta = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n" + "".join(
        f"Requires-Dist: {r}\n" for r in requires)
    with zipfile.ZipFile(path, "w") as zf:
        for rel, text in files.items():
            zf.writestr(rel, text)
        zf.writestr(f"{name}-{version}.dist-info/METADATA", meta)
        zf.writestr(f"{name}-{version}.dist-info/WHEEL",
                    "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
    return path


def test_read_skips_comments_and_warns_on_options(tmp_path: Path) -> None:
    (tmp_path / "requirements.txt").write_text(
        "# charts\nplotly==6.0.1  # pure Python\n\naltair\n-e ./local\nhttps://x/y.whl\n")
    warnings: list[str] = []
    assert requirements.read(tmp_path, warnings.append) == ["plotly==6.0.1", "altair"]
    assert len(warnings) == 2 and "'-e ./local' is not supported" in warnings[0]
    assert requirements.read(tmp_path / "nowhere", warnings.append) == []


def test_resolve_pyodide_packages_by_name_and_wheels_with_their_requirements(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wheels = {
        "plotly": _wheel(tmp_path, "plotly", "6.0.1", {
            "plotly/__init__.py": "", "_plotly_utils/x.py": "",
            "plotly/labextension/static/big.js": "", "plotly-6.0.1.data/data/share/x.js": "",
            "plotly-6.0.1.data/purelib/extra_mod.py": ""},
                         ["narwhals>=1.15", "packaging", "tinyextra; python_version < '3.0'",
                          "ipywidgets; extra == 'widgets'", "helper"]),
        "helper": _wheel(tmp_path, "helper", "1.0", {"helper.py": ""}),
    }
    asked: list[str] = []

    def fake_download(req: str, cache: Path) -> Path:
        asked.append(req)
        return wheels[req.split("=")[0].split(">")[0]]

    monkeypatch.setattr(requirements, "download", fake_download)
    lock = {"narwhals": "narwhals", "packaging": "packaging", "altair": "altair",
            "typing-extensions": "typing-extensions"}
    got = requirements.resolve(["streamlit>=1.41", "plotly==6.0.1", "Altair", "typing_extensions"],
                               lock, tmp_path)
    # streamlit is wasmlit; markers for other Pythons and extras are dropped
    assert asked == ["plotly==6.0.1", "helper"]
    assert sorted(got.packages) == ["altair", "narwhals", "packaging", "typing-extensions"]
    assert got.modules == {"plotly", "_plotly_utils", "extra_mod", "helper"}
    site = requirements.write_site_zip(tmp_path / "stage", got.wheels)
    assert site is not None and site.startswith("site/site-")
    names = zipfile.ZipFile(tmp_path / "stage" / site).namelist()
    assert "plotly/__init__.py" in names and "helper.py" in names
    # .data/purelib goes to the top; Jupyter-only files and .data/data are left out
    assert "extra_mod.py" in names
    assert not [n for n in names if "labextension" in n or "share/" in n]
    assert "plotly-6.0.1.dist-info/METADATA" in names  # importlib.metadata finds the version
    assert requirements.write_site_zip(tmp_path / "stage", []) is None


def test_a_requirement_without_a_pure_python_wheel_fails_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    class Failed:
        returncode = 1
        stdout = ""
        stderr = "ERROR: No matching distribution found for lxml-ish"

    monkeypatch.setattr(subprocess, "run", lambda *a, **k: Failed())
    with pytest.raises(BuildError) as e:
        requirements.resolve(["lxml-ish"], {}, tmp_path)
    assert "'lxml-ish' is not a Pyodide 0.27.7 package" in str(e.value)
    assert "No matching distribution" in str(e.value)


def test_offline_pure_python_lock_packages_come_from_pypi_at_the_lock_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    have = {"narwhals": ("narwhals-1.41.0-py3-none-any.whl", False),
            "packaging": ("packaging-24.2-py3-none-any.whl", True),
            "rpds-py": ("rpds_py-0.18.0-cp312-cp312-pyodide_2024_0_wasm32.whl", False)}
    assert requirements.pure_offline(have, cdn_reachable=True) == {}
    fallback = requirements.pure_offline(have, cdn_reachable=False)
    assert fallback == {"narwhals": "1.41.0"}  # compiled ones stay lock packages
    asked: list[str] = []
    wheel = _wheel(tmp_path, "narwhals", "1.41.0", {"narwhals/__init__.py": ""})
    monkeypatch.setattr(requirements, "download", lambda req, cache: asked.append(req) or wheel)
    got = requirements.resolve(["narwhals>=1.15"], {"narwhals": "narwhals"}, tmp_path,
                               from_pypi=fallback)
    assert asked == ["narwhals==1.41.0"] and got.packages == [] and got.modules == {"narwhals"}


def test_single_file_carries_plotly_js_only_for_plotly_apps(tmp_path: Path) -> None:
    from wasmlit.build.single_file import uses_plotly

    (tmp_path / "app.py").write_text("import streamlit as st\nst.write(1)\n")
    assert not uses_plotly(tmp_path)
    (tmp_path / "requirements.txt").write_text("streamlit\nPlotly>=5\n")
    assert uses_plotly(tmp_path)
    (tmp_path / "requirements.txt").unlink()
    (tmp_path / "page.py").write_text("import plotly.express as px\n")
    assert uses_plotly(tmp_path)


def test_COMP_21_a_pypi_components_frontend_is_copied_for_the_bundle_to_serve(tmp_path: Path) -> None:
    """A component package from requirements.txt: its frontend build folder (the
    one holding index.html) is served at components/site/<site-packages path>/."""
    wheel = _wheel(tmp_path, "st_fancy", "1.0", {
        "st_fancy/__init__.py": "", "st_fancy/frontend/build/index.html": "<html></html>",
        "st_fancy/frontend/build/static/main.js": "x", "st_fancy/other/data.json": "{}",
    })
    out = tmp_path / "stage" / "components" / "site"
    assert requirements.copy_site_components(out, [wheel]) == 2
    assert (out / "st_fancy/frontend/build/index.html").read_text() == "<html></html>"
    assert (out / "st_fancy/frontend/build/static/main.js").is_file()
    assert not (out / "st_fancy/__init__.py").exists() and not (out / "st_fancy/other").exists()


def test_without_pypi_a_wheel_an_earlier_build_cached_is_used_else_the_message_says_pypi_is_unreachable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Real pip, pointed at a closed port: an offline rebuild works from the cache."""
    monkeypatch.setenv("PIP_CONFIG_FILE", "/dev/null")  # no mirror from this machine's pip.conf
    monkeypatch.setenv("PIP_FIND_LINKS", "")
    monkeypatch.setenv("PIP_INDEX_URL", "http://127.0.0.1:9/simple")
    monkeypatch.setenv("PIP_RETRIES", "1")  # pip names the connection error only when it retries
    monkeypatch.setenv("PIP_TIMEOUT", "2")
    cache = tmp_path / "pypi"
    cache.mkdir()
    wheel = _wheel(cache, "tinycomp", "1.0", {"tinycomp/__init__.py": "X = 1\n"})
    assert requirements.download("tinycomp==1.0", cache) == wheel
    with pytest.raises(BuildError) as e:
        requirements.download("othercomp==2.0", cache)
    message = str(e.value)
    assert "'othercomp==2.0' must be downloaded from PyPI, which could not be reached" in message
    assert "pure-Python wheel" not in message
