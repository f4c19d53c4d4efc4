"""`wasmlit build --single-file`: one HTML file that works from file://.

See Note [Single-file bundle] in web/src/worker/embedded.ts. The app is built
as a folder first (with web/build-single.mjs: one script, no lazy chunks),
then folded into one HTML file: the CSS and the app script inline, the
worker's source in an inert <script type="text/plain">, and every other file
of the folder (manifest.json, the Pyodide core, package files, runtime, app,
secrets) gzip-compressed and base64-encoded in one JSON <script>.

Bytecode is off by default here: the stdlib's pycs would add about 2 MB to
the file, which every visitor's browser parses, for a faster start.

Custom components (`declare_component(path=...)`, and those of PyPI packages
under components/site/) travel with the other files; the page loads them from
blob: URLs (Note [Single-file components] in
web/src/app/elements/component_files.ts). Their files are bounded
(COMPONENTS_LIMIT, uncompressed), since the page decodes a component's whole
folder when it first draws it; the build says how much it embedded. Their
source maps (*.map) stay out.
"""

from __future__ import annotations

import base64
import functools
import gzip
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from .bundle import BuildOptions, BuildResult, build
from .errors import BuildError
from .paths import display, repo_root
from .webassets import WebBuild, node_web_build

MARKER = '<meta name="generator" content="wasmlit single-file">'
#: At most this many bytes (uncompressed) of custom component files in one file.
COMPONENTS_LIMIT = 16_000_000
# Written inline instead of embedded, or not needed in one file.
_INLINED = frozenset(
    {"index.html", "404.html", ".nojekyll", "wasmlit-embed.js", "assets/app.js", "assets/app.css", "assets/worker.js"}
)


def uses_plotly(folder: Path) -> bool:
    """Whether an app may draw Plotly charts: plotly in its requirements.txt,
    or a .py file of it naming plotly. Only then does a single file carry
    plotly.js (4.8 MB; Note [Lazy plotly] in web/src/app/elements/plotly.tsx)."""
    req = folder / "requirements.txt"
    if req.is_file() and re.search(r"(?im)^\s*plotly\b", req.read_text(encoding="utf-8", errors="replace")):
        return True
    for path in folder.rglob("*.py"):
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        try:
            if "plotly" in path.read_text(encoding="utf-8", errors="replace"):
                return True
        except OSError:
            continue
    return False


def single_web_build(outdir: Path, *, plotly: bool = True) -> list[str]:
    """The WebBuild for a single file: `node web/build-single.mjs --outdir OUTDIR`
    (without plotly.js unless `plotly`)."""
    root = repo_root()
    node = shutil.which("node")
    if node is None:
        raise BuildError(f"`node` is not on PATH; install Node 20+ and run `npm ci` in {root}")
    proc = subprocess.run(
        [node, str(root / "web" / "build-single.mjs"), "--outdir", str(outdir)],
        cwd=root, stdout=subprocess.PIPE, text=True, check=False,
        env={**os.environ, "WASMLIT_SINGLE_PLOTLY": "1" if plotly else "0"},
    )
    if proc.returncode != 0:
        raise BuildError(f"the web build (node web/build-single.mjs) failed with exit code {proc.returncode}")
    files: list[str] = json.loads(proc.stdout.strip().splitlines()[-1])["files"]
    return files


def check_output_file(out: Path) -> None:
    if out.suffix.lower() not in (".html", ".htm"):
        raise BuildError(f"--single-file writes one HTML file: pass --out with a .html name, not {display(out)}")
    if out.is_dir():
        raise BuildError(f"the output path {display(out)} is a folder; pass --out app.html")
    if out.exists():
        with out.open("rb") as f:
            head = f.read(4096)
        if MARKER.encode() not in head:
            raise BuildError(
                f"{display(out)} exists and is not a wasmlit single-file build; "
                "remove it yourself or choose another --out"
            )


def build_single_file(opts: BuildOptions) -> BuildResult:
    """Build `opts.entry` into the one HTML file `opts.out`; the result's out is that file."""
    check_output_file(opts.out)
    opts.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".wasmlit-single-", dir=opts.out.parent))
    try:
        folder = tmp / "bundle"
        web: WebBuild = opts.web_build
        if opts.web_build is node_web_build:
            web = functools.partial(single_web_build, plotly=uses_plotly(opts.entry.resolve().parent))
        result = build(replace(opts, out=folder, web_build=web))
        check_components(folder, opts.info)
        html = fold(folder)
        part = tmp / "out.html"
        part.write_text(html, encoding="utf-8")
        os.replace(part, opts.out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return BuildResult(opts.out, result.manifest)


def _skipped(rel: str) -> bool:
    """Whether the file `rel` of the bundle stays out of the single file: a
    component's source maps (*.map), which only the browser's devtools read."""
    return rel.startswith("components/") and rel.endswith(".map")


def check_components(folder: Path, info: Callable[[str], None]) -> None:
    """Bound the custom component files of the bundle `folder` (COMPONENTS_LIMIT)
    and say how many go into the file."""
    root = folder / "components"
    files = [p for p in root.rglob("*") if p.is_file() and not _skipped(p.relative_to(folder).as_posix())] \
        if root.is_dir() else []
    if not files:
        return
    size = sum(p.stat().st_size for p in files)
    pages = sorted(p.parent.relative_to(root).as_posix() for p in files if p.name == "index.html")
    if size > COMPONENTS_LIMIT:
        biggest = max(pages, key=lambda d: sum(p.stat().st_size for p in files if (root / d) in p.parents))
        raise BuildError(
            f"custom components hold {size / 1e6:.1f} MB of files (the biggest is components/{biggest}/); "
            f"a single file embeds at most {COMPONENTS_LIMIT / 1e6:.0f} MB of them: "
            "build a folder instead (drop --single-file)"
        )
    info(
        f"custom components embedded: {', '.join(pages)} ({len(files)} files, {size / 1e3:.1f} kB; "
        f"at most {COMPONENTS_LIMIT / 1e6:.0f} MB)"
    )


def _script_text(js: str) -> str:
    """JS that is safe inside an HTML <script> element (see the HTML spec's script data states)."""
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
    return js.replace("<!--", "\\x3C!--").replace("<script", "\\x3Cscript")


def _pack(data: bytes) -> str:
    return base64.b64encode(gzip.compress(data, compresslevel=9, mtime=0)).decode("ascii")


# Runs the page script, stored compressed (it is about 1 MB of text): a data:
# URL fetch decodes the base64 and DecompressionStream the gzip, both built in.
_LOADER = """(async () => {
  const b64 = document.getElementById("wasmlit-app-js").textContent;
  const body = (await fetch("data:application/octet-stream;base64," + b64)).body;
  const code = await new Response(body.pipeThrough(new DecompressionStream("gzip"))).text();
  const s = document.createElement("script");
  s.textContent = code;
  document.body.append(s);
})();"""


# The Material Symbols @font-face of styles.css (Note [Icon font]), inlined by
# build-single.mjs as a data: URL of about 0.8 MB.
_ICON_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*Material Symbols Rounded[^}]*\}")


def _needs_icon_font(folder: Path) -> bool:
    """Whether the app may draw `:material/name:` icons: some file of it names one.

    The font is the biggest part of the page after the Pyodide core; an app
    that never writes `:material/` gets a file without it (an icon would then
    show its name). An encrypted app can't be read here, so it keeps the font.
    """
    import zipfile

    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    if manifest.get("encryption"):
        return True
    with zipfile.ZipFile(folder / manifest["app"]) as z:
        return any(b":material/" in z.read(info) for info in z.infolist() if not info.is_dir())


def fold(folder: Path) -> str:
    """The HTML of the single file for a bundle folder built by web/build-single.mjs."""
    index = (folder / "index.html").read_text(encoding="utf-8")
    css = (folder / "assets" / "app.css").read_text(encoding="utf-8").replace("</style", "<\\/style")
    if not _needs_icon_font(folder):
        css = _ICON_FONT_FACE.sub("", css)
    app_js = _pack((folder / "assets" / "app.js").read_bytes())
    worker_js = _script_text((folder / "assets" / "worker.js").read_text(encoding="utf-8"))
    assets: dict[str, str] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        if rel in _INLINED or _skipped(rel):
            continue
        assets[rel] = _pack(path.read_bytes())
    link = '<link rel="stylesheet" href="assets/app.css" />'
    script = '<script type="module" src="assets/app.js"></script>'
    if link not in index or script not in index:
        raise BuildError("internal: index.html does not reference assets/app.css and assets/app.js")
    data = json.dumps(assets, separators=(",", ":"))
    index = index.replace("<head>", f"<head>\n    {MARKER}", 1)
    index = index.replace(link, f"<style>{css}</style>")
    index = index.replace(
        script,
        f'<script type="text/plain" id="wasmlit-worker-src">{worker_js}</script>\n'
        f'    <script type="application/json" id="wasmlit-assets">{data}</script>\n'
        f'    <script type="text/plain" id="wasmlit-app-js">{app_js}</script>\n'
        f"    <script>{_LOADER}</script>",
    )
    return index
