"""Compiled bytecode in the bundle, so the browser does not compile Python at start.

Note [Shipping bytecode]
~~~~~~~~~~~~~~~~~~~~~~~~
Pyodide 0.27.7's python_stdlib.zip holds sources only, so every boot compiles
each stdlib module it imports (Pyodide's own start imports about 150: ast,
asyncio, inspect, typing, ...), and then the wasmlit runtime's modules, with
CPython's compiler running as WebAssembly. The build ships that work done:

- python_stdlib.zip gets a .pyc beside the .py of every stdlib module a boot
  imports (zipimport tries .pyc before .py; the sources stay, so tracebacks
  still show lines), and
- the runtime zip gets __pycache__/*.cpython-312.pyc for each of its modules,
- and for an app with Pyodide packages, runtime/packages-<hash>.zip holds the
  __pycache__ pycs of every module that importing those packages loads (the
  wheels stay as they are, so their sha256 still matches the lock); the
  worker unpacks it into site-packages after loadPackage (manifest "bytecode").

The pycs are unchecked-hash pycs (PEP 552): the files never change after the
build, so Python loads them without reading or hashing the source. They are
compiled by Pyodide itself, under Node (bytecode.mjs), because bytecode is
specific to the Python version and the host's may not be 3.12. The result is
cached in the user cache folder by the hash of its inputs, so only the first
build after a runtime change pays the few seconds this takes; concurrent
builds wait for one another on a lock file instead of compiling twice.

bench/ measured it: see the README's performance table. If the compile fails
(no Node, say), the build warns and ships sources, which work, only slower.

Note [Matplotlib's font list]
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
On its first import, matplotlib scans its fonts and saves the list; Pyodide's
matplotlib keeps it as `fontlist.json` beside `font_manager.py`, in the
in-memory file system, so every page load scanned the fonts again (seconds of
WebAssembly before the first chart). When an app's packages include
matplotlib, the package job above also imports `matplotlib.font_manager`
under Node and ships that list in the package-pycs zip as
`matplotlib/fontlist.json`; unpacked into site-packages at boot, it is read
instead of rebuilt. matplotlib stores the paths of its own fonts relative to
its data folder, so the list holds in the browser too.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import subprocess
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import Warn
from .zips import write_hashed_zip_bytes, write_zip_bytes

SCRIPT = Path(__file__).with_name("bytecode.mjs")
TIMEOUT_SECONDS = 300


class BytecodeError(Exception):
    pass


def add_bytecode(npm_pyodide: Path, stage: Path, runtime_rel: str, cache_dir: Path, warn: Warn) -> str:
    """Add pycs to `stage`'s stdlib and runtime zips; return the runtime zip's new path.

    On failure, warns and leaves both zips as they are (sources only).
    """
    stdlib = stage / "pyodide" / "python_stdlib.zip"
    runtime = stage / runtime_rel
    try:
        compiled = compiled_zip(npm_pyodide, runtime, cache_dir)
        with zipfile.ZipFile(compiled) as z:
            pycs = {name: z.read(name) for name in z.namelist()}
    except (BytecodeError, OSError, zipfile.BadZipFile) as e:
        warn(f"could not precompile Python bytecode ({e}); the app starts slower but works")
        return runtime_rel
    _merge(stdlib, {n.removeprefix("stdlib/"): b for n, b in pycs.items() if n.startswith("stdlib/")}, stdlib)
    with zipfile.ZipFile(runtime) as z:
        entries = {name: z.read(name) for name in z.namelist()}
    entries.update({n.removeprefix("runtime/"): b for n, b in pycs.items() if n.startswith("runtime/")})
    runtime.unlink()
    return "runtime/" + write_hashed_zip_bytes(runtime.parent, "wasmlit", entries)


def add_package_bytecode(
    npm_pyodide: Path, wheels: list[Path], imports: list[str], stage: Path, cache_dir: Path, warn: Warn
) -> str | None:
    """Write `runtime/packages-<hash>.zip`, the pycs of what importing `imports` loads from `wheels`.

    Returns its bundle-relative path, or None (with a warning) when it cannot be made.
    """
    job: dict[str, object] = {"pyodide": str(npm_pyodide), "wheels": [str(w) for w in wheels], "imports": imports}
    try:
        compiled = _compiled(npm_pyodide, wheels, job, cache_dir)
        with zipfile.ZipFile(compiled) as z:
            pycs = {name: z.read(name) for name in z.namelist()}
    except (BytecodeError, OSError, zipfile.BadZipFile) as e:
        warn(f"could not precompile the packages' Python bytecode ({e}); the app starts slower but works")
        return None
    if not pycs:
        return None
    return "runtime/" + write_hashed_zip_bytes(stage / "runtime", "packages", pycs)


def compiled_zip(npm_pyodide: Path, runtime_zip: Path, cache_dir: Path) -> Path:
    """The zip of the stdlib's and the runtime's pycs, from the cache or compiled now."""
    job: dict[str, object] = {"pyodide": str(npm_pyodide), "runtime": str(runtime_zip)}
    return _compiled(npm_pyodide, [runtime_zip], job, cache_dir)


def _compiled(npm_pyodide: Path, inputs: list[Path], job: dict[str, object], cache_dir: Path) -> Path:
    """Runs bytecode.mjs on `job` unless the cache has its output (keyed by every input's content)."""
    key = hashlib.sha256(json.dumps(sorted(k for k in job if k != "pyodide")).encode())
    key.update(json.dumps(job.get("imports", [])).encode())
    for part in (SCRIPT, npm_pyodide / "python_stdlib.zip", npm_pyodide / "pyodide.asm.wasm", *inputs):
        key.update(hashlib.sha256(part.read_bytes()).digest())
    folder = cache_dir / "bytecode"
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"{key.hexdigest()[:24]}.zip"
    with _locked(folder / ".lock"):
        if out.is_file():
            return out
        tmp = out.with_suffix(".tmp")
        job_file = tmp.with_suffix(".json")
        job_file.write_text(json.dumps({**job, "out": str(tmp)}))
        try:
            proc = subprocess.run(
                ["node", str(SCRIPT), str(job_file)],
                capture_output=True, text=True, timeout=TIMEOUT_SECONDS,
            )
        except (OSError, subprocess.TimeoutExpired) as e:
            raise BytecodeError(f"node {SCRIPT.name}: {e}") from None
        finally:
            job_file.unlink(missing_ok=True)
        if proc.returncode != 0:
            tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            raise BytecodeError(f"node {SCRIPT.name} exited with {proc.returncode}: {tail}")
        tmp.replace(out)
    return out


def _merge(src: Path, extra: dict[str, bytes], dest: Path) -> None:
    """Rewrite zip `src` to `dest` with `extra` entries added (deterministically)."""
    with zipfile.ZipFile(src) as z:
        entries = {info.filename: z.read(info) for info in z.infolist()}
    entries.update(extra)
    write_zip_bytes(dest, entries)


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    with open(path, "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)
