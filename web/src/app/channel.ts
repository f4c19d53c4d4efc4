// The main thread's end of the worker channel: starts the worker, decodes
// ForwardMsgs, sends BackMsgs. Message semantics live in session.ts.

import { batch } from "@preact/signals";
import type { BackMsg, ForwardMsg } from "../protocol.gen";
import { openEmbedded, type EmbeddedBundle } from "./embedded";

/** The hashed worker file, relative to the page; see Note [Two builds] in web/build.mjs. */
declare const __WASMLIT_WORKER__: string;

export interface Channel {
  send(msg: BackMsg): void;
  /** Posts a control message that is not a BackMsg (`wasmlit run`: Note [Run on save] in worker/dev.ts). */
  post(data: unknown): void;
}

export type Failure = (message: string, detail: string) => void;

const FILE_HINT =
  "This page was opened from a file (file://), where browsers do not run the web worker " +
  "that runs Python. Serve the folder instead: `wasmlit serve DIR` (or `python -m http.server -d DIR`) " +
  "and open the URL it prints.";

/** Starts the worker; `onMessage` gets every ForwardMsg, in order. */
export function openChannel(onMessage: (msg: ForwardMsg) => void, onFailure: Failure): Channel {
  const closed: Channel = { send: () => undefined, post: () => undefined };
  let embedded: EmbeddedBundle | null = null;
  try {
    embedded = openEmbedded(); // Note [Single-file bundle] in web/src/worker/embedded.ts
  } catch (err) {
    onFailure("Could not start the app's web worker.", String(err));
    return closed;
  }
  if (location.protocol === "file:" && embedded === null) {
    onFailure("Open this app through a web server, not from a file.", FILE_HINT);
    return closed;
  }
  let worker: Worker;
  performance.mark("wasmlit:worker"); // Note [Boot marks] in session.ts
  try {
    worker = embedded?.worker ?? new Worker(new URL(__WASMLIT_WORKER__, document.baseURI), { type: "module" });
  } catch (err) {
    onFailure("Could not start the app's web worker.", `${String(err)}\n\n${FILE_HINT}`);
    return closed;
  }
  const decoder = new TextDecoder();
  const inbox = batcher((data: unknown) => {
    const msg = decodeForward(data, decoder);
    if (msg === null) console.error("wasmlit: unexpected message from the worker", data);
    else onMessage(msg);
  });
  worker.onmessage = (ev: MessageEvent<unknown>) => inbox(ev.data);
  worker.onerror = (ev: ErrorEvent) => {
    ev.preventDefault();
    onFailure(
      "The app's web worker failed to start.",
      `${ev.message || "The worker script could not be loaded."} Serve the whole bundle folder over HTTP ` +
        "(e.g. `wasmlit serve DIR`) and reload.",
    );
  };
  if (embedded) worker.postMessage({ type: "init", base: embedded.base, assets: embedded.assets });
  else worker.postMessage({ type: "init", base: new URL(".", document.baseURI).href });
  return {
    post: (data) => worker.postMessage(data),
    send: (msg) => {
      const { json, buffers } = encodeBack(msg);
      if (buffers.length === 0) worker.postMessage(json);
      else worker.postMessage({ json, buffers }, buffers.map((b) => b.buffer));
    },
  };
}

/** Note [Bulk bytes] in protocol.py: `{"$bytes": n}` stands for the n-th buffer. */
function isPlaceholder(v: unknown): v is { $bytes: number } {
  return typeof v === "object" && v !== null && typeof (v as { $bytes?: unknown }).$bytes === "number";
}

/**
 * A ForwardMsg from what the worker posted: UTF-8 JSON, or `{json, buffers}`
 * when it carries bytes (put back in place of their placeholders); null for
 * anything else.
 */
export function decodeForward(data: unknown, decoder = new TextDecoder()): ForwardMsg | null {
  // Casts: the worker only posts ForwardMsgs encoded from protocol.py's
  // dataclasses (or built in boot.ts against the same generated types).
  if (data instanceof Uint8Array) return JSON.parse(decoder.decode(data)) as ForwardMsg;
  if (typeof data === "string") return JSON.parse(data) as ForwardMsg;
  if (typeof data !== "object" || data === null) return null;
  const { json, buffers } = data as { json?: unknown; buffers?: unknown };
  if (!(json instanceof Uint8Array) || !Array.isArray(buffers)) return null;
  const revive = (_key: string, v: unknown): unknown => (isPlaceholder(v) ? (buffers[v.$bytes] as unknown) : v);
  return JSON.parse(decoder.decode(json), revive) as ForwardMsg;
}

/**
 * A BackMsg as JSON text, each Uint8Array in it replaced by a placeholder and
 * listed in `buffers` (each a copy with a buffer of its own, so it can be
 * transferred without detaching the caller's).
 */
export function encodeBack(msg: BackMsg): { json: string; buffers: Uint8Array[] } {
  const buffers: Uint8Array[] = [];
  const json = JSON.stringify(msg, (_key, v: unknown) => {
    if (!(v instanceof Uint8Array)) return v;
    buffers.push(v.slice());
    return { $bytes: buffers.length - 1 };
  });
  return { json, buffers };
}

/**
 * Note [Batched delivery]
 * ~~~~~~~~~~~~~~~~~~~~~~~
 * The worker posts one message per delta, as the script produces them (it
 * cannot batch: Python may compute for seconds after an element, which must
 * show meanwhile). Handling each in its own task made the page re-render once
 * per delta: a run of 200 elements cost 200 renders. Instead, a message only
 * joins a queue, and the queue is handled in the next task (a MessageChannel
 * hop, which runs after the worker messages already waiting), inside one
 * signals batch, so a burst of deltas renders once while a lone message waits
 * only one task hop. bench/ measures it (rerun_200_elements).
 */
export function batcher<T>(handle: (item: T) => void): (item: T) => void {
  const queue: T[] = [];
  const hop = new MessageChannel();
  hop.port1.onmessage = () => {
    const items = queue.splice(0);
    batch(() => {
      for (const item of items) {
        try {
          handle(item);
        } catch (err) {
          console.error("wasmlit: could not apply a message from the worker", err);
        }
      }
    });
  };
  return (item: T) => {
    queue.push(item);
    if (queue.length === 1) hop.port2.postMessage(null);
  };
}
