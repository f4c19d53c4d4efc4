"""manifest.json: what the worker reads first, and a checksum of every file.

Shape (the contract with web/src/worker): {"format", "wasmlit", "pyodide",
"entry", "runtime", "app", "pyodide_index", "packages", "bytecode", "site",
"encryption", "secrets", "files"} ("encryption" and "secrets": Note
[Encrypted bundles] in crypto.py; with "encryption", "app" may be encrypted too),
where "bytecode" is the zip of the packages' pycs or null (Note [Shipping
bytecode] in bytecode.py), and
`files` maps every path in the bundle except manifest.json itself to its
sha256 and size, and every path is relative to the bundle's folder.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TypedDict

from .constants import MANIFEST_FORMAT, PYODIDE_VERSION, WASMLIT_VERSION
from .fetch import sha256_of

MANIFEST_NAME = "manifest.json"


class FileEntry(TypedDict):
    sha256: str
    size: int


class Manifest(TypedDict):
    format: int
    wasmlit: str
    pyodide: str
    entry: str
    runtime: str
    app: str
    pyodide_index: str
    packages: list[str]
    bytecode: str | None
    #: the zip of the app's PyPI wheels, unpacked into site-packages, or null
    #: (Note [PyPI requirements] in requirements.py)
    site: str | None
    #: Note [Encrypted bundles] in crypto.py: the KDF's parameters, or null
    encryption: dict[str, object] | None
    #: the encrypted secrets.toml, or null (plain secrets stay in the app zip)
    secrets: str | None
    files: dict[str, FileEntry]


def file_entries(out: Path) -> dict[str, FileEntry]:
    entries: dict[str, FileEntry] = {}
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        rel = path.relative_to(out).as_posix()
        if rel != MANIFEST_NAME:
            entries[rel] = {"sha256": sha256_of(path), "size": path.stat().st_size}
    return entries


def write_manifest(
    out: Path,
    *,
    entry: str,
    runtime: str,
    app: str,
    packages: Sequence[str],
    bytecode: str | None = None,
    site: str | None = None,
    encryption: dict[str, object] | None = None,
    secrets: str | None = None,
) -> Manifest:
    manifest: Manifest = {
        "format": MANIFEST_FORMAT,
        "wasmlit": WASMLIT_VERSION,
        "pyodide": PYODIDE_VERSION,
        "entry": entry,
        "runtime": runtime,
        "app": app,
        "pyodide_index": "pyodide/",
        "packages": list(packages),
        "bytecode": bytecode,
        "site": site,
        "encryption": encryption,
        "secrets": secrets,
        "files": file_entries(out),
    }
    text = json.dumps(manifest, indent=2) + "\n"
    (out / MANIFEST_NAME).write_text(text, encoding="utf-8")
    return manifest
