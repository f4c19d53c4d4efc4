// A custom component's frontend in a single-file bundle, loaded with no server.
//
// Note [Single-file components]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// In a folder build the component iframe loads components/<folder>/index.html
// from the bundle (Note [Custom components] in py/wasmlit/components/v1.py).
// A single file opened from file:// has no such folder: the build embeds the
// component's files with the rest of the bundle (single_file.py), and here
// the page turns them into URLs the iframe can load. Blob and data URLs are
// not hierarchical, so a relative reference inside such a page resolves to
// nothing: the index.html and the stylesheets are rewritten instead.
//
// - every other file of the component's folder becomes a data: URL with its
//   MIME type (a blob: URL made by a file:// page does not load inside the
//   iframe: "Not allowed to load local resource");
// - a .css file's relative url(...) and @import references point at those URLs;
// - in each .html file, the relative src/href/poster/data attributes (script,
//   link, img, source, ...) and the url(...)s of <style> elements and style=
//   attributes point at them too, and a first <script> patches `fetch` and
//   `XMLHttpRequest.open` so that a string URL relative to the component's
//   folder (`fetch("data/x.json")`) answers from those URLs (its data files:
//   not its .js, .css and .map files, which would be a second copy);
// - the iframe's src is a blob: URL of the rewritten index.html.
//
// The iframe keeps the sandbox of a folder build; a blob document has the
// page's (file://, opaque) origin, and the component protocol checks the
// message's source window, not its origin (custom_component.tsx). What does
// not work: relative `import` inside JS modules and dynamic `import()` (a
// webpack/Vite chunk loaded by its public path), `new URL(rel, location.href)`
// and other URLs a script builds against its own location, srcset, and
// relative references in a JS-generated DOM (an <img> a script adds). A
// frontend built as one script, as most component builds are, works.

import { useEffect, useState } from "preact/hooks";
import { embeddedComponentFiles } from "../embedded";

const FAKE = "https://wasmlit-component.invalid/";

const MIME: Record<string, string> = {
  html: "text/html", htm: "text/html", js: "text/javascript", mjs: "text/javascript", css: "text/css",
  json: "application/json", map: "application/json", svg: "image/svg+xml", png: "image/png",
  jpg: "image/jpeg", jpeg: "image/jpeg", gif: "image/gif", webp: "image/webp", ico: "image/x-icon",
  woff: "font/woff", woff2: "font/woff2", ttf: "font/ttf", otf: "font/otf", wasm: "application/wasm",
  txt: "text/plain", csv: "text/csv", mp3: "audio/mpeg", mp4: "video/mp4", wav: "audio/wav",
};

function mimeOf(path: string): string {
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  return MIME[ext] ?? "application/octet-stream";
}

/** The bundle path a reference `ref` in the file `from` names, or null when it is not relative. */
export function resolveRef(ref: string, from: string): string | null {
  const r = ref.trim();
  if (r === "" || r.startsWith("#") || /^[a-z][a-z0-9+.-]*:/i.test(r) || r.startsWith("//")) return null;
  try {
    const abs = new URL(r, FAKE + from);
    if (abs.origin + "/" !== FAKE) return null;
    return decodeURIComponent(abs.pathname.slice(1));
  } catch {
    return null;
  }
}

/** `css` (of the file `from`) with its relative url(...) and @import "..." references replaced by `urlOf`'s. */
export function rewriteCss(css: string, from: string, urlOf: (path: string) => string | undefined): string {
  const swap = (ref: string): string | undefined => {
    const path = resolveRef(ref, from);
    return path === null ? undefined : urlOf(path);
  };
  return css
    .replace(/url\(\s*(["']?)([^"')]*)\1\s*\)/gi, (m, q: string, ref: string) => {
      const u = swap(ref);
      return u === undefined ? m : `url(${q}${u}${q})`;
    })
    .replace(/@import\s+(["'])([^"']*)\1/gi, (m, q: string, ref: string) => {
      const u = swap(ref);
      return u === undefined ? m : `@import ${q}${u}${q}`;
    });
}

const REF_ATTRS = ["src", "href", "poster", "data"];

/** The shim the rewritten page runs first: fetch/XHR of relative URLs answer from `files`. */
function shim(folderIndex: string, files: Record<string, string>): string {
  const json = JSON.stringify({ base: FAKE + folderIndex, files }).replace(/</g, "\\u003c");
  return `(() => {
  const { base, files } = ${json};
  const map = (u) => {
    if (typeof u !== "string" && !(u instanceof URL)) return null;
    const s = String(u);
    if (/^[a-z][a-z0-9+.-]*:/i.test(s) || s.startsWith("//")) return null;
    try {
      const a = new URL(s, base);
      return a.origin + "/" === ${JSON.stringify(FAKE)} ? files[decodeURIComponent(a.pathname.slice(1))] ?? null : null;
    } catch { return null; }
  };
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => realFetch(map(input) ?? input, init);
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) { return open.call(this, method, map(url) ?? url, ...rest); };
})();`;
}

/** `html` (of the file `from`) with its relative references replaced by `urlOf`'s and the fetch shim first. */
export function rewriteHtml(
  html: string, from: string, urlOf: (path: string) => string | undefined, files: Record<string, string>,
): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  for (const el of Array.from(doc.querySelectorAll("*"))) {
    for (const name of REF_ATTRS) {
      const v = el.getAttribute(name);
      if (v === null) continue;
      const path = resolveRef(v, from);
      const u = path === null ? undefined : urlOf(path);
      if (u !== undefined) el.setAttribute(name, u);
    }
    const style = el.getAttribute("style");
    if (style !== null) el.setAttribute("style", rewriteCss(style, from, urlOf));
    if (el.tagName === "STYLE") el.textContent = rewriteCss(el.textContent ?? "", from, urlOf);
  }
  const s = doc.createElement("script");
  s.textContent = shim(from, files);
  doc.head.prepend(s);
  const doctype = /^\s*<!doctype/i.test(html) ? "<!DOCTYPE html>\n" : "";
  return doctype + doc.documentElement.outerHTML;
}

async function inflate(b64: string): Promise<Uint8Array<ArrayBuffer>> {
  const resp = await fetch(`data:application/octet-stream;base64,${b64}`);
  if (!resp.body) throw new Error("wasmlit: could not read an embedded component file");
  return new Uint8Array(await new Response(resp.body.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer());
}

function dataUrl(body: BlobPart, type: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("wasmlit: could not encode a component file"));
    reader.readAsDataURL(new Blob([body], { type }));
  });
}

async function buildFolder(folder: string, index: string, packed: Record<string, string>): Promise<string> {
  const paths = Object.keys(packed).filter((p) => p.startsWith(folder));
  const bytes = new Map<string, Uint8Array<ArrayBuffer>>();
  await Promise.all(paths.map(async (p) => bytes.set(p, await inflate(packed[p] ?? ""))));
  const urls: Record<string, string> = {};
  const encode = async (p: string, body: BlobPart): Promise<void> => {
    urls[p] = await dataUrl(body, mimeOf(p));
  };
  const isCss = (p: string): boolean => p.toLowerCase().endsWith(".css");
  const isHtml = (p: string): boolean => /\.html?$/i.test(p);
  const text = (p: string): string => new TextDecoder().decode(bytes.get(p));
  await Promise.all(paths.filter((p) => !isCss(p) && !isHtml(p)).map((p) => encode(p, bytes.get(p) ?? new Uint8Array())));
  // Stylesheets may @import each other: a second pass points at the first's URLs.
  const css = paths.filter(isCss);
  for (let pass = 0; pass < 2; pass++) {
    for (const p of css) await encode(p, rewriteCss(text(p), p, (q) => urls[q]));
  }
  // What fetch/XHR may ask for: not scripts, stylesheets and source maps,
  // which tags load (each data: URL in the shim is a second copy in the page).
  const fetchable = (): Record<string, string> =>
    Object.fromEntries(Object.entries(urls).filter(([p]) => !/\.(m?js|css|map)$/i.test(p)));
  const files = fetchable();
  for (const p of paths.filter((q) => isHtml(q) && q !== index)) await encode(p, rewriteHtml(text(p), p, (q) => urls[q], files));
  const page = rewriteHtml(text(index), index, (q) => urls[q], fetchable());
  return URL.createObjectURL(new Blob([page], { type: "text/html" }));
}

const built = new Map<string, Promise<string>>();

/**
 * The blob: URL of the component page `url` (a bundle-relative
 * components/.../index.html) in a single-file bundle; null on a folder build
 * or for a URL the bundle does not hold (an http(s) dev server).
 */
export function embeddedComponentSrc(url: string): Promise<string> | null {
  const packed = embeddedComponentFiles();
  if (packed === null) return null;
  const index = url.split(/[?#]/, 1)[0] ?? "";
  if (!(index in packed)) return null;
  let page = built.get(index);
  if (!page) {
    page = buildFolder(index.slice(0, index.lastIndexOf("/") + 1), index, packed);
    built.set(index, page);
  }
  return page;
}

/** The iframe src for a component page: its URL, or in a single file the blob URL once built (Note [Single-file components]). */
export function useComponentSrc(url: string): string | undefined {
  const [resolved, setResolved] = useState<{ url: string; src: string } | null>(null);
  const embedded = embeddedComponentFiles() !== null;
  useEffect(() => {
    const page = embeddedComponentSrc(url);
    if (page === null) return;
    let live = true;
    page.then(
      (src) => live && setResolved({ url, src }),
      (err: unknown) => console.error(`wasmlit: could not load the component at ${url}`, err),
    );
    return () => {
      live = false;
    };
  }, [url]);
  if (!embedded) return url;
  if (resolved?.url === url) return resolved.src;
  return embeddedComponentSrc(url) === null ? url : undefined;
}
