"""Every caching test starts with empty caches and its own ~/.streamlit/cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wasmlit.caching import cache


@pytest.fixture(autouse=True)
def _fresh_caches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    cache._caches.clear()
    yield
    cache._caches.clear()
