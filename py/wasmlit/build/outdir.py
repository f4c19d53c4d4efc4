"""The output folder: refusing to clobber, staging, and swapping in.

Note [Replacing the output folder]
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
A build writes into a hidden staging folder next to the output folder and
only swaps it in once everything succeeded, so a failed build leaves the
previous bundle intact. An existing output folder is deleted only when it is
empty or holds a previous wasmlit build (a manifest.json with our keys):
`--out .` or `--out ~/Documents` by mistake must never delete anything. The
staging name starts with a dot, so when the output folder is inside the app
folder the app collector skips it like any hidden folder.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
from pathlib import Path

from .errors import BuildError
from .paths import display


def looks_like_build(folder: Path) -> bool:
    """True when `folder` holds a manifest.json written by `wasmlit build`."""
    try:
        data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and "format" in data and "wasmlit" in data


#: The tag `wasmlit build --single-file` writes into the head of its HTML file
#: (single_file.MARKER; a test keeps the two equal).
SINGLE_FILE_MARKER = '<meta name="generator" content="wasmlit single-file">'


def looks_like_single_file(path: Path) -> bool:
    """True when `path` is an HTML file written by `wasmlit build --single-file`."""
    if path.suffix.lower() not in (".html", ".htm"):
        return False
    try:
        with path.open("rb") as f:
            return SINGLE_FILE_MARKER.encode() in f.read(4096)
    except OSError:
        return False


def check_output_folder(out: Path, app_dir: Path) -> None:
    """Raise unless building into `out` can't destroy anything but an old bundle."""
    out_r, app_r = out.resolve(), app_dir.resolve()
    if out_r == app_r or out_r in app_r.parents:
        raise BuildError(
            f"the output folder {display(out)} contains the app itself; "
            "pass --out with a separate folder (e.g. --out dist)"
        )
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise BuildError(f"the output path {display(out)} exists and is not a folder")
    if out.is_dir() and any(out.iterdir()) and not looks_like_build(out):
        raise BuildError(
            f"the output folder {display(out)} is not empty and is not a previous wasmlit "
            "build (no wasmlit manifest.json); remove it yourself or choose another --out"
        )


def staging_folder(out: Path) -> Path:
    """A fresh, empty hidden folder next to `out` (same file system, so rename works)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    for litter in out.parent.glob(f".{glob.escape(out.name)}.wasmlit-*-*"):
        shutil.rmtree(litter, ignore_errors=True)  # left by a build that was killed
    stage = out.parent / f".{out.name}.wasmlit-staging-{os.getpid()}"
    stage.mkdir()
    return stage


def swap_in(stage: Path, out: Path) -> None:
    """Replace `out` by `stage` (see Note [Replacing the output folder])."""
    old: Path | None = None
    if out.exists():
        old = out.parent / f".{out.name}.wasmlit-old-{os.getpid()}"
        if old.exists():
            shutil.rmtree(old)
        out.rename(old)
    stage.rename(out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
