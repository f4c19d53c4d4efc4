// The single-file build's side of the worker: the bundle's files arrive with
// the init message instead of over the network.
//
// Note [Single-file bundle]
// ~~~~~~~~~~~~~~~~~~~~~~~~~
// `wasmlit build --single-file` writes one HTML file that works from file://
// (py/wasmlit/build/single_file.py). Browsers run no worker script from a
// file:// URL and fetch nothing from one, so the page creates the worker from
// a Blob of its source (web/src/app/embedded.ts) and hands it every other
// file of the bundle as gzip-compressed base64 text. Here a fetch override
// answers every URL under the bundle's base from those files (decompressed
// with DecompressionStream when first asked for), so the rest of the boot
// (manifest, sha256 checks, the Pyodide core, packages, runtime, app, secrets)
// runs unchanged, as if it were downloading a folder build.

const realFetch = globalThis.fetch.bind(globalThis);

/** Decodes gzip+base64 text (a data: URL fetch is the fast built-in base64 decoder). */
async function inflate(b64: string): Promise<Uint8Array<ArrayBuffer>> {
  const resp = await realFetch(`data:application/octet-stream;base64,${b64}`);
  if (!resp.body) throw new Error("wasmlit: could not read an embedded file");
  const plain = resp.body.pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(plain).arrayBuffer());
}

/** Is `x` the `assets` of an init message: bundle-relative path -> gzip+base64 text? */
export function isAssets(x: unknown): x is Record<string, string> {
  return typeof x === "object" && x !== null && Object.values(x).every((v) => typeof v === "string");
}

/** Answers fetches of URLs under `base` from `assets` (see Note [Single-file bundle]). */
export function installEmbedded(base: string, assets: Record<string, string>): void {
  const decoded = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const abs = new URL(url, base).href.split("#", 1)[0]?.split("?", 1)[0] ?? "";
    if (!abs.startsWith(base)) return realFetch(input, init);
    const path = decodeURIComponent(abs.slice(base.length));
    const b64 = assets[path];
    if (b64 === undefined) {
      return Promise.resolve(new Response(`${path} is not in this single-file bundle`, { status: 404, statusText: "Not Found" }));
    }
    let bytes = decoded.get(path);
    if (!bytes) {
      bytes = inflate(b64);
      decoded.set(path, bytes);
    }
    return bytes.then((b) => new Response(b.slice(), { status: 200, headers: { "Content-Length": String(b.length) } }));
  };
}
