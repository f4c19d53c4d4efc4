"""Where package files come from, and the sha256 check on every one of them."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from wasmlit.build.errors import BuildError
from wasmlit.build.fetch import Sources, fetch_into, sha256_of
from wasmlit.build.lock import LockPackage, PyodideLock

from build_support import NPM_PYODIDE, Builder, closed_port_url

SIX = "six-1.16.0-py2.py3-none-any.whl"


@pytest.fixture
def six(shared_packages: Path) -> LockPackage:
    lock = PyodideLock.load(NPM_PYODIDE / "pyodide-lock.json")
    return lock.packages["six"]


class Requests(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def cdn(tmp_path: Path) -> Iterator[tuple[str, Path, list[str]]]:
    """A local stand-in for the Pyodide CDN: (base URL, folder it serves, paths requested)."""
    served = tmp_path / "cdn"
    folder = served / "full"
    folder.mkdir(parents=True)
    requested: list[str] = []

    class Handler(Requests):
        def do_GET(self) -> None:
            requested.append(self.path)
            super().do_GET()

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(served)))
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/full/", folder, requested
    finally:
        server.shutdown()
        server.server_close()


def sources(tmp_path: Path, local: Path | None = None, cdn: str | None = None) -> Sources:
    return Sources(local, tmp_path / "cache", cdn or "http://127.0.0.1:9/", timeout=5)


def test_local_folder_file_is_copied_after_sha256_check(
    tmp_path: Path, six: LockPackage, shared_packages: Path
) -> None:
    dest = tmp_path / "dest"
    dest.mkdir()
    fetch_into(six, sources(tmp_path, shared_packages), dest, print)
    assert sha256_of(dest / SIX) == six.sha256


def test_corrupted_local_file_is_a_sha256_mismatch_error(
    tmp_path: Path, six: LockPackage, shared_packages: Path
) -> None:
    """A damaged copy in --pyodide-packages is reported, not silently replaced."""
    local = tmp_path / "pkgs"
    local.mkdir()
    data = bytearray((shared_packages / SIX).read_bytes())
    data[100] ^= 0xFF
    (local / SIX).write_bytes(bytes(data))
    dest = tmp_path / "dest"
    dest.mkdir()
    with pytest.raises(BuildError) as info:
        fetch_into(six, sources(tmp_path, local), dest, print)
    [line] = info.value.lines
    assert line.startswith(
        f"sha256 mismatch for {local / SIX}: pyodide-lock.json expects {six.sha256}"
    )
    assert not (dest / SIX).exists()


def test_download_goes_to_the_cache_and_the_cache_is_used_next_time(
    tmp_path: Path,
    six: LockPackage,
    shared_packages: Path,
    cdn: tuple[str, Path, list[str]],
) -> None:
    base, folder, requested = cdn
    shutil.copy(shared_packages / SIX, folder / SIX)
    src = sources(tmp_path, cdn=base)
    infos: list[str] = []
    for attempt in ("first", "second"):
        dest = tmp_path / attempt
        dest.mkdir()
        fetch_into(six, src, dest, print, infos.append)
        assert sha256_of(dest / SIX) == six.sha256
    assert requested == [f"/full/{SIX}"]  # the second build was served from the cache
    assert infos == [f"downloading {base}{SIX}"]
    assert sha256_of(src.cache / SIX) == six.sha256


def test_download_with_wrong_content_is_an_error_and_is_not_cached(
    tmp_path: Path, six: LockPackage, cdn: tuple[str, Path, list[str]]
) -> None:
    base, folder, _ = cdn
    (folder / SIX).write_bytes(b"not a wheel")
    src = sources(tmp_path, cdn=base)
    dest = tmp_path / "dest"
    dest.mkdir()
    with pytest.raises(BuildError, match=rf"sha256 mismatch for {base}{SIX}"):
        fetch_into(six, src, dest, print)
    assert list(src.cache.iterdir()) == []


def test_corrupt_cache_file_is_downloaded_again(
    tmp_path: Path,
    six: LockPackage,
    shared_packages: Path,
    cdn: tuple[str, Path, list[str]],
) -> None:
    base, folder, requested = cdn
    shutil.copy(shared_packages / SIX, folder / SIX)
    src = sources(tmp_path, cdn=base)
    src.cache.mkdir()
    (src.cache / SIX).write_bytes(b"half a download")
    warnings: list[str] = []
    dest = tmp_path / "dest"
    dest.mkdir()
    fetch_into(six, src, dest, warnings.append)
    assert requested == [f"/full/{SIX}"]
    assert sha256_of(dest / SIX) == six.sha256
    assert "corrupt" in warnings[0]


def test_unreachable_cdn_says_to_pass_pyodide_packages(tmp_path: Path, six: LockPackage) -> None:
    dest = tmp_path / "dest"
    dest.mkdir()
    with pytest.raises(BuildError) as info:
        fetch_into(six, sources(tmp_path, local=tmp_path), dest, print)
    [line] = info.value.lines
    assert line.startswith(f"package file {SIX} (for six) is not in {tmp_path}, the cache")
    assert "failed (" in line and "--pyodide-packages DIR" in line
    assert "WASMLIT_PYODIDE_PACKAGES" in line


def test_missing_file_on_the_cdn_reports_the_http_status(
    tmp_path: Path, six: LockPackage, cdn: tuple[str, Path, list[str]]
) -> None:
    dest = tmp_path / "dest"
    dest.mkdir()
    with pytest.raises(BuildError, match=r"failed \(HTTP 404"):
        fetch_into(six, sources(tmp_path, cdn=cdn[0]), dest, print)


def test_bad_download_timeout_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WASMLIT_DOWNLOAD_TIMEOUT", "soon")
    with pytest.raises(BuildError, match="must be a number of seconds"):
        Sources.from_env(None, tmp_path)


def test_cdn_and_packages_folder_come_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WASMLIT_PYODIDE_PACKAGES", str(tmp_path))
    monkeypatch.setenv("WASMLIT_PYODIDE_CDN", "http://127.0.0.1:1/x")
    src = Sources.from_env(None, tmp_path / "cache")
    assert (src.local, src.cdn) == (tmp_path, "http://127.0.0.1:1/x/")
    assert Sources.from_env(tmp_path / "cli", tmp_path).local == tmp_path / "cli"
    monkeypatch.delenv("WASMLIT_PYODIDE_CDN")
    assert Sources.from_env(None, tmp_path).cdn == "https://cdn.jsdelivr.net/pyodide/v0.27.7/full/"


def test_build_downloads_missing_packages_into_the_user_cache_then_works_offline(
    tmp_path: Path,
    shared_packages: Path,
    cdn: tuple[str, Path, list[str]],
    offline_env: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No --pyodide-packages: the first build downloads (CDN), the next uses the cache."""
    base, folder, requested = cdn
    shutil.copy(shared_packages / SIX, folder / SIX)
    entry = tmp_path / "app" / "app.py"
    entry.parent.mkdir()
    entry.write_text("import six\n")
    monkeypatch.setenv("WASMLIT_PYODIDE_CDN", base)
    first = Builder(tmp_path)(entry)
    assert first.manifest["packages"] == ["six"]
    assert (offline_env / "wasmlit" / "pyodide-0.27.7" / SIX).is_file()
    monkeypatch.setenv("WASMLIT_PYODIDE_CDN", closed_port_url())
    second = Builder(tmp_path)(entry, out=tmp_path / "again")
    assert second.manifest["files"][f"pyodide/{SIX}"] == first.manifest["files"][f"pyodide/{SIX}"]
    assert requested == [f"/full/{SIX}"]
