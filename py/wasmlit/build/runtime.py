"""The wasmlit runtime as it is shipped to the browser."""

from __future__ import annotations

from pathlib import Path

from .paths import package_dir
from .zips import write_hashed_zip

# Parts of the package that only the host (CPython) uses: the build itself,
# the CLI, the AppTest harness, the demo app (built separately) and codegen.
HOST_ONLY = frozenset({"build", "testing", "demo", "cli.py", "_codegen_ts.py"})


def runtime_entries(pkg: Path | None = None) -> list[tuple[str, Path]]:
    """`(wasmlit/..., file)` pairs for every file of the runtime package."""
    pkg = pkg or package_dir()
    entries: list[tuple[str, Path]] = []
    for path in sorted(pkg.rglob("*")):
        rel = path.relative_to(pkg)
        if not path.is_file() or rel.parts[0] in HOST_ONLY:
            continue
        if "__pycache__" in rel.parts or path.suffix in (".pyc", ".pyo"):
            continue
        if any(part.startswith(".") for part in rel.parts):  # editor/OS litter
            continue
        entries.append((f"wasmlit/{rel.as_posix()}", path))
    return entries


def write_runtime_zip(out: Path) -> str:
    """Write `out/runtime/wasmlit-<hash>.zip`; return its path relative to `out`."""
    return "runtime/" + write_hashed_zip(out / "runtime", "wasmlit", runtime_entries())
