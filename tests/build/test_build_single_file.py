"""`wasmlit build --single-file` (py/wasmlit/build/single_file.py): one HTML
file holding the whole bundle; the browser side is playwright/ship.spec.ts."""

from __future__ import annotations

import base64
import gzip
import io
import json
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from wasmlit import cli
from wasmlit.build import BuildError, BuildOptions, build
from wasmlit.build.outdir import SINGLE_FILE_MARKER
from wasmlit.build.single_file import MARKER, build_single_file, check_output_file

from build_support import MakeApp

ICON_FACE = '@font-face{font-family:"Material Symbols Rounded";src:url(data:font/woff2;base64,d09GMgAB) format("woff2")}'
WORKER = "self.onmessage = () => { const s = '</script><!-- <script>'; };"


def fake_single_web_build(out: Path) -> list[str]:
    """Stands in for `node web/build-single.mjs` (same contract, instantly)."""
    (out / "assets").mkdir()
    (out / "index.html").write_text(
        '<html><head><link rel="stylesheet" href="assets/app.css" /></head>'
        '<body><div data-testid="stBootScreen"></div>'
        '<script type="module" src="assets/app.js"></script></body></html>'
    )
    (out / "assets" / "app.js").write_text("console.log('</script>app')")
    (out / "assets" / "app.css").write_text("body{color:red}" + ICON_FACE)
    (out / "assets" / "worker.js").write_text(WORKER)
    return ["index.html", "assets/app.js", "assets/app.css", "assets/worker.js"]


def _opts(entry: Path, out: Path) -> BuildOptions:
    return BuildOptions(
        entry=entry, out=out, web_build=fake_single_web_build, bytecode=False,
        warn=lambda _: None, info=lambda _: None,
    )


def _scripts(html: str) -> dict[str, str]:
    return dict(re.findall(r'<script type="[^"]+" id="([^"]+)">(.*?)</script>', html, re.S))


def test_one_file_holds_the_whole_bundle_compressed(make_app: MakeApp, tmp_path: Path) -> None:
    entry = make_app({"app.py": "import streamlit as st\nst.write('hi')\n", "data/x.csv": "a,b\n1,2\n"})
    out = tmp_path / "app.html"
    result = build_single_file(_opts(entry, out))
    assert result.out == out and list(tmp_path.glob(".wasmlit-single-*")) == []
    html = out.read_text()
    assert MARKER in html and "<style>body{color:red}</style>" in html  # no :material/ icon: no icon font
    assert 'src="assets/' not in html and 'href="assets/' not in html
    scripts = _scripts(html)
    # The worker's source is inert text the page turns into a Blob; nothing in
    # it can close its <script> element early.
    assert scripts["wasmlit-worker-src"] == "self.onmessage = () => { const s = '<\\/script>\\x3C!-- \\x3Cscript>'; };"
    assets = json.loads(scripts["wasmlit-assets"])
    unpack = lambda name: gzip.decompress(base64.b64decode(assets[name]))  # noqa: E731
    manifest = json.loads(unpack("manifest.json"))
    assert manifest["entry"] == "app.py"
    # Every file the worker fetches is there, byte for byte as in a folder build.
    for path in manifest["files"]:
        if path not in ("index.html", "404.html", ".nojekyll", "wasmlit-embed.js") and not path.startswith("assets/"):
            assert path in assets, path
    assert set(assets) >= {"pyodide/pyodide.asm.wasm", "pyodide/python_stdlib.zip", manifest["app"], manifest["runtime"]}
    assert gzip.decompress(base64.b64decode(scripts["wasmlit-app-js"])) == b"console.log('</script>app')"


@pytest.mark.parametrize("name", ["app", "app.zip", "dist"], ids=["no-suffix", "zip", "folder-name"])
def test_out_must_be_an_html_file(name: str, tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="pass --out with a .html name"):
        check_output_file(tmp_path / name)


def test_never_overwrites_an_html_file_it_did_not_write(make_app: MakeApp, tmp_path: Path) -> None:
    out = tmp_path / "index.html"
    out.write_text("<html>my own page</html>")
    with pytest.raises(BuildError, match="is not a wasmlit single-file build"):
        build_single_file(_opts(make_app({"app.py": ""}), out))
    assert out.read_text() == "<html>my own page</html>"


def test_rebuilding_replaces_its_own_file(make_app: MakeApp, tmp_path: Path) -> None:
    entry = make_app({"app.py": "x = 1\n"})
    out = tmp_path / "app.html"
    build_single_file(_opts(entry, out))
    entry.write_text("x = 2\n")
    build_single_file(_opts(entry, out))
    assert MARKER in out.read_text()


def test_cli_single_file_reports_the_size(
    capsys: pytest.CaptureFixture[str], make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "wasmlit.build.single_file.build", lambda o: build(replace(o, web_build=fake_single_web_build))
    )
    entry = make_app({"app.py": "import streamlit as st\n"})
    out = tmp_path / "hello.html"
    assert cli.main(["build", str(entry), "--single-file", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert re.search(rf"into {re.escape(str(out))} \(\d+\.\d MB, one file\)", text)
    assert out.as_uri() in text


def test_the_icon_font_ships_only_when_the_app_names_a_material_icon(make_app: MakeApp, tmp_path: Path) -> None:
    entry = make_app({"app.py": "import streamlit as st\n", "pages/one.py": 'st.button("Go", icon=":material/home:")\n'})
    out = tmp_path / "app.html"
    build_single_file(_opts(entry, out))
    assert f"<style>body{{color:red}}{ICON_FACE}</style>" in out.read_text()


def test_a_previous_single_file_in_the_app_folder_is_not_bundled(make_app: MakeApp, tmp_path: Path) -> None:
    """`wasmlit build app.py --single-file` run in the app's folder writes app.html there:
    a rebuild must not pack the old file into the new one (it would grow each time)."""
    entry = make_app({"app.py": "import streamlit as st\n", "page.html": "<p>an ordinary page</p>"})
    out = entry.parent / "app.html"
    warnings: list[str] = []
    for _ in range(2):
        build_single_file(replace(_opts(entry, out), warn=warnings.append))
    assets = json.loads(_scripts(out.read_text())["wasmlit-assets"])
    manifest = json.loads(gzip.decompress(base64.b64decode(assets["manifest.json"])))
    with zipfile.ZipFile(io.BytesIO(gzip.decompress(base64.b64decode(assets[manifest["app"]])))) as z:
        assert sorted(z.namelist()) == ["app.py", "page.html"]
    assert any("app.html: it is a previous wasmlit single-file build" in w for w in warnings)


def test_the_marker_is_the_one_the_app_file_scan_skips() -> None:
    assert MARKER == SINGLE_FILE_MARKER


def test_single_file_with_pyodide_cdn_is_refused(
    capsys: pytest.CaptureFixture[str], make_app: MakeApp, tmp_path: Path
) -> None:
    entry = make_app({"app.py": "import streamlit as st\n"})
    out = tmp_path / "hello.html"
    assert cli.main(["build", str(entry), "--single-file", "--pyodide", "cdn", "--out", str(out)]) == 1
    assert "--single-file embeds Pyodide so that the file works offline; drop --pyodide cdn" in capsys.readouterr().err
    assert not out.exists()


COMPONENT_APP = {
    "app.py": (
        "import streamlit.components.v1 as components\n"
        "c = components.declare_component('c', path='frontend')\nc(name='x')\n"
    ),
    "frontend/index.html": '<script src="main.js"></script><link rel="stylesheet" href="style.css">',
    "frontend/main.js": "console.log('</script>')",
    "frontend/style.css": "p{color:red}",
    "frontend/main.js.map": "{}",
}


def test_path_component_files_travel_in_the_one_file_COMP_04(make_app: MakeApp, tmp_path: Path) -> None:
    """A path= component's folder is embedded byte for byte under
    components/<folder>/, where the page builds its iframe from (Note
    [Single-file components]), and the build says what it embedded and its bound."""
    entry = make_app(COMPONENT_APP)
    out = tmp_path / "app.html"
    said: list[str] = []
    build_single_file(replace(_opts(entry, out), info=said.append))
    assets = json.loads(_scripts(out.read_text())["wasmlit-assets"])
    unpack = lambda name: gzip.decompress(base64.b64decode(assets[name]))  # noqa: E731
    for name in ("index.html", "main.js", "style.css"):
        assert unpack(f"components/frontend/{name}") == (entry.parent / "frontend" / name).read_bytes()
    assert "components/frontend/main.js.map" not in assets  # only devtools read source maps
    assert [s for s in said if "custom components" in s] == [
        "custom components embedded: frontend (3 files, 0.1 kB; at most 16 MB)"
    ]


def test_no_component_line_without_components(make_app: MakeApp, tmp_path: Path) -> None:
    entry = make_app({"app.py": "import streamlit as st\nst.write('hi')\n"})
    said: list[str] = []
    build_single_file(replace(_opts(entry, tmp_path / "app.html"), info=said.append))
    assert not [s for s in said if "custom components" in s]


def test_component_files_over_the_bound_fail_the_build_COMP_04(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wasmlit.build import single_file

    monkeypatch.setattr(single_file, "COMPONENTS_LIMIT", 50)
    entry = make_app(COMPONENT_APP)
    out = tmp_path / "app.html"
    with pytest.raises(BuildError, match=r"custom components hold 0\.0 MB of files \(the biggest is "
                       r"components/frontend/\); a single file embeds at most 0 MB of them: "
                       r"build a folder instead \(drop --single-file\)"):
        build_single_file(_opts(entry, out))
    assert not out.exists() and list(tmp_path.glob(".wasmlit-single-*")) == []


def test_site_component_of_a_wheel_is_counted_and_embedded_COMP_21(tmp_path: Path) -> None:
    """A PyPI package's component frontend (copied to components/site/... by
    copy_site_components) is bounded and embedded like a path= one, so
    declare_component's components/site/... URL loads from the one file."""
    from wasmlit.build import requirements
    from wasmlit.build.single_file import check_components

    wheel = tmp_path / "st_demo-1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr("st_demo/__init__.py", "")
        z.writestr("st_demo/frontend/index.html", "<p>demo</p>")
        z.writestr("st_demo/frontend/main.js", "1")
    folder = tmp_path / "bundle"
    requirements.copy_site_components(folder / "components" / "site", [wheel])
    said: list[str] = []
    check_components(folder, said.append)
    assert said == ["custom components embedded: site/st_demo/frontend (2 files, 0.0 kB; at most 16 MB)"]
