"""Shared fixtures: the seed examples folder and a helper to run app source."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "py"))

EXAMPLES = ROOT.parent / "shared" / "examples"

# AppTest's default timeout (3 s, as Streamlit's) bounds a whole run; the first
# import of pandas and pyarrow in a process can take longer on a busy machine,
# and would then fail whichever test happens to pay for it. Pay once, here.
import pandas  # noqa: E402,F401
import pyarrow  # noqa: E402,F401


@pytest.fixture
def examples() -> Path:
    if not EXAMPLES.is_dir():
        pytest.fail(f"the seed examples are missing: expected them at {EXAMPLES}")
    return EXAMPLES
