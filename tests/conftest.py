"""Shared fixtures: the seed examples folder and a helper to run app source."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "py"))

EXAMPLES = ROOT.parent / "shared" / "examples"


@pytest.fixture
def examples() -> Path:
    if not EXAMPLES.is_dir():
        pytest.fail(f"the seed examples are missing: expected them at {EXAMPLES}")
    return EXAMPLES
