// The page's side of a single-file bundle (Note [Single-file bundle] in
// web/src/worker/embedded.ts): the worker's source and the bundle's files are
// in the HTML itself, in two inert <script> elements written by
// py/wasmlit/build/single_file.py.

export interface EmbeddedBundle {
  worker: Worker;
  /** A made-up folder URL the worker serves the embedded files under. */
  base: string;
  /** Bundle-relative path -> gzip+base64 text. */
  assets: Record<string, string>;
}

let components: Record<string, string> | null = null;

/**
 * The embedded files under components/ (bundle-relative path -> gzip+base64
 * text) once openEmbedded has run; null on a folder build. Custom components
 * load from them (Note [Single-file components] in elements/component_files.ts).
 */
export function embeddedComponentFiles(): Record<string, string> | null {
  return components;
}

/** The embedded bundle of this page, with its worker started; null on a folder build. */
export function openEmbedded(): EmbeddedBundle | null {
  const source = document.getElementById("wasmlit-worker-src")?.textContent;
  const data = document.getElementById("wasmlit-assets")?.textContent;
  if (!source || !data) return null;
  // Cast: single_file.py writes a JSON object of strings; the worker checks it again.
  const assets = JSON.parse(data) as Record<string, string>;
  components = Object.fromEntries(Object.entries(assets).filter(([path]) => path.startsWith("components/")));
  const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  const worker = new Worker(url); // Classic: see web/build-single.mjs.
  // Every file:// page shares one opaque origin: the page's own path keeps
  // its IndexedDB store apart from other single-file apps' (persist.ts).
  const here = location.href.split("#", 1)[0]?.split("?", 1)[0] ?? location.href;
  return { worker, base: `${here}/`, assets };
}
