// `wasmlit run` (py/wasmlit/build/devserver.py), the worker's side.
//
// Note [Run on save]
// ~~~~~~~~~~~~~~~~~~
// The dev server watches the app's folder and sends each changed file to the
// page (server-sent events); the page hands them to the worker
// (`{type: "dev-files", files}`), which writes them into the app folder of
// Pyodide's file system (a file given as null was deleted or renamed: it is
// removed, with a folder it leaves empty, so a deleted page leaves the nav and
// an import of a deleted module fails instead of running stale code) and
// forgets the app's own imported modules. With run-on-save on
// (server.runOnSave, or "Always rerun") the page then reruns with its current
// widget values; otherwise it says "File change." and the next run of any kind
// uses the new files (web/src/app/dev.ts). The session, its state and its
// caches stay, as with Streamlit's run-on-save. When the page will not rerun
// (`rerun: false`), a pages/ app's sidebar still follows its folder at once
// (wasmlit.pages.pages_changed), as Streamlit's pages watcher does (MPA-36).
// A changed .streamlit/config.toml re-sends its [theme] at once (CFG-05;
// wasmlit.worker.entry.reload_theme); its other options wait for a restart.
// `{type: "dev", argv}` (sent once, before boot ends) sets sys.argv to the
// script and the arguments given after `--`, as `streamlit run` does.

import type { PyodideInterface } from "pyodide";

let argv: string[] | null = null;
let py: PyodideInterface | null = null;
let appDir = "";

function isStrings(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((v) => typeof v === "string");
}

function decode(b64: string): Uint8Array {
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

/** Removes a deleted file, then each folder above it left with nothing but __pycache__. */
function remove(pyodide: PyodideInterface, path: string): void {
  const fs = pyodide.FS;
  try {
    fs.unlink(path);
  } catch {
    return; // never there (too big to send, say)
  }
  for (let dir = path.slice(0, path.lastIndexOf("/")); dir.length > appDir.length; dir = dir.slice(0, dir.lastIndexOf("/"))) {
    // Cast: Emscripten's FS.readdir returns the entry names.
    const names = (fs.readdir(dir) as string[]).filter((n) => n !== "." && n !== "..");
    if (names.some((n) => n !== "__pycache__")) return;
    if (names.length > 0) {
      const cache = `${dir}/__pycache__`;
      for (const n of (fs.readdir(cache) as string[])) if (n !== "." && n !== "..") fs.unlink(`${cache}/${n}`);
      fs.rmdir(cache);
    }
    fs.rmdir(dir);
  }
}

/** Handles a dev message; false when `data` is not one. */
export function takeDevMessage(data: unknown): boolean {
  if (typeof data !== "object" || data === null) return false;
  // Cast: reading two properties, checked below.
  const { type, argv: args, files, rerun } = data as { type?: unknown; argv?: unknown; files?: unknown; rerun?: unknown };
  if (type === "dev" && isStrings(args)) {
    argv = args;
    return true;
  }
  if (type === "dev-files" && typeof files === "object" && files !== null) {
    if (py === null) return true; // Still booting: the boot unpacks the newest zip anyway.
    for (const [rel, b64] of Object.entries(files)) {
      if (rel.split("/").includes("..")) continue;
      const path = `${appDir}/${rel}`;
      if (b64 === null) {
        remove(py, path);
        continue;
      }
      if (typeof b64 !== "string") continue;
      py.FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
      py.FS.writeFile(path, decode(b64));
    }
    if (".streamlit/config.toml" in files) {
      // Cast: a Python function of wasmlit.worker.entry, called with no arguments.
      (py.pyimport("wasmlit.worker.entry") as unknown as { reload_theme(): void }).reload_theme();
    }
    py.runPython(
      `import importlib, sys\n` +
        `for _n, _m in list(sys.modules.items()):\n` +
        `    if (getattr(_m, "__file__", None) or "").startswith(${JSON.stringify(appDir + "/")}):\n` +
        `        del sys.modules[_n]\n` +
        `importlib.invalidate_caches()\n`,
    );
    if (rerun === false) {
      // Cast: a Python function of wasmlit.worker.entry, called with no arguments.
      (py.pyimport("wasmlit.worker.entry") as unknown as { files_saved(): void }).files_saved();
    }
    return true;
  }
  return false;
}

/** Called once the app is unpacked, before its first run. */
export function attachDev(pyodide: PyodideInterface, dir: string, entry: string): void {
  py = pyodide;
  appDir = dir;
  if (argv !== null) {
    const sys = pyodide.pyimport("sys");
    sys.argv = pyodide.toPy([`${dir}/${entry}`, ...argv]);
  }
}
