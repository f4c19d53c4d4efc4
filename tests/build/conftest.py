"""Fixtures for the build tests: small apps on disk, a fake web step, no network.

Every test runs with an empty user cache, no WASMLIT_PYODIDE_PACKAGES, and the
CDN pointed at a closed local port, so nothing can reach the internet and
nothing depends on the machine's cache.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

_HERE = Path(__file__).resolve().parent
for _p in (_HERE.parents[1] / "py", _HERE):  # see Note [Test helper imports]
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

from build_support import Builder, MakeApp, closed_port_url, shared_packages_dir  # noqa: E402

_SHARED = shared_packages_dir()


@pytest.fixture(autouse=True)
def offline_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache_home = tmp_path / "xdg-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home))
    monkeypatch.delenv("WASMLIT_PYODIDE_PACKAGES", raising=False)
    monkeypatch.setenv("WASMLIT_PYODIDE_CDN", closed_port_url())
    monkeypatch.setenv("WASMLIT_DOWNLOAD_TIMEOUT", "5")
    # No ~/.streamlit/ files or STREAMLIT_* variables of the machine's (Note [Config sources]).
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name in [n for n in os.environ if n.startswith("STREAMLIT_")]:
        monkeypatch.delenv(name)
    return cache_home


@pytest.fixture
def shared_packages() -> Path:
    """The offline copy of the Pyodide package files (skips when absent)."""
    if not (_SHARED / "pandas-2.2.3-cp312-cp312-pyodide_2024_0_wasm32.whl").is_file():
        pytest.skip(f"Pyodide package files not found at {_SHARED}")
    return _SHARED


@pytest.fixture
def make_app(tmp_path: Path) -> MakeApp:
    def make(files: dict[str, str | bytes], entry: str = "app.py", folder: str = "myapp") -> Path:
        root = tmp_path / folder
        for rel, content in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content)
        return root / entry

    return make


@pytest.fixture
def build_app(tmp_path: Path) -> Builder:
    return Builder(tmp_path)
