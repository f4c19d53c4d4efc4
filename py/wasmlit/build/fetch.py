"""Getting Pyodide package files, each checked against the lock's sha256.

Note [Where package files come from]
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
Pyodide's package files are published on its CDN, not on PyPI or npm. The
build looks for each file, in order, in the folder given by
`--pyodide-packages` / `WASMLIT_PYODIDE_PACKAGES` (offline machines and CI),
in the user cache, and finally downloads it from the CDN
(`WASMLIT_PYODIDE_CDN` overrides the base URL) into the cache. A file in the
given folder with the wrong sha256 is an error, not a reason to download:
the user pointed us at it. A wrong file in the cache is deleted and
downloaded again (an interrupted or corrupted earlier download). Downloads
go to a temporary name and are renamed only once verified, so the cache
never holds a file that failed the check.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from .constants import DEFAULT_CDN, ENV_CDN, ENV_DOWNLOAD_TIMEOUT, ENV_PACKAGES
from .errors import BuildError, Warn
from .lock import LockPackage
from .paths import display

_CHUNK = 1 << 20


@dataclass(frozen=True)
class Sources:
    local: Path | None  # --pyodide-packages / WASMLIT_PYODIDE_PACKAGES
    cache: Path
    cdn: str  # base URL ending in "/"
    timeout: float  # seconds, per connection attempt / read

    @staticmethod
    def from_env(local: Path | None, cache: Path) -> Sources:
        if local is None and os.environ.get(ENV_PACKAGES):
            local = Path(os.environ[ENV_PACKAGES])
        cdn = os.environ.get(ENV_CDN) or DEFAULT_CDN
        try:
            timeout = float(os.environ.get(ENV_DOWNLOAD_TIMEOUT) or 60)
        except ValueError:
            raise BuildError(f"{ENV_DOWNLOAD_TIMEOUT} must be a number of seconds") from None
        return Sources(local, cache, cdn if cdn.endswith("/") else cdn + "/", timeout)


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def copy_verified(src: Path, dst: Path, expected: str) -> None:
    """Copy `src` to `dst`, hashing the bytes written; raise on a sha256 mismatch."""
    h = hashlib.sha256()
    with src.open("rb") as fin, dst.open("wb") as fout:
        while chunk := fin.read(_CHUNK):
            h.update(chunk)
            fout.write(chunk)
    if h.hexdigest() != expected:
        dst.unlink()
        raise BuildError(_mismatch(src, expected, h.hexdigest()))


def fetch_into(
    pkg: LockPackage, sources: Sources, dest_dir: Path, warn: Warn, info: Warn = lambda _: None
) -> None:
    """Put `pkg.file_name` into `dest_dir`, verified (Note [Where package files come from])."""
    dst = dest_dir / pkg.file_name
    if sources.local is not None:
        candidate = sources.local / pkg.file_name
        if candidate.is_file():
            copy_verified(candidate, dst, pkg.sha256)
            return
    cached = sources.cache / pkg.file_name
    if cached.is_file():
        if sha256_of(cached) == pkg.sha256:
            copy_verified(cached, dst, pkg.sha256)
            return
        warn(f"{display(cached)} is corrupt (sha256 mismatch); downloading it again")
        cached.unlink()
    info(f"downloading {sources.cdn}{pkg.file_name}")
    _download(pkg, sources)
    copy_verified(cached, dst, pkg.sha256)


def _download(pkg: LockPackage, sources: Sources) -> None:
    url = sources.cdn + pkg.file_name
    cache = sources.cache
    try:
        cache.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{pkg.file_name}.", dir=cache)
    except OSError as e:
        raise BuildError(f"cannot create the package cache {display(cache)}: {e}") from None
    tmp = Path(tmp_name)
    h = hashlib.sha256()
    try:
        with os.fdopen(fd, "wb") as out:
            with urllib.request.urlopen(url, timeout=sources.timeout) as resp:
                while chunk := resp.read(_CHUNK):
                    h.update(chunk)
                    out.write(chunk)
        if h.hexdigest() != pkg.sha256:
            raise BuildError(_mismatch(url, pkg.sha256, h.hexdigest()))
        os.replace(tmp, cache / pkg.file_name)
    except (OSError, ValueError, http.client.HTTPException) as e:
        raise BuildError(_cannot_get(pkg, sources, url, e)) from None
    finally:
        tmp.unlink(missing_ok=True)


def _reason(e: BaseException) -> str:
    if isinstance(e, urllib.error.HTTPError):
        return f"HTTP {e.code} {e.reason}"
    if isinstance(e, urllib.error.URLError):
        return str(e.reason)
    return str(e) or type(e).__name__


def _cannot_get(pkg: LockPackage, sources: Sources, url: str, e: BaseException) -> str:
    looked = f"{display(sources.local)}, " if sources.local is not None else ""
    return (
        f"package file {pkg.file_name} (for {pkg.name}) is not in {looked}the cache "
        f"{display(sources.cache)}, and downloading {url} failed ({_reason(e)}); pass "
        f"--pyodide-packages DIR (or set {ENV_PACKAGES}) to a folder with the Pyodide "
        "package files, or check your network connection"
    )


def _mismatch(where: Path | str, expected: str, actual: str) -> str:
    name = display(where) if isinstance(where, Path) else where
    return (
        f"sha256 mismatch for {name}: pyodide-lock.json expects {expected}, the file has "
        f"{actual}; the file is corrupt or not from this Pyodide version; replace it"
    )
