// Downloads of the bundle's files in the worker: progress, sha256 checks, and
// the fetch shim that hands the downloaded Pyodide core to loadPyodide.

import type { Manifest } from "./manifest";

/** A boot failure the user can act on: `message` says what to do. */
export class BootError extends Error {
  constructor(
    message: string,
    readonly detail: string = "",
  ) {
    super(message);
  }
}

export const SERVE_HINT =
  "Serve the whole bundle folder over HTTP, e.g. `wasmlit serve DIR` " +
  "(or `python -m http.server -d DIR`), and open the URL it prints.";

function hex(buf: ArrayBuffer): string {
  return Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, "0")).join("");
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // Note: digest() wants a BufferSource backed by an ArrayBuffer; a fresh
  // download always is, so the cast only narrows ArrayBufferLike.
  return hex(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
}

export interface Progress {
  /** Called with the bytes received so far by this download. */
  (received: number): void;
}

/** GETs `path` (relative to `base`), reporting bytes as they arrive. */
export async function download(base: string, path: string, onBytes: Progress): Promise<Uint8Array> {
  const url = new URL(path, base).href;
  let resp: Response;
  try {
    resp = await fetch(url);
  } catch (err) {
    throw new BootError(`Could not download ${path} (network error). ${SERVE_HINT}`, String(err));
  }
  if (!resp.ok) {
    throw new BootError(
      `Could not download ${path} (${resp.status} ${resp.statusText}): the bundle on this server is incomplete. ` +
        "Copy (or upload) the whole folder that `wasmlit build` wrote, or rebuild it, and serve it with " +
        "`wasmlit serve DIR`.",
      url,
    );
  }
  const body = resp.body;
  if (!body) {
    const bytes = new Uint8Array(await resp.arrayBuffer());
    onBytes(bytes.length);
    return bytes;
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onBytes(received);
  }
  const out = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Throws unless `bytes` match the manifest's sha256 for `path` (when listed). */
export async function verify(manifest: Manifest, path: string, bytes: Uint8Array): Promise<void> {
  const entry = manifest.files[path];
  if (!entry) return; // Not every file is listed by every build; Pyodide checks wheels itself.
  const got = await sha256Hex(bytes);
  if (got !== entry.sha256) {
    throw new BootError(
      `${path} is damaged (its sha256 does not match manifest.json). ` +
        "Upload the bundle folder again, or rebuild it with `wasmlit build`.",
      `expected ${entry.sha256}, got ${got} (${bytes.length} bytes)`,
    );
  }
}

/**
 * Note [Fetch shim]
 * ~~~~~~~~~~~~~~~~~
 * loadPyodide fetches pyodide.asm.wasm, python_stdlib.zip and
 * pyodide-lock.json itself. We download them first (for progress and sha256
 * checks) and answer Pyodide's fetches from memory, once each (waiting for a
 * download still in flight), with the right Content-Type: so a server that
 * sends .wasm as application/octet-stream does not break
 * WebAssembly.instantiateStreaming (which otherwise only warns and leaves
 * loadPyodide hanging). The package files the bundle holds are answered the
 * same way (Note [Package prefetch] in boot.ts); any other URL goes to the
 * network unchanged. The single-file build will serve everything this way.
 */
export function installFetchShim(files: Map<string, { bytes: Promise<Uint8Array>; type: string }>): void {
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const abs = new URL(url, self.location.href).href;
    const hit = files.get(abs);
    if (hit) {
      files.delete(abs); // One-shot: frees the copy once Pyodide holds it.
      return hit.bytes.then(
        (bytes) =>
          new Response(bytes as Uint8Array<ArrayBuffer>, { status: 200, headers: { "Content-Type": hit.type } }),
      );
    }
    return realFetch(input, init);
  };
}
