"""Deterministic zips with content-hashed names.

Note [Deterministic zips]
~~~~~~~~~~~~~~~~~~~~~~~~~
The same inputs must give the same bytes, so that the hashed file name only
changes when the content does (browsers and CDNs may cache hashed names
forever) and two builds of one app are identical. So entries are sorted,
every timestamp is 1980-01-01 (the zip epoch), permissions are a fixed 0644,
the "made by" system is fixed to Unix, and there are no directory entries
(but in python_stdlib.zip, which keeps Pyodide's; see bytecode.py).
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path

_EPOCH = (1980, 1, 1, 0, 0, 0)


def write_zip(dest: Path, entries: Iterable[tuple[str, Path]]) -> None:
    """Write `(name inside the zip, source file)` pairs to `dest`."""
    write_zip_bytes(dest, {arcname: src.read_bytes() for arcname, src in entries})


def write_zip_bytes(dest: Path, entries: Mapping[str, bytes]) -> None:
    """Write `{name inside the zip: content}` to `dest` (a name ending in / is a folder)."""
    with zipfile.ZipFile(dest, "w") as z:
        for arcname in sorted(entries):
            info = zipfile.ZipInfo(arcname, date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix
            info.external_attr = (0o40755 if arcname.endswith("/") else 0o100644) << 16
            z.writestr(info, entries[arcname], compresslevel=6)


def write_hashed_zip(folder: Path, stem: str, entries: Iterable[tuple[str, Path]]) -> str:
    """Write `folder/<stem>-<hash>.zip`; return its file name."""
    return write_hashed_zip_bytes(folder, stem, {arcname: src.read_bytes() for arcname, src in entries})


def write_hashed_zip_bytes(folder: Path, stem: str, entries: Mapping[str, bytes]) -> str:
    """Write `folder/<stem>-<hash>.zip` from `{name: content}`; return its file name."""
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{stem}.zip.tmp"
    write_zip_bytes(tmp, entries)
    digest = hashlib.sha256(tmp.read_bytes()).hexdigest()[:12]
    name = f"{stem}-{digest}.zip"
    os.replace(tmp, folder / name)
    return name
