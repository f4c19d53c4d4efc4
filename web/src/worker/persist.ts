// The persisted cache of st.cache_data(persist="disk"), kept in IndexedDB.
//
// Note [Persisted cache in IndexedDB]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// Python writes persisted entries as files under ~/.streamlit/cache (see
// Note [Persisted entries] in py/wasmlit/caching/storage.py). Here that folder
// is an IDBFS mount: before the first run it is loaded from IndexedDB, and
// after each change Python asks (`_wasmlit_host.persist()`) for it to be
// written back, and waits for that when it can (JSPI), so a value shown on the
// page is already stored when the user reloads. IndexedDB that is missing or
// refuses to store (a private window, a full quota) leaves the files in
// memory for this page view only, with one console warning; it never stops
// the app.
//
// Every app of an origin shares its IndexedDB (say, several apps on one
// GitHub Pages site), and IDBFS names its database after the mount point, so
// the store is mounted at a folder named after the bundle's URL path and
// ~/.streamlit/cache links to it: clearing one app's cache leaves the others'.

import type { PyodideInterface } from "pyodide";

export const CACHE_DIR = "/home/pyodide/.streamlit/cache";
const STORES = "/wasmlit-persist";

/** A short, stable name for a URL path (FNV-1a, 32 bits, as hex). */
export function storeName(path: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    h ^= path.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `app-${(h >>> 0).toString(16).padStart(8, "0")}`;
}

type Fs = PyodideInterface["FS"];

export class PersistedCache {
  private available = false;
  private warned = false;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly fs: Fs) {}

  /** Mounts this app's store (`base`: the bundle's URL) and loads what earlier page views stored. */
  async mount(base: string): Promise<void> {
    try {
      if (typeof indexedDB === "undefined") throw new Error("IndexedDB is not available");
      const store = `${STORES}/${storeName(new URL(base).pathname)}`;
      this.fs.mkdirTree(store);
      this.fs.mount(this.fs.filesystems.IDBFS, {}, store);
      await this.sync(true);
      this.fs.mkdirTree(CACHE_DIR.slice(0, CACHE_DIR.lastIndexOf("/")));
      this.fs.symlink(store, CACHE_DIR);
      this.available = true;
    } catch (err) {
      this.warn(err);
    }
  }

  /** Writes the folder back to IndexedDB (one sync at a time, in order). */
  flush(): Promise<void> {
    if (!this.available) return Promise.resolve();
    this.chain = this.chain.then(async () => {
      try {
        await this.sync(false);
      } catch (err) {
        this.warn(err);
      }
    });
    return this.chain;
  }

  private sync(populate: boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      // Cast: Emscripten calls back with an error (or nothing); Pyodide types it as void.
      this.fs.syncfs(populate, ((err: unknown) => (err ? reject(toError(err)) : resolve())) as (val: void) => void);
    });
  }

  private warn(err: unknown): void {
    if (this.warned) return;
    this.warned = true;
    console.warn(
      'wasmlit: persist="disk" cache storage is unavailable; cached values are kept in memory only',
      err,
    );
  }
}

function toError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String((err as { message?: unknown }).message ?? err));
}
