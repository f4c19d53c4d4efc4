"""Copying a seed example's project folder for a test (examples under ../shared/examples/projects)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "shared" / "examples"


def copy_project(tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The project `name` copied under `tmp_path`, made the working directory (as `streamlit run` would)."""
    src = EXAMPLES / "projects" / name
    if not src.is_dir():
        pytest.skip(f"{src} is not available")
    dest = tmp_path / name
    shutil.copytree(src, dest)
    monkeypatch.chdir(dest)
    return dest
