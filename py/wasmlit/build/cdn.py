"""`wasmlit build --pyodide cdn`: Pyodide and its packages from the official CDN.

Note [CDN bundles]
~~~~~~~~~~~~~~~~~~
The default bundle is self-contained. With `--pyodide cdn` the pyodide/
folder is left out and manifest.json points `pyodide_index` at the Pyodide
CDN (https://cdn.jsdelivr.net/pyodide/v0.27.7/full/, which sends
Access-Control-Allow-Origin: *). Its `files` then list each CDN file by its
full URL with the sha256 and size the build knows (the core from the npm
package, the packages from the lock file, each checked when it was
fetched), and the worker checks every download against them (verify in
web/src/worker/fetcher.ts) exactly as it does for bundled files, so a CDN
that served other bytes stops the boot. The CDN's stdlib is the plain one:
such a bundle ships no stdlib bytecode (the runtime's and the packages'
bytecode stay in the bundle).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from .constants import DEFAULT_CDN, PYODIDE_CORE_FILES
from .fetch import sha256_of
from .manifest import MANIFEST_NAME, FileEntry, Manifest

MODES = ("bundle", "cdn")


def externalize(stage: Path, manifest: Manifest, npm_pyodide: Path, cdn: str = DEFAULT_CDN) -> Manifest:
    """Move `stage`'s pyodide/ files to `cdn` in the manifest; rewrite manifest.json."""
    files: dict[str, FileEntry] = {}
    for rel, entry in manifest["files"].items():
        if not rel.startswith("pyodide/"):
            files[rel] = entry
            continue
        name = rel.removeprefix("pyodide/")
        if name in PYODIDE_CORE_FILES:  # the CDN's own bytes: the npm package's
            path = npm_pyodide / name
            entry = {"sha256": sha256_of(path), "size": path.stat().st_size}
        files[cdn + name] = entry
    shutil.rmtree(stage / "pyodide")
    out: Manifest = {**manifest, "pyodide_index": cdn, "files": files}
    (stage / MANIFEST_NAME).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return out
