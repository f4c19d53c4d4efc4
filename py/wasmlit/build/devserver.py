"""`wasmlit run APP.py`: build, serve on loopback, rerun the open page on save.

See Note [Run on save] in web/src/worker/dev.ts for the page's side. The
server is `wasmlit serve`'s with two additions: index.html carries a
`<meta name="wasmlit-dev">` tag (with the script's arguments, which become
sys.argv), and `/__wasmlit__/events` is a server-sent-events stream on which
each change in the app's folder arrives as one `change` event, the changed
files' contents in it (base64) and each deleted file as null (a rename is a
deletion and a new file). A watcher thread polls the folder (mtime and size,
every 0.3 s: no dependency, and editors that replace files are seen too).
`/__wasmlit__/git` answers the page's Deploy dialog (CHROME-09) with the
script's git facts, computed afresh on each request (Note [Git info] in
gitinfo.py).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from .appfiles import SKIPPED_DIRS, SKIPPED_SUFFIXES
from .errors import BuildError
from .gitinfo import git_info
from .serve import BundleRequestHandler, BundleServer

EVENTS_PATH = "/__wasmlit__/events"
GIT_PATH = "/__wasmlit__/git"
POLL_SECONDS = 0.3
MAX_FILE_BYTES = 8 * 1024 * 1024  # larger files need a rebuild (a restart of `wasmlit run`)


# The one hidden file watched: its [theme] applies at once (CHECKLIST CFG-05).
# secrets.toml is not: Streamlit reads it at start only (SEC-08).
LIVE_HIDDEN = ".streamlit/config.toml"


def watched_files(folder: Path) -> dict[str, tuple[float, int]]:
    """App-relative path -> (mtime, size) of the files a rebuild would ship."""
    found: dict[str, tuple[float, int]] = {}
    for path in folder.rglob("*"):
        rel = path.relative_to(folder)
        if any(p in SKIPPED_DIRS for p in rel.parts):
            continue
        if any(p.startswith(".") for p in rel.parts) and rel.as_posix() != LIVE_HIDDEN:
            continue
        if path.suffix in SKIPPED_SUFFIXES or not path.is_file():
            continue
        st = path.stat()
        found[rel.as_posix()] = (st.st_mtime, st.st_size)
    return found


class Changes:
    """The list of change events so far; request threads wait for new ones."""

    def __init__(self) -> None:
        self.events: list[str] = []
        self.cond = threading.Condition()

    def push(self, files: dict[str, bytes | None]) -> None:
        """One change: file contents, None for a deleted file."""
        data = json.dumps(
            {rel: None if b is None else base64.b64encode(b).decode("ascii") for rel, b in files.items()}
        )
        with self.cond:
            self.events.append(data)
            self.cond.notify_all()

    def wait_after(self, seen: int, timeout: float) -> list[str]:
        with self.cond:
            self.cond.wait_for(lambda: len(self.events) > seen, timeout=timeout)
            return self.events[seen:]


class Watcher(threading.Thread):
    """Polls the app's folder; each change goes to the open pages (run-on-save).

    `merged_config`, when given, makes the config.toml sent on a save the one
    the build would bundle: the project file merged with the global file,
    STREAMLIT_* variables and `--section.option` flags (Note [Config sources]
    in appconfig.py), so `wasmlit run --theme.base dark` stays dark after an
    edit. It returns None when nothing overrides the project file.
    """

    def __init__(
        self, folder: Path, changes: Changes, merged_config: Callable[[], bytes | None] | None = None
    ) -> None:
        super().__init__(daemon=True, name="wasmlit-watch")
        self.folder = folder
        self.changes = changes
        self.merged_config = merged_config
        self.stopped = threading.Event()
        self.state = watched_files(folder)

    def run(self) -> None:
        while not self.stopped.wait(POLL_SECONDS):
            self.poll()

    def poll(self) -> dict[str, bytes | None]:
        now = watched_files(self.folder)
        changed = sorted(rel for rel, sig in now.items() if self.state.get(rel) != sig)
        deleted = sorted(rel for rel in self.state if rel not in now)
        self.state = now
        files: dict[str, bytes | None] = {}
        for rel in changed:
            path = self.folder / rel
            try:
                if path.stat().st_size <= MAX_FILE_BYTES:
                    files[rel] = path.read_bytes()
            except OSError:  # gone again since the scan: the next poll sees it deleted
                self.state.pop(rel, None)
        for rel in deleted:
            files[rel] = None
        if files.get(LIVE_HIDDEN) is not None and self.merged_config is not None:
            try:
                merged = self.merged_config()
            except BuildError:
                merged = None  # a broken file goes as it is: the page says why it was not applied
            if merged is not None:
                files[LIVE_HIDDEN] = merged
        if files:
            self.changes.push(files)
            said = [rel for rel in files if files[rel] is not None]
            gone = [rel for rel in files if files[rel] is None]
            what = "; ".join(
                part for part in (
                    f"changed: {', '.join(said)}" if said else "",
                    f"deleted: {', '.join(gone)}" if gone else "",
                ) if part
            )
            print(f"wasmlit: {what}; rerunning the open page", flush=True)
        return files


class DevRequestHandler(BundleRequestHandler):
    dev_meta: ClassVar[str] = ""
    changes: ClassVar[Changes]
    script: ClassVar[Path | None] = None  # the app's entry script, for GIT_PATH
    script_shown: ClassVar[str] = ""  # ... as the user typed it (for `wasmlit build <it>`)

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path == EVENTS_PATH:
            self._events()
        elif path == GIT_PATH:
            self._git()
        elif path in ("/", "/index.html"):
            self._index()
        else:
            super().do_GET()

    def _index(self) -> None:
        text = (Path(self.directory) / "index.html").read_text(encoding="utf-8")
        body = text.replace("<head>", f"<head>\n    {self.dev_meta}", 1).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _git(self) -> None:
        info = git_info(self.script) if self.script is not None else None
        body = json.dumps({"script": self.script_shown, "git": info.to_json() if info else None}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _events(self) -> None:
        seen = len(self.changes.events)  # only what changes from now on (before the client hears back)
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        try:
            while True:
                new = self.changes.wait_after(seen, timeout=15)
                seen += len(new)
                out = "".join(f"event: change\ndata: {e}\n\n" for e in new) or ": keep-alive\n\n"
                self.wfile.write(out.encode())
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            return


def make_dev_server(
    directory: Path, host: str, port: int, argv: list[str], changes: Changes,
    script: Path | None = None, script_shown: str = "",
) -> BundleServer:
    """A `wasmlit serve` server for `directory` that also speaks Note [Run on save]
    and, given the app's `script`, answers GIT_PATH."""
    from functools import partial

    from .serve import make_server

    server = make_server(directory, host, port)
    meta = f'<meta name="wasmlit-dev" content="{html.escape(json.dumps({"argv": argv}))}">'
    handler = type(
        "BoundDevRequestHandler",
        (DevRequestHandler,),
        {"dev_meta": meta, "changes": changes, "script": script, "script_shown": script_shown},
    )
    server.RequestHandlerClass = partial(handler, directory=str(directory.resolve()))
    return server


def run_out_dir(cache: Path, entry: Path) -> Path:
    """Where `wasmlit run` builds an app: one folder per app path, in the user cache."""
    key = hashlib.sha256(str(entry.resolve()).encode()).hexdigest()[:16]
    return cache / "run" / key


def serve_until_interrupted(server: BundleServer, watcher: Watcher) -> None:
    watcher.start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("Stopped.")
    finally:
        watcher.stopped.set()
        server.server_close()
