"""requirements.txt: Pyodide packages by name, pure-Python wheels from PyPI.

Note [PyPI requirements]
~~~~~~~~~~~~~~~~~~~~~~~~
An app's requirements.txt names what it installs, as for Streamlit. A name
Pyodide 0.27.7 provides (altair, pandas, ...) becomes one of the bundle's lock
packages (the version in the file is not checked: the lock's is what runs).
Any other requirement is downloaded at build time with pip, as a pure-Python
wheel (`py3-none-any`) for Python 3.12, and so are its own requirements that
Pyodide lacks (each wheel's Requires-Dist, markers evaluated for Pyodide);
wheels are cached in the user cache folder. (A pure-Python Pyodide package
that no packages folder holds, when the Pyodide CDN is out of reach, comes
from PyPI the same way, at the lock's version.) The wheels' files are merged into
one zip, site/site-<hash>.zip, that the worker unpacks into site-packages
before the app starts (manifest "site"), so the browser installs nothing and
needs no network. A requirement with no pure-Python wheel on PyPI (a compiled
package Pyodide does not ship) fails the build naming it. Modules of these
wheels count as provided when the build checks the app's imports.

`streamlit` itself is skipped (wasmlit stands for it). Options lines (-r, -e,
--index-url, ...) and URLs are not supported: the build warns and skips them.
"""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import Parser
from pathlib import Path

from .constants import PYODIDE_VERSION
from .errors import BuildError
from .paths import display
from .zips import write_hashed_zip_bytes

REQUIREMENTS = "requirements.txt"
#: Requirements wasmlit itself stands for: never downloaded (Streamlit apps list streamlit).
PROVIDED = frozenset({"streamlit", "wasmlit"})
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
#: Marker environment of Pyodide 0.27.7 (Python 3.12, Emscripten).
_PYODIDE_ENV = {
    "python_version": "3.12", "python_full_version": "3.12.7", "sys_platform": "emscripten",
    "platform_system": "Emscripten", "os_name": "posix", "platform_machine": "wasm32",
    "implementation_name": "cpython", "platform_python_implementation": "CPython",
    "extra": "",
}


def pure_offline(packages: dict[str, tuple[str, bool]], cdn_reachable: bool) -> dict[str, str]:
    """`from_pypi` for resolve(): of `packages` (lock name -> (file name, whether
    the build has the file)), the pure-Python ones it lacks, with their version,
    when the CDN is out of reach."""
    if cdn_reachable:
        return {}
    out: dict[str, str] = {}
    for name, (file_name, have) in packages.items():
        parts = file_name.split("-")
        if not have and file_name.endswith("-none-any.whl") and len(parts) >= 5:
            out[normalize(name)] = parts[1]
    return out


def cdn_reachable(url: str, timeout: float = 5.0) -> bool:
    """Whether the Pyodide CDN answers (one HEAD request)."""
    import urllib.error
    import urllib.request

    try:
        req = urllib.request.Request(url, method="HEAD")
        with urllib.request.urlopen(req, timeout=timeout):
            return True
    except urllib.error.HTTPError:
        return True  # it answered
    except (OSError, ValueError):
        return False


def normalize(name: str) -> str:
    """PEP 503 normalized name."""
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass
class Requirements:
    """What an app's requirements.txt adds to its bundle."""

    #: lock package names (Pyodide provides them)
    packages: list[str] = field(default_factory=list)
    #: downloaded pure-Python wheels
    wheels: list[Path] = field(default_factory=list)
    #: top-level modules the wheels provide
    modules: set[str] = field(default_factory=set)


def read(folder: Path, warn: Callable[[str], None]) -> list[str]:
    """The requirement lines of folder/requirements.txt (none without one)."""
    path = folder / REQUIREMENTS
    if not path.is_file():
        return []
    out: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("-") or "://" in line or line.startswith((".", "/")):
            warn(f"{display(path)}: {line!r} is not supported (only package names and "
                 "versions); skipped")
            continue
        out.append(line)
    return out


def _marker_ok(marker: str) -> bool:
    try:
        from packaging.markers import Marker
    except ImportError:  # pragma: no cover - pip vendors packaging; be lenient
        return True
    try:
        return bool(Marker(marker).evaluate(dict(_PYODIDE_ENV)))
    except Exception:
        return True


def _wheel_requires(wheel: Path) -> list[str]:
    """Requires-Dist of a wheel whose markers hold in Pyodide (extras dropped)."""
    with zipfile.ZipFile(wheel) as zf:
        meta = next((n for n in zf.namelist() if n.endswith(".dist-info/METADATA")), None)
        if meta is None:
            return []
        msg = Parser().parsestr(zf.read(meta).decode("utf-8", "replace"))
    out: list[str] = []
    for req in msg.get_all("Requires-Dist") or []:
        spec, _, marker = req.partition(";")
        if marker.strip() and not _marker_ok(marker.strip()):
            continue
        out.append(spec.strip())
    return out


def _wheel_modules(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as zf:
        tops = {n.split("/", 1)[0] for n in map(site_name, zf.namelist()) if n}
    return {
        t[:-3] if t.endswith(".py") else t
        for t in tops
        if not t.endswith((".dist-info", ".data")) and (t.endswith(".py") or "." not in t)
    }


#: What pip prints when PyPI cannot be reached (as opposed to "no such wheel").
_OFFLINE = re.compile(r"NewConnectionError|Failed to establish|Max retries exceeded|"
                      r"Temporary failure in name resolution|Network is unreachable|timed out")


def download(requirement: str, cache: Path) -> Path:
    """A pure-Python wheel for `requirement`, downloaded with pip into `cache`.

    When PyPI cannot be reached, a wheel that satisfies the requirement and is
    already in `cache` (from an earlier build) is used instead."""
    cache.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
           "--only-binary=:all:", "--python-version", "3.12", "--implementation", "py",
           "--abi", "none", "--platform", "any", "--dest", str(cache), requirement]
    before = set(cache.glob("*.whl"))
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0 and _OFFLINE.search(proc.stderr + proc.stdout):
        offline = [*cmd[:-1], "--no-index", "--find-links", str(cache), requirement]
        if subprocess.run(offline, capture_output=True, text=True, check=False).returncode == 0:
            proc = subprocess.CompletedProcess(offline, 0, "", "")
        else:
            raise BuildError(
                f"requirements.txt: {requirement!r} must be downloaded from PyPI, which could not "
                "be reached (and no earlier build left a matching wheel in "
                f"{display(cache)}); check the network or the proxy settings (pip's), then build again"
            )
    if proc.returncode != 0:
        detail = (proc.stderr or proc.stdout).strip().splitlines()
        raise BuildError(
            f"requirements.txt: {requirement!r} is not a Pyodide {PYODIDE_VERSION} package and "
            "pip found no pure-Python wheel for it on PyPI (a compiled package cannot run in "
            "the browser unless Pyodide ships it)"
            + (f": {detail[-1]}" if detail else "")
        )
    m = _NAME.match(requirement)
    name = normalize(m.group(1)) if m is not None else ""
    new = set(cache.glob("*.whl")) - before
    found = sorted(new) or sorted(
        p for p in cache.glob("*.whl") if normalize(p.name.split("-", 1)[0]) == name
    )
    if not found:
        raise BuildError(f"requirements.txt: pip downloaded no wheel for {requirement!r}")
    return found[-1]


def resolve(lines: list[str], lock_names: dict[str, str], cache: Path,
            info: Callable[[str], None] | None = None,
            from_pypi: dict[str, str] | None = None) -> Requirements:
    """Lock packages and wheels for `lines`; `lock_names` maps normalized names
    to the lock's package names. `from_pypi` maps normalized names of the
    lock's pure-Python packages whose files the build cannot get (no packages
    folder holds them and the CDN is out of reach) to the lock's version: those
    come from PyPI instead, at that version, as wheels."""
    from_pypi = from_pypi or {}
    result = Requirements()
    seen: set[str] = set()
    todo = list(lines)
    while todo:
        req = todo.pop(0)
        m = _NAME.match(req)
        if m is None:
            raise BuildError(f"requirements.txt: cannot read the requirement {req!r}")
        base = m.group(1).split("[", 1)[0]
        name = normalize(base)
        if name in seen:
            continue
        seen.add(name)
        if name in PROVIDED:
            continue  # wasmlit is the app's streamlit
        if name in from_pypi:
            req = f"{base}=={from_pypi[name]}"
        elif name in lock_names:
            result.packages.append(lock_names[name])
            continue
        if info is not None:
            info(f"requirements.txt: {req} from PyPI")
        wheel = download(req, cache)
        result.wheels.append(wheel)
        result.modules |= _wheel_modules(wheel)
        todo.extend(_wheel_requires(wheel))
    return result


#: Files of wheels that only Jupyter uses (a browser app never loads them):
#: plotly's JupyterLab extension and widget bundle, about 6 MB.
JUPYTER_ONLY = ("plotly/labextension/", "plotly/package_data/widgetbundle.js")


def site_name(member: str) -> str | None:
    """Where a wheel member goes in site-packages (None: not installed there).
    A wheel's <name>.data/purelib and /platlib go to the top; its data,
    scripts and headers are installed elsewhere by pip, so not here."""
    first, _, rest = member.partition("/")
    if first.endswith(".data"):
        kind, _, inner = rest.partition("/")
        return inner if kind in ("purelib", "platlib") and inner else None
    if member.startswith(JUPYTER_ONLY):
        return None
    return member


def write_site_zip(stage: Path, wheels: list[Path]) -> str | None:
    """Merge the wheels' files into stage/site/site-<hash>.zip; its bundle path."""
    if not wheels:
        return None
    contents: dict[str, bytes] = {}
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as zf:
            for info in zf.infolist():
                name = None if info.is_dir() else site_name(info.filename)
                if name is not None:
                    contents[name] = zf.read(info)
    return "site/" + write_hashed_zip_bytes(stage / "site", "site", contents)


def copy_site_components(out: Path, wheels: list[Path]) -> int:
    """Component frontends of PyPI packages (a folder of a wheel holding an
    index.html, such as `st_aggrid/frontend/build/`), copied to
    out/<its site-packages path>/ so the bundle serves them at
    components/site/... (Note [Custom components] in components/v1.py).
    Python files stay in the site zip only. Returns the number of files copied."""
    count = 0
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as zf:
            members = {name: info for info in zf.infolist()
                       if not info.is_dir() and (name := site_name(info.filename)) is not None}
            folders = {n.rsplit("/", 1)[0] for n in members if n.endswith("/index.html")}
            for name, info in members.items():
                if name.endswith((".py", ".pyc")) or not any(name.startswith(f + "/") for f in folders):
                    continue
                dest = out / name
                dest.parent.mkdir(parents=True, exist_ok=True)
                dest.write_bytes(zf.read(info))
                count += 1
    return count
