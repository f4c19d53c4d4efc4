// The worker's half of the Python bridge: the `_wasmlit_host` module that
// py/wasmlit/worker/entry.py imports, and the drain loop that runs scripts.
// See the docstring of entry.py for the calling convention.

/** The parts of `wasmlit.worker.entry` (a PyProxy) that the worker calls. */
export interface EntryModule {
  start(appDir: string, entryScript: string): void;
  receive(text: string, ...buffers: Uint8Array[]): void;
  can_yield(): boolean;
  drain: {
    (): void;
    callPromising?: () => Promise<void>;
  };
}

/** Posts one ForwardMsg's JSON and the bytes it carries (Note [Bulk bytes] in protocol.py). */
export type PostBytes = (bytes: Uint8Array, buffers: Uint8Array[]) => void;

/** A BackMsg from the page: its JSON text, and the bytes its `$bytes` placeholders index. */
export interface Incoming {
  text: string;
  buffers: Uint8Array[];
}

/**
 * Note [Drain loop]
 * ~~~~~~~~~~~~~~~~~
 * One drain at a time: `entry.drain` runs queued requests (runs of the
 * script) until none is pending. With JSPI it is entered through
 * `callPromising`, so Python can suspend in `wait()`; while it is suspended
 * this worker's onmessage still runs, hands the BackMsg to `entry.receive`
 * (which only queues it) and resolves every pending `wait`, so the running
 * script reaches its checkpoint at once and stops for the new run. A message
 * that lands after Python last looked at its queue but before `drain`
 * returned would be stranded, so the loop drains again whenever a message
 * arrived during the previous drain. Without JSPI, `drain()` is called
 * plainly: the run goes to completion and queued messages coalesce.
 */
export class Bridge {
  private entry: EntryModule | null = null;
  private drainFn: EntryModule["drain"] | null = null;
  private readonly early: Incoming[] = [];
  private draining = false;
  private arrived = false;
  private readonly wakers = new Set<() => void>();

  constructor(
    private readonly postBytes: PostBytes,
    private readonly onFatal: (err: unknown) => void,
  ) {}

  /**
   * Connects the started runtime (after `entry.start`): messages that came
   * before it are handed over now, and a drain begins.
   */
  attach(entry: EntryModule): void {
    this.entry = entry;
    // Each attribute access on a PyProxy makes a new proxy: look drain up once.
    this.drainFn = entry.drain;
    for (const msg of this.early.splice(0)) this.receive(msg);
    void this.drain();
  }

  /**
   * The object registered as the Python module `_wasmlit_host`; `persist`
   * stores the persisted cache (Note [Persisted cache in IndexedDB]).
   */
  hostModule(persist: () => Promise<void>): {
    post(data: unknown, ...buffers: unknown[]): void;
    wait(ms: number): Promise<void>;
    persist(): Promise<void>;
  } {
    return {
      post: (data: unknown, ...buffers: unknown[]) => this.postBytes(toBytes(data), buffers.map(toBytes)),
      persist,
      wait: (ms: number) =>
        new Promise<void>((resolve) => {
          const done = (): void => {
            clearTimeout(timer);
            this.wakers.delete(done);
            resolve();
          };
          const timer = setTimeout(done, Math.max(0, ms));
          this.wakers.add(done);
        }),
    };
  }

  /** A BackMsg from the page. */
  receive(msg: Incoming): void {
    if (!this.entry) {
      this.early.push(msg);
      return;
    }
    try {
      this.entry.receive(msg.text, ...msg.buffers);
    } catch (err) {
      console.error("wasmlit: the runtime rejected a message", msg.text, err);
      return;
    }
    this.arrived = true;
    for (const wake of [...this.wakers]) wake();
    if (!this.draining) void this.drain();
  }

  /** Runs queued requests; see Note [Drain loop]. */
  async drain(): Promise<void> {
    const entry = this.entry;
    const drain = this.drainFn;
    if (this.draining || !entry || !drain) return;
    this.draining = true;
    try {
      const jspi = entry.can_yield() && typeof drain.callPromising === "function";
      do {
        this.arrived = false;
        if (jspi && drain.callPromising) await drain.callPromising();
        else drain();
      } while (this.arrived);
    } catch (err) {
      this.onFatal(err);
    } finally {
      this.draining = false;
    }
  }
}

/**
 * `to_js(bytes)` arrives as a Uint8Array; it may be a view into a larger
 * buffer (or the wasm heap), which cannot be transferred, so such views are
 * copied into a buffer of their own.
 */
function toBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) {
    const own = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer;
    return own ? data : data.slice();
  }
  if (typeof data === "string") return new TextEncoder().encode(data);
  throw new TypeError(`_wasmlit_host.post expects a Uint8Array, got ${Object.prototype.toString.call(data)}`);
}
