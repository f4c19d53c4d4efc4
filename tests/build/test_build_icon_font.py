"""The Material Symbols font in the bundle (CHECKLIST MPA-14, Note [Icon font] in
web/src/app/styles.css): one woff2 asset the page fetches on first use, inlined
into a single-file build."""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from build_support import ROOT

FONT = ROOT / "node_modules" / "@material-symbols" / "font-400" / "material-symbols-rounded.woff2"

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or not FONT.is_file(), reason="node or node_modules missing"
)


def _node(script: str, out: Path) -> list[str]:
    proc = subprocess.run(["node", str(ROOT / "web" / script), "--outdir", str(out)], cwd=ROOT,
                          capture_output=True, text=True, check=True, timeout=300)
    files: list[str] = json.loads(proc.stdout.strip().splitlines()[-1])["files"]
    return files


def test_MPA_14_the_page_ships_the_icon_font_as_one_asset_loaded_on_first_use(tmp_path: Path) -> None:
    files = _node("build.mjs", tmp_path)
    fonts = [f for f in files if f.endswith(".woff2")]
    assert len(fonts) == 1 and fonts[0].startswith("assets/material-symbols-rounded-")
    assert (tmp_path / fonts[0]).read_bytes() == FONT.read_bytes()
    (css_name,) = [f for f in files if re.fullmatch(r"assets/app-[^/]+\.css", f)]
    css = (tmp_path / css_name).read_text()
    face = re.search(r"@font-face\{[^}]*Material Symbols Rounded[^}]*\}", css)
    assert face is not None and fonts[0].removeprefix("assets/") in face.group(0)
    assert "font-display:block" in face.group(0)
    # No <link rel=preload>: nothing downloads the font until a glyph is drawn.
    assert ".woff2" not in (tmp_path / "index.html").read_text()


def test_MPA_14_a_single_file_build_inlines_the_icon_font(tmp_path: Path) -> None:
    _node("build-single.mjs", tmp_path)
    css = (tmp_path / "assets" / "app.css").read_text()
    encoded = base64.b64encode(FONT.read_bytes()).decode()
    assert f"url(data:font/woff2;base64,{encoded})" in css
