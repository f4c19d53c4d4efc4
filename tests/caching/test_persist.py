"""persist="disk": entries that survive a restart of the runtime (in the browser: a reload)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wasmlit.caching import cache, storage
from wasmlit.testing import AppTest

APP = """
import streamlit as st
import pathlib
COUNTER = pathlib.Path(%(counter)r)

@st.cache_data(persist="disk"%(extra)s)
def slow_square(x):
    COUNTER.write_text(str(int(COUNTER.read_text() or 0) + 1))
    st.info("computed")
    return %(body)s

st.text(str(slow_square(7)))
"""


def _app(tmp_path: Path, *, extra: str = "", body: str = "x * x") -> str:
    counter = tmp_path / "counter.txt"
    if not counter.exists():
        counter.write_text("")
    return APP % {"counter": str(counter), "extra": extra, "body": body}


def _count(tmp_path: Path) -> int:
    return int((tmp_path / "counter.txt").read_text() or 0)


def _restart() -> None:
    """A new runtime (a page reload in the browser): the memory caches are gone."""
    cache._caches.clear()


def test_persisted_entry_is_a_file_under_the_streamlit_cache_folder(tmp_path: Path) -> None:
    AppTest.from_string(_app(tmp_path)).run()
    folder = Path(os.path.expanduser("~")) / ".streamlit" / "cache"
    assert folder == Path(storage.cache_folder())
    files = os.listdir(folder)
    assert len(files) == 1 and files[0].endswith(".memo")


def test_persisted_entry_is_served_after_a_restart_without_recomputing(tmp_path: Path) -> None:
    at = AppTest.from_string(_app(tmp_path)).run()
    assert at.text[0].value == "49"
    _restart()
    at = AppTest.from_string(_app(tmp_path)).run()
    assert at.text[0].value == "49"
    assert at.info.values == ["computed"]  # the elements are replayed from disk too
    assert _count(tmp_path) == 1


def test_ttl_holds_across_a_restart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [5000.0]
    monkeypatch.setattr(storage, "now", lambda: clock[0])
    AppTest.from_string(_app(tmp_path, extra=", ttl='1h'")).run()
    _restart()
    clock[0] += 3599
    AppTest.from_string(_app(tmp_path, extra=", ttl='1h'")).run()
    assert _count(tmp_path) == 1
    _restart()
    clock[0] += 2
    AppTest.from_string(_app(tmp_path, extra=", ttl='1h'")).run()
    assert _count(tmp_path) == 2


def test_an_entry_of_an_older_source_is_never_served(tmp_path: Path) -> None:
    AppTest.from_string(_app(tmp_path)).run()
    _restart()
    at = AppTest.from_string(_app(tmp_path, body="x + 1")).run()
    assert at.text[0].value == "8"
    assert _count(tmp_path) == 2


def test_CACHE_28_clearing_removes_persisted_entries(tmp_path: Path) -> None:
    AppTest.from_string(_app(tmp_path)).run()
    cache.cache_data.clear()
    assert os.listdir(storage.cache_folder()) == []
    AppTest.from_string(_app(tmp_path)).run()
    assert _count(tmp_path) == 2


def test_unavailable_storage_keeps_entries_in_memory_with_one_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    (home / ".streamlit").write_text("not a folder")  # the cache folder cannot be made
    monkeypatch.setattr(storage, "_warned", False)
    at = AppTest.from_string(_app(tmp_path)).run()
    at.run()
    src2 = _app(tmp_path).replace("slow_square(7)", "slow_square(8)")
    AppTest.from_string(src2).run()
    assert not at.exception
    assert at.text[0].value == "49"
    assert _count(tmp_path) == 2  # 7 once (then from memory), 8 once
    assert capsys.readouterr().err.count("cache storage is unavailable") == 1


def test_CACHE_28_the_menus_clear_cache_empties_both_caches_and_the_disk(tmp_path: Path) -> None:
    """The page's ClearCache BackMsg (menu "Clear cache", the C key), then its rerun."""
    source = _app(tmp_path) + """
@st.cache_resource
def resource():
    st.session_state.resources = st.session_state.get("resources", 0) + 1
    return object()
resource()
"""
    at = AppTest.from_string(source).run()
    at.run()
    assert (_count(tmp_path), at.session_state["resources"]) == (1, 1)
    assert len(os.listdir(storage.cache_folder())) == 1
    at._session.receive('{"type": "clear_cache"}')
    assert os.listdir(storage.cache_folder()) == []
    at.run()
    assert (_count(tmp_path), at.session_state["resources"]) == (2, 2)
