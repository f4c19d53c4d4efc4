"""The app's files: which go into the bundle, and parsing its .py sources.

Note [Host Python vs Pyodide Python]
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
The app runs on Pyodide's CPython 3.12, but it is parsed here by the Python
that runs the build, which may be 3.11. Python 3.12 accepts some syntax that
3.11 rejects (mostly PEP 701 f-strings such as f"{d["key"]}", and PEP 695
`type` statements), so on a 3.11 host such a file is reported as a syntax
error although Pyodide would run it: the message says so and suggests
building with Python 3.12+. On a 3.13+ host we ask `ast` to parse with the
3.12 grammar (best effort), so newer syntax is caught at build time.
"""

from __future__ import annotations

import ast
import os
import shutil
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .constants import PYODIDE_PYTHON
from .errors import BuildError, Warn
from .outdir import looks_like_build, looks_like_single_file
from .paths import display

# Folders never bundled, wherever they appear in the app folder.
SKIPPED_DIRS = frozenset({"__pycache__", "node_modules", "venv", ".venv", ".git"})
SKIPPED_SUFFIXES = (".pyc", ".pyo")
# Of the hidden `.streamlit/` folder only the config and the secrets go in; the
# build warns about plain-text secrets or encrypts them (build/appconfig.py).
KEPT_HIDDEN = frozenset({".streamlit/config.toml", ".streamlit/secrets.toml"})


@dataclass(frozen=True)
class AppFiles:
    folder: Path  # the entry script's folder
    entry: str  # the entry script, relative to `folder`
    files: tuple[str, ...]  # every bundled file, posix paths relative to `folder`, sorted

    def python_files(self) -> list[str]:
        return [f for f in self.files if f.endswith(".py")]

    def local_module_names(self) -> frozenset[str]:
        """Top-level modules and regular packages (with __init__.py) of the app folder."""
        names = {f[:-3] for f in self.files if "/" not in f and f.endswith(".py")}
        names |= {
            f.split("/", 1)[0]
            for f in self.files
            if f.count("/") == 1 and f.endswith("/__init__.py")
        }
        return frozenset(names)

    def namespace_names(self) -> frozenset[str]:
        """Top-level folders without __init__.py: importable as namespace packages.

        Unlike a module or a regular package, a namespace folder does not shadow
        an installed package of the same name (Python prefers the regular one).
        """
        folders = {f.split("/", 1)[0] for f in self.files if "/" in f}
        return frozenset(folders - self.local_module_names())


def collect(entry: Path, excluded: Iterable[Path], warn: Warn) -> AppFiles:
    """Every file under the entry script's folder that belongs in the bundle."""
    folder = entry.parent.resolve()
    skip = {p.resolve() for p in excluded}
    files: list[str] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        here = Path(dirpath)
        rel_dir = here.relative_to(folder).as_posix()
        keep_dirs: list[str] = []
        for name in sorted(dirnames):
            sub = here / name
            rel = name if rel_dir == "." else f"{rel_dir}/{name}"
            if name in SKIPPED_DIRS or sub.resolve() in skip:
                continue
            if name.startswith(".") and not any(k.startswith(rel + "/") for k in KEPT_HIDDEN):
                continue
            if sub.is_symlink():
                warn(f"skipping symlinked folder {display(sub)}")
                continue
            if (sub / "pyvenv.cfg").exists():
                continue  # a virtual environment under another name
            if looks_like_build(sub):
                warn(f"skipping {display(sub)}: it is a previous wasmlit build")
                continue
            keep_dirs.append(name)
        dirnames[:] = keep_dirs
        for name in sorted(filenames):
            rel = name if rel_dir == "." else f"{rel_dir}/{name}"
            if name.endswith(SKIPPED_SUFFIXES):
                continue
            if any(part.startswith(".") for part in rel.split("/")) and rel not in KEPT_HIDDEN:
                continue
            if not (here / name).is_file():
                warn(f"skipping {display(here / name)}: not a regular file (broken link?)")
                continue
            if looks_like_single_file(here / name):
                warn(f"skipping {display(here / name)}: it is a previous wasmlit single-file build")
                continue
            files.append(rel)
    _warn_unsupported(folder, warn)
    return AppFiles(folder=folder, entry=entry.name, files=tuple(sorted(files)))


def component_folders(app: AppFiles) -> list[str]:
    """Subfolders holding an index.html: custom component frontends that the
    bundle serves at components/<folder>/ (Note [Custom components] in
    components/v1.py)."""
    return sorted(
        {f.rsplit("/", 1)[0] for f in app.files if f.endswith("/index.html")}
    )


def copy_components(app: AppFiles, out: Path) -> int:
    """Copy every file under a component folder to out/<its path>; returns the count."""
    folders = component_folders(app)
    count = 0
    for rel in app.files:
        if rel.endswith(".py") or not any(rel.startswith(d + "/") for d in folders):
            continue
        dest = out / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(app.folder / rel, dest)
        count += 1
    return count


def _warn_unsupported(folder: Path, warn: Warn) -> None:
    """Files Streamlit would use that this version of wasmlit does not handle yet
    (requirements.txt is handled: Note [PyPI requirements] in requirements.py)."""


def parse_sources(app: AppFiles) -> dict[str, ast.Module]:
    """Parse every bundled .py file; raise one line per file with a syntax error."""
    trees: dict[str, ast.Module] = {}
    problems: list[str] = []
    for rel in app.python_files():
        path = app.folder / rel
        try:
            trees[rel] = _parse(path)
        except SyntaxError as e:
            problems.append(_syntax_line(path, e))
        except ValueError as e:  # e.g. "source code string cannot contain null bytes"
            problems.append(f"{display(path)}: SyntaxError: {e}")
    if problems:
        raise BuildError(*problems)
    return trees


def _parse(path: Path) -> ast.Module:
    source = path.read_bytes()
    if sys.version_info >= (3, 13):
        return ast.parse(source, str(path), feature_version=PYODIDE_PYTHON)
    return ast.parse(source, str(path))


def _syntax_line(path: Path, e: SyntaxError) -> str:
    where = display(path)
    if e.lineno is not None:
        where += f":{e.lineno}"
        if e.offset is not None:
            where += f":{e.offset}"
    line = f"{where}: {type(e).__name__}: {e.msg}"
    # See Note [Host Python vs Pyodide Python]; indentation is the same in both.
    if sys.version_info < PYODIDE_PYTHON and type(e) is SyntaxError:
        host = f"{sys.version_info.major}.{sys.version_info.minor}"
        line += (
            f" (checked with Python {host}; the app runs on Python 3.12 in Pyodide, "
            "so if this is 3.12-only syntax, run the build with Python 3.12+)"
        )
    return line
