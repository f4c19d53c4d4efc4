"""`wasmlit build` end to end (with a stand-in for the esbuild step)."""

from __future__ import annotations

import hashlib
import json
import random
import zipfile
from pathlib import Path

import pytest

from wasmlit.build import BuildError, BuildOptions, build
from wasmlit.build import bundle as bundle_module

from build_support import Builder, MakeApp, fake_web_build

APP = "import streamlit as st\nst.title('hi')\n"


def zip_names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        return z.namelist()


def test_bundle_layout_and_manifest(
    make_app: MakeApp, build_app: Builder, shared_packages: Path
) -> None:
    """The folder has the contract's layout and the manifest lists every file with its sha256."""
    entry = make_app({"app.py": APP + "import pandas\n", "data/table.csv": "a,b\n1,2\n"})
    result = build_app(entry, packages=shared_packages)
    out = result.out
    m = json.loads((out / "manifest.json").read_text())
    assert m == result.manifest
    assert " ".join(m) == (
        "format wasmlit pyodide entry runtime app pyodide_index packages bytecode site encryption secrets "
        "files"
    )
    assert (m["encryption"], m["secrets"]) == (None, None)
    assert (m["format"], m["wasmlit"], m["pyodide"], m["entry"]) == (1, "0.1.0", "0.27.7", "app.py")
    assert m["pyodide_index"] == "pyodide/"
    # pandas brings pyarrow: its DataFrames are shown as Arrow (Note [Data element packages])
    assert m["packages"] == [
        "numpy", "pandas", "pyarrow", "pyodide-unix-timezones", "python-dateutil", "pytz", "six",
    ]
    assert m["runtime"].startswith("runtime/wasmlit-") and m["runtime"].endswith(".zip")
    assert m["app"].startswith("app/app-") and m["app"].endswith(".zip")

    on_disk = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert sorted(m["files"]) == [f for f in on_disk if f != "manifest.json"]
    for rel, entry_info in m["files"].items():
        data = (out / rel).read_bytes()
        assert entry_info == {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}, rel
        assert not rel.startswith("/") and ".." not in rel.split("/")
    for core in ("pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"):
        assert f"pyodide/{core}" in m["files"]
    assert "pyodide/pandas-2.2.3-cp312-cp312-pyodide_2024_0_wasm32.whl" in m["files"]
    assert {"index.html", "assets/app-TEST.js", "assets/worker-TEST.js"} <= set(m["files"])
    assert zip_names(out / m["app"]) == ["app.py", "data/table.csv"]


def test_app_without_package_imports_ships_no_package_files(
    make_app: MakeApp, build_app: Builder
) -> None:
    result = build_app(make_app({"app.py": APP + "import json, math\n"}))
    assert result.manifest["packages"] == []
    pyodide_files = sorted(f for f in result.manifest["files"] if f.startswith("pyodide/"))
    assert pyodide_files == [
        "pyodide/pyodide-lock.json",
        "pyodide/pyodide.asm.js",
        "pyodide/pyodide.asm.wasm",
        "pyodide/python_stdlib.zip",
    ]


def test_app_zip_skips_hidden_caches_venvs_and_the_output_folder(
    make_app: MakeApp, build_app: Builder, tmp_path: Path
) -> None:
    entry = make_app(
        {
            "app.py": APP + "import helpers\nfrom pages import util\n",
            "helpers.py": "X = 1\n",
            "pages/util.py": "Y = 2\n",
            "pages/__pycache__/util.cpython-311.pyc": b"\0",
            "stale.pyc": b"\0",
            ".streamlit/config.toml": "[theme]\n",
            ".streamlit/secrets.toml": "token = 'x'\n",
            ".streamlit/other.toml": "",
            ".env": "SECRET=1\n",
            ".git/config": "",
            ".hidden/data.txt": "",
            "node_modules/x/index.js": "",
            "venv/lib/site.py": "syntax error here (",
            ".venv/lib/site.py": "",
            "env/pyvenv.cfg": "home = /usr\n",
            "env/lib/mod.py": "",
            "assets/logo.svg": "<svg/>",
        }
    )
    out = entry.parent / "dist"  # the user builds into a folder inside the app
    result = build_app(entry, out=out)
    assert zip_names(out / result.manifest["app"]) == [
        ".streamlit/config.toml",
        ".streamlit/secrets.toml",
        "app.py",
        "assets/logo.svg",
        "helpers.py",
        "pages/util.py",
    ]
    # Building again into the same inner folder does not zip the previous bundle.
    again = build_app(entry, out=out)
    assert again.manifest["app"] == result.manifest["app"]


def test_SECU_01_plain_secrets_are_bundled_with_a_warning_naming_each_and_requirements_read(
    make_app: MakeApp, build_app: Builder
) -> None:
    entry = make_app(
        {
            "app.py": APP,
            ".streamlit/secrets.toml": "k = 1\n[db]\npassword = 'x'\n",
            "requirements.txt": "# nothing to install\n-r more.txt\n",
        }
    )
    result = build_app(entry)
    assert ".streamlit/secrets.toml" in zip_names(result.out / result.manifest["app"])
    (warning,) = [w for w in build_app.warnings if w.startswith(".streamlit/secrets.toml")]
    assert "plain text" in warning and "k, db.password" in warning and "--password" in warning
    # requirements.txt is read (Note [PyPI requirements]); option lines are skipped
    assert any("'-r more.txt' is not supported" in w for w in build_app.warnings)
    assert result.manifest["site"] is None


def test_staging_folders_left_by_a_killed_build_are_cleaned_up(
    make_app: MakeApp, build_app: Builder, tmp_path: Path
) -> None:
    (tmp_path / ".site.wasmlit-staging-99999").mkdir()
    (tmp_path / ".site.wasmlit-old-99999").mkdir()
    build_app(make_app({"app.py": APP}), out=tmp_path / "site")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site")) == []


def test_previous_bundles_inside_the_app_folder_are_skipped_with_a_warning(
    make_app: MakeApp, build_app: Builder
) -> None:
    entry = make_app({"app.py": APP})
    build_app(entry, out=entry.parent / "old-build")
    result = build_app(entry, out=entry.parent / "new-build")
    assert zip_names(result.out / result.manifest["app"]) == ["app.py"]
    assert any("old-build" in w and "previous wasmlit build" in w for w in build_app.warnings)


def test_app_modules_and_packages_are_local_and_plain_folders_are_namespaces(
    make_app: MakeApp, build_app: Builder
) -> None:
    entry = make_app(
        {
            "app.py": APP + "import helpers, mypkg.sub, charts.bar\n",
            "helpers.py": "",
            "mypkg/__init__.py": "",
            "mypkg/sub.py": "import mypkg\n",
            "charts/bar.py": "",
        }
    )
    assert build_app(entry).manifest["packages"] == []


def test_runtime_zip_holds_the_wasmlit_package_without_host_only_parts(
    make_app: MakeApp, build_app: Builder
) -> None:
    result = build_app(make_app({"app.py": APP}))
    names = zip_names(result.out / result.manifest["runtime"])
    assert "wasmlit/__init__.py" in names and "wasmlit/protocol.py" in names
    assert "wasmlit/worker/entry.py" in names
    assert all(n.startswith("wasmlit/") for n in names)
    for excluded in ("wasmlit/build/", "wasmlit/testing/", "wasmlit/demo/", "__pycache__"):
        assert not any(excluded in n for n in names), excluded
    assert "wasmlit/cli.py" not in names and "wasmlit/_codegen_ts.py" not in names
    assert not any(n.endswith(".pyc") for n in names)


def test_builds_are_reproducible(make_app: MakeApp, build_app: Builder, tmp_path: Path) -> None:
    """Same inputs, same bytes: hashed names change only when content does."""
    entry = make_app({"app.py": APP, "b.txt": "b", "a.txt": "a"})
    first = build_app(entry, out=tmp_path / "one").manifest
    (entry.parent / "a.txt").touch()  # a new mtime must not change anything
    second = build_app(entry, out=tmp_path / "two").manifest
    assert first == second
    with zipfile.ZipFile(tmp_path / "one" / first["app"]) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    (entry.parent / "a.txt").write_text("changed")
    third = build_app(entry, out=tmp_path / "three").manifest
    assert third["app"] != first["app"] and third["runtime"] == first["runtime"]


def test_rebuild_replaces_the_previous_bundle_cleanly(
    make_app: MakeApp, build_app: Builder, tmp_path: Path
) -> None:
    entry = make_app({"app.py": APP})
    out = tmp_path / "site"
    build_app(entry, out=out)
    (out / "leftover.txt").write_text("from an older build")
    (entry.parent / "app.py").write_text(APP + "st.write(1)\n")
    result = build_app(entry, out=out)
    assert not (out / "leftover.txt").exists()
    assert len(list((out / "app").iterdir())) == 1
    assert [p.name for p in tmp_path.iterdir() if "wasmlit-" in p.name] == []  # no staging litter
    assert json.loads((out / "manifest.json").read_text()) == result.manifest


def test_refuses_to_replace_a_folder_that_is_not_a_wasmlit_build(
    make_app: MakeApp, build_app: Builder, tmp_path: Path
) -> None:
    entry = make_app({"app.py": APP})
    out = tmp_path / "docs"
    out.mkdir()
    (out / "thesis.tex").write_text("precious")
    with pytest.raises(BuildError, match="is not empty and is not a previous wasmlit build"):
        build_app(entry, out=out)
    assert (out / "thesis.tex").read_text() == "precious"


def test_an_empty_existing_output_folder_is_fine(
    make_app: MakeApp, build_app: Builder, tmp_path: Path
) -> None:
    (tmp_path / "empty").mkdir()
    build_app(make_app({"app.py": APP}), out=tmp_path / "empty")
    assert (tmp_path / "empty" / "manifest.json").is_file()


@pytest.mark.parametrize("where", ["app folder", "its parent"])
def test_refuses_an_output_folder_that_contains_the_app(
    where: str, make_app: MakeApp, build_app: Builder
) -> None:
    entry = make_app({"app.py": APP})
    out = entry.parent if where == "app folder" else entry.parent.parent
    with pytest.raises(BuildError, match="contains the app itself"):
        build_app(entry, out=out)
    assert entry.is_file()


def test_a_failed_build_keeps_the_previous_bundle(
    make_app: MakeApp, build_app: Builder, tmp_path: Path
) -> None:
    entry = make_app({"app.py": APP})
    out = tmp_path / "site"
    good = build_app(entry, out=out)

    def broken_web_build(stage: Path) -> list[str]:
        raise BuildError("esbuild exploded")

    with pytest.raises(BuildError, match="esbuild exploded"):
        build(BuildOptions(entry=entry, out=out, web_build=broken_web_build, warn=print))
    assert json.loads((out / "manifest.json").read_text()) == good.manifest
    assert [p.name for p in tmp_path.iterdir() if "wasmlit-" in p.name] == []


def test_missing_entry_file_is_an_error(build_app: Builder, tmp_path: Path) -> None:
    with pytest.raises(BuildError, match=r"nope\.py: no such file$"):
        build_app(tmp_path / "nope.py")


def test_entry_must_be_a_python_script(make_app: MakeApp, build_app: Builder) -> None:
    entry = make_app({"app.txt": "hello"}, entry="app.txt")
    with pytest.raises(BuildError, match=r"is not a Python script \(\.py\)"):
        build_app(entry)


def test_syntax_error_in_any_app_file_names_file_line_and_column(
    make_app: MakeApp, build_app: Builder, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = make_app({"app.py": APP, "pages/two.py": "x = 1\nif x == 1\n    pass\n"})
    monkeypatch.chdir(entry.parent)
    with pytest.raises(BuildError) as info:
        build_app(entry)
    [line] = info.value.lines
    assert line.startswith("pages/two.py:2:10: SyntaxError: expected ':'")


def test_unknown_import_fails_the_build_before_writing_anything(
    make_app: MakeApp, build_app: Builder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = make_app({"app.py": APP, "lib/x.py": "import requests_oauthlib_nope\n"})
    monkeypatch.chdir(entry.parent)
    with pytest.raises(BuildError, match=r"^lib/x\.py:1: imports 'requests_oauthlib_nope'"):
        build_app(entry)
    assert not (tmp_path / "out").exists()


def test_unavailable_package_file_fails_with_advice(make_app: MakeApp, build_app: Builder) -> None:
    """No --pyodide-packages, an empty cache and no network: say what to do."""
    entry = make_app({"app.py": APP + "import six\n"})
    with pytest.raises(BuildError, match=r"six-1\.16\.0.*--pyodide-packages DIR"):
        build_app(entry)


def test_nonexistent_packages_folder_is_an_error(
    make_app: MakeApp, build_app: Builder, tmp_path: Path
) -> None:
    with pytest.raises(BuildError, match="packages folder .* does not exist"):
        build_app(make_app({"app.py": APP}), packages=tmp_path / "missing")


def test_large_app_folder_warns_but_builds(
    make_app: MakeApp, build_app: Builder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle_module, "APP_SIZE_WARNING_BYTES", 1000)
    entry = make_app({"app.py": APP, "big.bin": random.Random(0).randbytes(4000)})
    build_app(entry)
    assert any("big.bin" in w and "MB zipped" in w for w in build_app.warnings)


def test_missing_node_modules_says_run_npm_ci(make_app: MakeApp, tmp_path: Path) -> None:
    entry = make_app({"app.py": APP})
    opts = BuildOptions(entry=entry, out=tmp_path / "out", root=tmp_path, web_build=fake_web_build)
    with pytest.raises(BuildError, match=rf"run `npm ci` in {tmp_path}$"):
        build(opts)
