"""STYLE rule 8: the runtime type-checks under `mypy --strict`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_runtime_passes_mypy_strict() -> None:
    pytest.importorskip("mypy", reason="mypy is installed by `pip install -e .[test]`")
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.12",
         "-p", "wasmlit", "--exclude", "wasmlit/demo/"],
        cwd=ROOT / "py", capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
