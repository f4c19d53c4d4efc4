// The web worker: boots Pyodide from the bundle, installs the runtime and the
// app, and shuttles messages between the page and Python.
//
// Page -> worker:  {type: "init", base}  once, then BackMsgs as JSON text, or
//                  {json, buffers} when one carries bytes.
// Worker -> page:  ForwardMsgs as UTF-8 JSON in a transferred Uint8Array, or
//                  {json, buffers} when one carries bytes (Note [Bulk bytes]
//                  in protocol.py).

import { loadPyodide, type PyodideInterface } from "pyodide";
import type { BootStage, ForwardMsg } from "../protocol.gen";
import { Bridge, type EntryModule } from "./bridge";
import { BootError, download, installFetchShim, SERVE_HINT, verify } from "./fetcher";
import { decrypt, deriveKey, isWrongKey } from "./decrypt";
import { ManifestError, parseManifest, type Manifest } from "./manifest";
import { installEmbedded, isAssets } from "./embedded";
import { attachDev, takeDevMessage } from "./dev";
import { PersistedCache } from "./persist";

/** What this worker's global scope offers (the DOM lib types `self` as Window). */
interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((ev: MessageEvent<unknown>) => void) | null;
}
// Cast: this file only ever runs as a dedicated worker; see WorkerScope.
const scope = self as unknown as WorkerScope;

const SITE_PACKAGES = "/lib/python3.12/site-packages";
const APP_DIR = "/home/pyodide/app";

const encoder = new TextEncoder();

function postBytes(bytes: Uint8Array, buffers: Uint8Array[] = []): void {
  if (buffers.length === 0) scope.postMessage(bytes, [bytes.buffer]);
  else scope.postMessage({ json: bytes, buffers }, [bytes.buffer, ...buffers.map((b) => b.buffer)]);
}

function send(msg: ForwardMsg): void {
  postBytes(encoder.encode(JSON.stringify(msg)));
}

function boot(stage: BootStage, detail: string): void {
  send({ type: "boot", stage, detail });
}

function fatal(message: string, detail: string): void {
  send({ type: "fatal", message, detail });
}

function describe(err: unknown): { message: string; detail: string } {
  if (err instanceof BootError) return { message: err.message, detail: err.detail };
  if (err instanceof ManifestError) {
    return { message: `${err.message}. Rebuild the bundle with \`wasmlit build\`.`, detail: "" };
  }
  const e = err instanceof Error ? err : new Error(String(err));
  return { message: `The app could not start: ${e.message.split("\n").slice(-2).join(" ").trim()}`, detail: e.stack ?? String(e) };
}

const mb = (n: number): string => (n / 1048576).toFixed(1);

// ----------------------------------------------------------------- messages

const bridge = new Bridge(postBytes, (err) => {
  const { message, detail } = describe(err);
  console.error("wasmlit: the runtime failed", err);
  fatal(message, detail);
});
let started = false;

function isBulk(data: unknown): data is { json: string; buffers: Uint8Array[] } {
  if (typeof data !== "object" || data === null) return false;
  // Cast: only reading two properties of an object, checked next.
  const { json, buffers } = data as { json?: unknown; buffers?: unknown };
  return typeof json === "string" && Array.isArray(buffers) && buffers.every((b) => b instanceof Uint8Array);
}

/** Set while the page is asked for the password (Note [Encrypted bundles]). */
let passwordWaiter: ((password: string) => void) | null = null;

function takeUnlock(text: string): boolean {
  if (passwordWaiter === null || !text.includes('"unlock"')) return false;
  const msg: unknown = JSON.parse(text);
  // Cast: only reading two properties of an object, checked next.
  const { type, password } = (typeof msg === "object" && msg !== null ? msg : {}) as { type?: unknown; password?: unknown };
  if (type !== "unlock" || typeof password !== "string") return false;
  const resolve = passwordWaiter;
  passwordWaiter = null;
  resolve(password);
  return true;
}

scope.onmessage = (ev: MessageEvent<unknown>) => {
  const data = ev.data;
  if (typeof data === "string" && takeUnlock(data)) return;
  if (takeDevMessage(data)) return; // Note [Run on save] in dev.ts
  if (typeof data === "string") {
    bridge.receive({ text: data, buffers: [] }); // Queued by the bridge until Python has started.
    return;
  }
  if (isBulk(data)) {
    bridge.receive({ text: data.json, buffers: data.buffers });
    return;
  }
  if (typeof data === "object" && data !== null && (data as { type?: unknown }).type === "init") {
    // Cast: checked just above that `type` is "init"; `base` is checked next.
    const base = (data as { base?: unknown }).base;
    if (started || typeof base !== "string") return;
    started = true;
    // Cast as above; isAssets checks it. Note [Single-file bundle] in embedded.ts.
    const assets = (data as { assets?: unknown }).assets;
    if (assets !== undefined && isAssets(assets)) installEmbedded(base, assets);
    start(base).catch((err: unknown) => {
      const { message, detail } = describe(err);
      console.error("wasmlit: boot failed", err);
      fatal(message, detail);
    });
  }
};

// --------------------------------------------------------------------- boot

async function fetchManifest(base: string): Promise<Manifest> {
  boot("download", "manifest.json");
  const url = new URL("manifest.json", base).href;
  let resp: Response;
  try {
    resp = await fetch(url, { cache: "no-cache" });
  } catch (err) {
    throw new BootError(`Could not download manifest.json (network error). ${SERVE_HINT}`, String(err));
  }
  if (!resp.ok) {
    throw new BootError(
      `Could not download manifest.json (${resp.status}): this folder is not a wasmlit bundle, or it was ` +
        "only partly uploaded. Build one with `wasmlit build app.py --out DIR`. " +
        SERVE_HINT,
      url,
    );
  }
  let raw: unknown;
  try {
    raw = await resp.json();
  } catch (err) {
    throw new ManifestError(`manifest.json is not valid JSON (${String(err)})`);
  }
  return parseManifest(raw);
}

const CORE_FILES = ["pyodide.asm.wasm", "pyodide.asm.js", "python_stdlib.zip", "pyodide-lock.json"] as const;

/**
 * Note [Package prefetch]
 * ~~~~~~~~~~~~~~~~~~~~~~~
 * The package files the build put in the bundle (everything under the
 * Pyodide folder but the core) download together with the core, so the boot
 * screen's byte count covers them and they arrive while Python starts; the
 * fetch shim then hands them to loadPackage (see Note [Fetch shim]). They are
 * checked against the manifest's sha256 like every other file.
 */
function packageFiles(m: Manifest): string[] {
  const idx = m.pyodide_index;
  const core = new Set<string>(CORE_FILES.map((f) => `${idx}${f}`));
  const later = deferred(m).map((name) => `${idx}${name}-`);
  return Object.keys(m.files).filter(
    (p) =>
      p.startsWith(idx) &&
      !core.has(p) &&
      !p.slice(idx.length).includes("/") &&
      !later.some((prefix) => p.startsWith(prefix)),
  );
}

/** Note [Deferred packages] in py/wasmlit/worker/lazy_packages.py: loaded on first import. */
const DEFERRED: readonly string[] = ["pyarrow"];

/** The bundle's packages loaded on first import (only with JSPI: an import can wait then). */
function deferred(m: Manifest): string[] {
  return "Suspending" in WebAssembly ? m.packages.filter((name) => DEFERRED.includes(name)) : [];
}

/** Answers Pyodide's fetches of bundle files from memory (Note [Fetch shim]). */
const shim = new Map<string, { bytes: Promise<Uint8Array>; type: string }>();

/**
 * Downloads a deferred package's wheel (checked against the manifest), hands
 * it to loadPackage through the fetch shim, and loads it.
 */
async function loadDeferred(py: PyodideInterface, base: string, m: Manifest, name: string): Promise<void> {
  const prefix = `${m.pyodide_index}${name}-`;
  for (const path of Object.keys(m.files).filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes("/"))) {
    const bytes = download(base, path, () => undefined).then(async (b) => {
      await verify(m, path, b);
      return b;
    });
    shim.set(new URL(path, base).href, { bytes, type: "application/octet-stream" });
  }
  await py.loadPackage([name], { messageCallback: () => undefined });
}

/**
 * Note [Overlapped boot]
 * ~~~~~~~~~~~~~~~~~~~~~~
 * Every file the boot needs starts downloading at once, but each step waits
 * only for its own files: Python starts (wasm compile, interpreter start) as
 * soon as the core has arrived, while package files and the app are still on
 * the wire; loadPackage then takes them from the fetch shim, which answers
 * with a promise of the verified bytes. A failed or damaged download rejects
 * `all`, which `start` races against the boot steps, so the user sees that
 * error (not whatever step happened to wait for the file). The boot marks
 * that bench/ prints show where each step begins.
 */
class Downloads {
  private readonly files = new Map<string, Promise<Uint8Array>>();
  /** Rejects with the first failure; resolves when every file has arrived. */
  readonly all: Promise<void>;
  /** Set once a later boot stage is on screen: progress no longer reports (it would step back). */
  quiet = false;

  constructor(base: string, m: Manifest, wanted: readonly string[]) {
    const total = wanted.reduce((sum, p) => sum + (m.files[p]?.size ?? 0), 0);
    const got = new Map<string, number>();
    let last = 0;
    const report = (force: boolean): void => {
      const now = Date.now();
      if (this.quiet || (!force && now - last < 120)) return;
      last = now;
      const sum = [...got.values()].reduce((a, b) => a + b, 0);
      boot("download", total > 0 ? `${mb(sum)} / ${mb(total)} MB` : `${mb(sum)} MB`);
    };
    for (const path of wanted) {
      const file = download(base, path, (n) => {
        got.set(path, n);
        report(false);
      }).then(async (bytes) => {
        await verify(m, path, bytes);
        return bytes;
      });
      file.catch(() => undefined); // Reported through `all`.
      this.files.set(path, file);
    }
    this.all = Promise.all(this.files.values()).then(() => report(true));
  }

  get(path: string): Promise<Uint8Array> {
    const f = this.files.get(path);
    if (!f) throw new Error(`internal: ${path} was not downloaded`);
    return f;
  }

  /** Frees the bytes (Pyodide holds its own copies by now). */
  clear(): void {
    this.files.clear();
  }
}

/**
 * Evaluates pyodide.asm.js from memory (it sets globalThis._createPyodideModule,
 * so loadPyodide skips fetching it again). If a blob import is refused (a
 * strict CSP), loadPyodide falls back to loading it by URL.
 */
async function preloadAsmJs(bytes: Uint8Array): Promise<void> {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "text/javascript" }));
  try {
    await import(/* @vite-ignore */ url);
  } catch (err) {
    console.warn("wasmlit: could not evaluate pyodide.asm.js from memory; loading it by URL", err);
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function startPython(base: string, m: Manifest, files: Downloads): Promise<PyodideInterface> {
  const idx = m.pyodide_index;
  await Promise.all(CORE_FILES.map((f) => files.get(`${idx}${f}`)));
  const asmJs = await files.get(`${idx}pyodide.asm.js`);
  files.quiet = true;
  boot("python", `Pyodide ${m.pyodide}`);
  const indexURL = new URL(idx, base).href;
  const serve = (name: string, type: string): void => {
    shim.set(new URL(name, indexURL).href, { bytes: files.get(`${idx}${name}`), type });
  };
  serve("pyodide.asm.wasm", "application/wasm");
  serve("python_stdlib.zip", "application/zip");
  serve("pyodide-lock.json", "application/json");
  if (m.packages.length > 0) {
    for (const path of packageFiles(m)) {
      shim.set(new URL(path, base).href, { bytes: files.get(path), type: "application/octet-stream" });
    }
  }
  installFetchShim(shim); // See Note [Fetch shim].
  await preloadAsmJs(asmJs);
  return await loadPyodide({
    indexURL,
    packages: [],
    stdout: (line: string) => console.log(`[python] ${line}`),
    stderr: (line: string) => console.warn(`[python] ${line}`),
  });
}

async function loadPackages(py: PyodideInterface, m: Manifest): Promise<void> {
  const later = deferred(m);
  const packages = m.packages.filter((name) => !later.includes(name));
  if (packages.length === 0) return;
  boot("packages", packages.join(", "));
  const errors: string[] = [];
  await py.loadPackage(packages, {
    messageCallback: (msg: string) => {
      const match = /^Loading (.+)$/.exec(msg.trim());
      if (match?.[1]) boot("packages", match[1]);
    },
    errorCallback: (msg: string) => {
      errors.push(msg);
      console.error(`[pyodide] ${msg}`);
    },
  });
  // The lock's keys are normalized ("pillow"), loadedPackages uses the
  // distribution's own spelling ("Pillow"): compare PEP 503 normalized names.
  const norm = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, "-");
  const loaded = new Set(Object.keys(py.loadedPackages).map(norm));
  const missing = packages.filter((name) => !loaded.has(norm(name)));
  if (missing.length > 0) {
    throw new BootError(
      `Could not load the Python package${missing.length > 1 ? "s" : ""} ${missing.join(", ")}. ` +
        "The bundle may be incomplete: rebuild it with `wasmlit build` and serve the whole folder.",
      errors.join("\n"),
    );
  }
}

async function start(base: string): Promise<void> {
  const m = await fetchManifest(base);
  // See Note [Package prefetch] and Note [Overlapped boot].
  const core = CORE_FILES.map((f) => `${m.pyodide_index}${f}`);
  const wheels = m.packages.length === 0 ? [] : packageFiles(m);
  const pycs = m.bytecode === null ? [] : [m.bytecode];
  if (m.site !== null) pycs.push(m.site);
  const secrets = m.secrets === null ? [] : [m.secrets];
  const files = new Downloads(base, m, [...core, ...wheels, ...pycs, m.runtime, m.app, ...secrets]);
  // Asked at once, while Python boots (Note [Encrypted bundles]).
  const key = m.encryption === null ? Promise.resolve(null) : unlock(m, files);
  await Promise.race([files.all.then(() => new Promise<never>(() => undefined)), startApp(base, m, files, key)]);
}

/**
 * Asks the page for the password until it opens the smallest encrypted file
 * (the secrets, else the app); a wrong one decrypts nothing and asks again.
 */
async function unlock(m: Manifest, files: Downloads): Promise<CryptoKey> {
  const enc = m.encryption;
  if (enc === null) throw new Error("internal: unlock without encryption");
  const probe = m.secrets ?? m.app;
  let error: string | null = null;
  for (;;) {
    send({ type: "password_required", error });
    const password = await new Promise<string>((resolve) => (passwordWaiter = resolve));
    const key = await deriveKey(password, enc);
    try {
      await decrypt(key, await files.get(probe));
      return key;
    } catch (err) {
      if (!isWrongKey(err)) throw err;
      error = "Incorrect password. Please try again.";
    }
  }
}

async function startApp(base: string, m: Manifest, files: Downloads, unlocked: Promise<CryptoKey | null>): Promise<void> {
  const py = await startPython(base, m, files);
  await loadPackages(py, m);
  // Note [Shipping bytecode] in py/wasmlit/build/bytecode.py.
  if (m.bytecode !== null) py.unpackArchive(await files.get(m.bytecode), "zip", { extractDir: SITE_PACKAGES });
  // Note [PyPI requirements] in py/wasmlit/build/requirements.py.
  if (m.site !== null) py.unpackArchive(await files.get(m.site), "zip", { extractDir: SITE_PACKAGES });

  const key = await unlocked;
  boot("app", m.entry);
  const [runtime, sealed] = await Promise.all([files.get(m.runtime), files.get(m.app)]);
  const app = key !== null && m.app.endsWith(".enc") ? await decrypt(key, sealed) : sealed;
  py.unpackArchive(runtime, "zip", { extractDir: SITE_PACKAGES });
  py.FS.mkdirTree(APP_DIR);
  py.unpackArchive(app, "zip", { extractDir: APP_DIR });
  if (key !== null && m.secrets !== null) {
    // In the worker's memory only, where Python reads st.secrets from.
    py.FS.mkdirTree(`${APP_DIR}/.streamlit`);
    py.FS.writeFile(`${APP_DIR}/.streamlit/secrets.toml`, await decrypt(key, await files.get(m.secrets)));
  }
  files.clear();

  const persisted = new PersistedCache(py.FS);
  await persisted.mount(base);
  py.registerJsModule("_wasmlit_host", bridge.hostModule(() => persisted.flush()));
  const later = deferred(m);
  if (later.length > 0) {
    // Note [Deferred packages] in py/wasmlit/worker/lazy_packages.py.
    const lazy = py.pyimport("wasmlit.worker.lazy_packages") as unknown as {
      install(names: string[], load: (name: string) => Promise<void>): void;
    };
    lazy.install(later, (name) => loadDeferred(py, base, m, name));
  }
  // Cast: the module is ours (py/wasmlit/worker/entry.py); EntryModule lists
  // the functions it defines.
  const entry = py.pyimport("wasmlit.worker.entry") as unknown as EntryModule;
  attachDev(py, APP_DIR, m.entry);
  boot("run", m.entry);
  entry.start(APP_DIR, m.entry);
  bridge.attach(entry);
}
