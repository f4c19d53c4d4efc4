"""The web half of a bundle: index.html and the esbuild output.

The interface (owned by web/build.mjs): `node web/build.mjs --outdir DIR`
writes DIR/index.html and DIR/assets/*, and prints one JSON line
`{"files": [...]}` on stdout naming what it wrote, relative to DIR.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from .errors import BuildError
from .paths import repo_root

# Builds the web assets into a folder; returns the files written (relative paths).
WebBuild = Callable[[Path], list[str]]


def node_web_build(outdir: Path) -> list[str]:
    """Run `node web/build.mjs --outdir OUTDIR` in the checkout (see module docstring)."""
    root = repo_root()
    script = root / "web" / "build.mjs"
    if not script.is_file():
        raise BuildError(
            f"{script} not found: `wasmlit build` needs a wasmlit source checkout "
            "(install it with `pip install -e <checkout>` or run `python build.py` there)"
        )
    node = shutil.which("node")
    if node is None:
        raise BuildError(f"`node` is not on PATH; install Node 20+ and run `npm ci` in {root}")
    if not (root / "node_modules" / "esbuild").is_dir():
        raise BuildError(
            f"{root / 'node_modules'} is missing or incomplete; run `npm ci` in {root}"
        )
    # stderr is not captured: esbuild's own diagnostics reach the user as they are.
    # The folder is passed relative to the checkout (the cwd), which build.mjs
    # reads correctly whether it joins or resolves it against the cwd.
    proc = subprocess.run(
        [node, str(script), "--outdir", os.path.relpath(outdir, root)],
        cwd=root,
        stdout=subprocess.PIPE,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise BuildError(
            f"the web build (node web/build.mjs) failed with exit code {proc.returncode}"
        )
    return _parse_files(proc.stdout, outdir)


def _parse_files(stdout: str, outdir: Path) -> list[str]:
    for line in reversed(stdout.strip().splitlines()):
        try:
            data = json.loads(line)
        except ValueError:
            continue
        if isinstance(data, dict) and isinstance(data.get("files"), list):
            files = [str(f) for f in data["files"]]
            missing = [f for f in files if not (outdir / f).is_file()]
            if "index.html" not in files or missing:
                raise BuildError(
                    "the web build did not write what it reported "
                    f"(index.html listed: {'index.html' in files}; missing: {missing})"
                )
            return files
    raise BuildError('the web build (node web/build.mjs) printed no {"files": [...]} line')
