"""wasmlit's benchmarks: wasmlit beside bare Pyodide and a Streamlit server, in one run.

    python bench/run.py                 # everything (a few minutes)
    python bench/run.py --quick         # one iteration of each: a smoke run
    python bench/run.py --only startup  # the benchmarks whose name contains "startup"

What it does, in order: builds the apps under bench/apps/ with `wasmlit build`
into bench/.work/site/, writes the bare-Pyodide floor page beside them, serves
that folder on loopback (counting the bytes it sends), starts a Streamlit
server per app from a virtual environment it creates in bench/.venv-streamlit
(PyPI's streamlit, pinned; never on wasmlit's path, so it cannot shadow
wasmlit's `streamlit` alias), and pipes a plan to bench/measure.mjs, which
drives headless Chromium and measures inside the page. It prints a table and
JSON, and saves the JSON under bench/results/.

Figures are min / median / max over the measured runs (after warm-up runs).
Absolute times drift between runs on a shared machine, so each comparison is a
ratio of medians measured in the same run: wasmlit / floor for start-up,
wasmlit / Streamlit for reruns, interrupts and data.

Caching (CHECKLIST CACHE-33, bench/apps/cache): the time st.cache_data and
st.cache_resource take, measured by the script itself, on a 1M × 4 DataFrame:
a miss (after clearing the caches) and a hit (the next run).

Data (issue #6, bench/apps/data): for 10k, 100k and 1M rows × 10 float
columns, the time from the script's `st.dataframe(df)` call (stamped with the
wall clock, which the page reads too) to the paint after the grid's first
cells are in the DOM, each sample starting from a run without the frame; then
the main thread's JS heap plus ArrayBuffer backing stores (after a GC, CDP
Runtime.getHeapUsage) while the 1M-row frame is shown.

Note [What the floor is]
~~~~~~~~~~~~~~~~~~~~~~~~
The floor for start-up is the least a page can do: a module worker that calls
loadPyodide on the same Pyodide files, served by the same server, then (for
the pandas app) loads and imports pandas, and runs 1+1 (pandas alone: wasmlit
writes Arrow IPC without pyarrow for such a frame); the page then writes one
heading. Whatever wasmlit adds beyond that (its page script,
the manifest, sha256 checks, the runtime, the first run, rendering) is the
difference the ratio shows.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(REPO / "py"))
sys.path.insert(0, str(BENCH))

from report import TARGETS, main_js_gzip, markdown, print_table, summarize  # noqa: E402

from wasmlit.build.serve import BundleRequestHandler  # noqa: E402

WORK = BENCH / ".work"
SITE = WORK / "site"
RESULTS = BENCH / "results"
STREAMLIT_VENV = BENCH / ".venv-streamlit"
STREAMLIT_PIN = "streamlit==1.67.0"
NPM_PYODIDE = REPO / "node_modules" / "pyodide"
DEFAULT_PACKAGES = REPO.parent / "shared" / "pyodide-0.27.7"

# The apps, one folder each under bench/apps/ (a build bundles its whole
# folder, and scans every script in it for imports), each an app.py.
APPS = ("hello", "pandas", "counter", "echo", "many", "loop", "data", "cache")
# Bundles built with other build options, to show what an optimization buys:
# (bundle name, app, extra `wasmlit build` arguments).
VARIANTS = (("hello_src", "hello", ("--no-bytecode",)),)

HELLO_MARK = "Hello from the bench"
PANDAS_MARK = "Frame shown = [1000]"

# ------------------------------------------------------------------ building


def build_apps(packages: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO / "py")}
    for name, app, extra in [(a, a, ()) for a in APPS] + list(VARIANTS):
        print(f"bench: building {name}", file=sys.stderr)
        proc = subprocess.run(
            [sys.executable, "-m", "wasmlit.cli", "build", str(BENCH / "apps" / app / "app.py"),
             "--out", str(SITE / name), "--pyodide-packages", str(packages), *extra],
            env=env, capture_output=True, text=True,
        )
        if proc.returncode != 0:
            raise SystemExit(f"bench: building {name} failed:\n{proc.stderr}")


def write_floor(packages: Path) -> None:
    """The bare-Pyodide page (Note [What the floor is]): core files from npm, wheels from `packages`."""
    floor = SITE / "floor"
    if floor.exists():
        shutil.rmtree(floor)
    (floor / "pyodide").mkdir(parents=True)
    for name in ("index.html", "floor.mjs"):
        shutil.copy(BENCH / "floor" / name, floor / name)
    for name in ("pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"):
        (floor / "pyodide" / name).symlink_to(NPM_PYODIDE / name)
    for wheel in packages.iterdir():
        link = floor / "pyodide" / wheel.name
        if wheel.is_file() and not link.exists():
            link.symlink_to(wheel.resolve())


# ------------------------------------------------------------------- serving


class CountingHandler(BundleRequestHandler):
    """Serves the site and counts what it sends: raw bytes, and what gzip would make of them."""

    counter: dict[str, int] = {"bytes": 0, "gzip": 0}
    gzip_sizes: dict[str, int] = {}
    lock = threading.Lock()

    def do_GET(self) -> None:
        if self.path.startswith("/__bench/bytes"):
            with self.lock:
                body = json.dumps(self.counter).encode()
                self.counter.update(bytes=0, gzip=0)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def send_header(self, keyword: str, value: str) -> None:
        if keyword.lower() == "content-length":
            path = self.translate_path(self.path)
            with self.lock:
                self.counter["bytes"] += int(value)
                self.counter["gzip"] += self._gzip_size(path, int(value))
        super().send_header(keyword, value)

    def _gzip_size(self, path: str, raw: int) -> int:
        if path not in self.gzip_sizes:
            try:
                self.gzip_sizes[path] = len(gzip.compress(Path(path).read_bytes(), 6))
            except OSError:
                self.gzip_sizes[path] = raw
        return self.gzip_sizes[path]

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve_site() -> Iterator[str]:
    handler = lambda *a, **kw: CountingHandler(*a, directory=str(SITE), **kw)  # noqa: E731
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


def streamlit_bin() -> Path:
    exe = STREAMLIT_VENV / "bin" / "streamlit"
    if not exe.exists():
        print(f"bench: creating {STREAMLIT_VENV.relative_to(REPO)} with {STREAMLIT_PIN}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(STREAMLIT_VENV)], check=True)
        subprocess.run([str(STREAMLIT_VENV / "bin" / "pip"), "install", "-q", STREAMLIT_PIN], check=True)
    return exe


@contextmanager
def streamlit_server(app: str, port: int) -> Iterator[str]:
    """`streamlit run` on loopback; yields its URL once /_stcore/health answers."""
    proc = subprocess.Popen(
        [str(streamlit_bin()), "run", str(BENCH / "apps" / app / "app.py"),
         "--server.headless", "true", "--server.address", "127.0.0.1", "--server.port", str(port),
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
         "--global.developmentMode", "false"],
        cwd=BENCH / "apps" / app, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "_stcore/health", timeout=2) as resp:
                    if resp.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                err = proc.stderr.read().decode() if proc.stderr else ""
                raise RuntimeError(f"streamlit did not start for {app}:\n{err}")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# ------------------------------------------------------------------ measuring


def measure(chromium: str, tasks: list[dict[str, Any]]) -> dict[str, Any]:
    plan = json.dumps({"chromium": chromium, "tasks": tasks})
    out = subprocess.run(
        ["node", str(BENCH / "measure.mjs")], input=plan.encode(), cwd=REPO,
        stdout=subprocess.PIPE, check=True,
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def startup_task(name: str, url: str, marker: str, base: str, runs: int, warmup: int) -> dict[str, Any]:
    return {"kind": "startup", "name": name, "url": url, "marker": marker,
            "bytes_url": base + "__bench/bytes", "runs": runs, "warmup": warmup}


DATA_SIZES = ["10k", "100k", "1M"]


def data_task(name: str, url: str, cell: str, runs: int, warmup: int) -> dict[str, Any]:
    """st.dataframe call → grid paint per size, then the main thread's heap (bench/apps/data).

    `cell`: what shows that the grid has drawn its rows, inside stDataFrame: a
    gridcell of wasmlit's DOM grid, the canvas of Streamlit's Glide grid.
    """
    return {"kind": "data", "name": name, "url": url, "cell": cell, "sizes": DATA_SIZES,
            "runs": runs, "warmup": warmup}


def cache_task(name: str, url: str, runs: int, warmup: int) -> dict[str, Any]:
    """CHECKLIST CACHE-33: cache_data/cache_resource miss and hit on a 1M × 4 frame (bench/apps/cache)."""
    return {"kind": "cache", "name": name, "url": url, "runs": runs, "warmup": warmup}


def interaction_tasks(base: str, runs: int, warmup: int) -> list[tuple[str, dict[str, Any]]]:
    """(app, task) for the rerun and interrupt benchmarks; url is filled in per system."""
    return [
        ("counter", {"kind": "click", "name": "rerun_counter", "button": "Increment",
                        "prefix": "Count = [", "ready": "Count = [0]", "runs": runs, "warmup": warmup}),
        ("echo", {"kind": "type", "name": "rerun_echo", "prefix": "Echo = [", "ready": "Echo = []",
                     "runs": runs, "warmup": warmup}),
        ("many", {"kind": "click", "name": "rerun_200_elements", "button": "Increment",
                     "prefix": "row 198 = [", "ready": "row 198 = [0]", "runs": runs, "warmup": warmup}),
        ("loop", {"kind": "click", "name": "interrupt_loop", "button": "Interrupt",
                     "prefix": "Run = [", "ready": "Run = [1]", "runs": max(1, runs // 2), "warmup": warmup}),
    ]


# ---------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="one run of each, no warm-up (a smoke run)")
    ap.add_argument("--only", default="", help="run only benchmarks whose name contains this")
    ap.add_argument("--no-streamlit", action="store_true", help="skip the Streamlit server baselines")
    ap.add_argument("--no-build", action="store_true", help="reuse the bundles in bench/.work/site")
    ap.add_argument("--markdown", type=Path, metavar="RESULT.json",
                    help="print the README's performance table for a saved result, and exit")
    ap.add_argument("--chromium", default=os.environ.get("WASMLIT_CHROMIUM", "/usr/bin/chromium"))
    ap.add_argument("--pyodide-packages", type=Path,
                    default=Path(os.environ.get("WASMLIT_PYODIDE_PACKAGES", DEFAULT_PACKAGES)))
    args = ap.parse_args(argv)
    if args.markdown:
        print(markdown(json.loads(args.markdown.read_text())))
        return 0

    startup_runs, startup_warm = (1, 0) if args.quick else (7, 1)
    click_runs, click_warm = (2, 1) if args.quick else (30, 3)
    data_runs = (1, 0) if args.quick else (5, 1)

    if not args.no_build:
        build_apps(args.pyodide_packages)
    write_floor(args.pyodide_packages)
    want = lambda name: args.only in name  # noqa: E731

    raw: dict[str, Any] = {"results": {}}
    with serve_site() as base:
        tasks = [
            startup_task("startup_floor", f"{base}floor/?marker=Floor+reached", "Floor reached 2",
                         base, startup_runs, startup_warm),
            startup_task("startup_hello", f"{base}hello/", HELLO_MARK, base, startup_runs, startup_warm),
            startup_task("startup_hello_src", f"{base}hello_src/", HELLO_MARK, base, startup_runs, startup_warm),
            startup_task("startup_floor_pandas", f"{base}floor/?packages=pandas&marker=Floor+reached",
                         "Floor reached 2", base, startup_runs, startup_warm),
            startup_task("startup_pandas", f"{base}pandas/", PANDAS_MARK, base, startup_runs, startup_warm),
        ]
        for app, task in interaction_tasks(base, click_runs, click_warm):
            tasks.append({**task, "url": f"{base}{app}/"})
        tasks.append(data_task("data_dataframe", f"{base}data/", '[role="gridcell"]', *data_runs))
        tasks.append(cache_task("cache_overhead", f"{base}cache/", *data_runs))
        tasks = [t for t in tasks if want(t["name"])]
        if tasks:
            raw = measure(args.chromium, tasks)

    has_streamlit = not args.no_streamlit
    if has_streamlit:
        for i, (app, task) in enumerate(interaction_tasks("", click_runs, click_warm)):
            name = f"{task['name']}_streamlit"
            if not want(name):
                continue
            with streamlit_server(app, 8611 + i) as url:
                got = measure(args.chromium, [{**task, "name": name, "url": url}])
            raw["results"].update(got["results"])
            raw.setdefault("browser", got["browser"])
        if want("cache_overhead_streamlit"):
            with streamlit_server("cache", 8621) as url:
                got = measure(args.chromium, [cache_task("cache_overhead_streamlit", url, *data_runs)])
            raw["results"].update(got["results"])
            raw.setdefault("browser", got["browser"])
        if want("data_dataframe_streamlit"):
            with streamlit_server("data", 8620) as url:
                got = measure(args.chromium, [data_task("data_dataframe_streamlit", url, "canvas", *data_runs)])
            raw["results"].update(got["results"])
            raw.setdefault("browser", got["browser"])

    skipped: dict[str, str] = {}

    summary = summarize(raw, has_streamlit)
    extra: dict[str, Any] = {}
    if "rerun_counter" in summary["figures"]:
        extra["rerun_counter median ms"] = round(summary["figures"]["rerun_counter"]["median"], 1)
    if (SITE / "hello" / "index.html").exists():
        extra["main-thread JS gzip KB"] = round(main_js_gzip(SITE / "hello") / 1024, 1)
    record = {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "quick": args.quick,
        "browser": raw.get("browser"),
        "machine": {"cpus": os.cpu_count(), "platform": sys.platform},
        **summary,
        "extra": extra,
        "skipped": skipped,
        "targets": TARGETS,
        "raw": raw["results"],
    }
    print_table(summary, extra)
    RESULTS.mkdir(exist_ok=True)
    stamp = record["when"].replace(":", "").replace("+0000", "Z")
    path = RESULTS / f"{stamp}{'-quick' if args.quick else ''}.json"
    path.write_text(json.dumps(record, indent=1) + "\n")
    print(json.dumps({k: record[k] for k in ("when", "browser", "figures", "ratios", "extra", "skipped")}))
    print(f"bench: saved {path.relative_to(REPO)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
