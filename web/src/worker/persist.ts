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

import type { PyodideInterface } from "pyodide";

export const CACHE_DIR = "/home/pyodide/.streamlit/cache";

type Fs = PyodideInterface["FS"];

export class PersistedCache {
  private available = false;
  private warned = false;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly fs: Fs) {}

  /** Mounts the folder and loads what earlier page views stored. */
  async mount(): Promise<void> {
    try {
      if (typeof indexedDB === "undefined") throw new Error("IndexedDB is not available");
      this.fs.mkdirTree(CACHE_DIR);
      this.fs.mount(this.fs.filesystems.IDBFS, {}, CACHE_DIR);
      await this.sync(true);
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
