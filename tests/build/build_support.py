"""Helpers shared by the build tests (imported by conftest.py and the tests).

Note [Test helper imports]
~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/build is not a package (a `build` package would collide with the
checkout's build.py), so conftest.py puts this folder on sys.path and the
tests import this module by its unique name instead of `from conftest
import ...`, which breaks once other folders have their own conftest.py.
"""

from __future__ import annotations

import io
import os
import socket
import zipfile
from collections.abc import Callable
from pathlib import Path

from wasmlit.build import BuildOptions, BuildResult, build

ROOT = Path(__file__).resolve().parents[2]
NPM_PYODIDE = ROOT / "node_modules" / "pyodide"


def readable_bytes(out: Path) -> bytes:
    """Every byte a visitor can download from the bundle `out`, zip members
    decompressed: a secret absent from this is absent from the bundle."""
    chunks: list[bytes] = []
    for path in out.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            chunks.append(data)
            if path.suffix in (".zip", ".whl"):
                with zipfile.ZipFile(io.BytesIO(data)) as z:
                    chunks.extend(z.read(n) for n in z.namelist())
    return b"\n".join(chunks)


def shared_packages_dir() -> Path:
    env = os.environ.get("WASMLIT_PYODIDE_PACKAGES")
    return Path(env) if env else ROOT.parent / "shared" / "pyodide-0.27.7"


def closed_port_url() -> str:
    """A URL on 127.0.0.1 where nothing listens (connection refused at once)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


def fake_web_build(out: Path) -> list[str]:
    """Stands in for `node web/build.mjs`: the same output contract, instantly."""
    (out / "assets").mkdir()
    (out / "index.html").write_text('<div data-testid="stBootScreen"></div><div id="root"></div>')
    (out / "assets" / "app-TEST.js").write_text("console.log('app')")
    (out / "assets" / "worker-TEST.js").write_text("console.log('worker')")
    return ["index.html", "assets/app-TEST.js", "assets/worker-TEST.js"]


# make_app({"app.py": "...", "data/x.csv": b"..."}, entry="app.py") -> the entry script
MakeApp = Callable[..., Path]


class Builder:
    """Builds with the fake web step and records the warnings it printed."""

    def __init__(self, tmp_path: Path) -> None:
        self.default_out = tmp_path / "out"
        self.warnings: list[str] = []
        self.infos: list[str] = []

    def __call__(
        self, entry: Path, out: Path | None = None, packages: Path | None = None
    ) -> BuildResult:
        return build(
            BuildOptions(
                entry=entry,
                out=out or self.default_out,
                pyodide_packages=packages,
                warn=self.warnings.append,
                info=self.infos.append,
                web_build=fake_web_build,
                bytecode=False,  # tests/build/test_build_bytecode.py covers it
            )
        )
