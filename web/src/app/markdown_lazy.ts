// The markdown renderer, loaded beside Pyodide rather than before it.
//
// Note [Lazy markdown]
// ~~~~~~~~~~~~~~~~~~~~
// marked and DOMPurify are ~28 KB gzipped, half of the page's start-up JS
// budget (bench/: ≤ 60 KB). Nearly every app draws markdown, but never before
// Python has booted, which takes seconds. So main.tsx calls `loadMarkdown()`
// at start without waiting for it: the chunk downloads and parses while the
// worker fetches Pyodide, and the boot screen and the worker start sooner.
// Renderers read `markdown` (a signal) and draw an empty, busy placeholder in
// the rare case an element arrives first; they redraw when it lands.

import { signal } from "@preact/signals";

type MarkdownModule = typeof import("./markdown");

export const markdown = signal<MarkdownModule | null>(null);
export const markdownFailed = signal<string | null>(null);
let loading: Promise<MarkdownModule> | null = null;

/** Starts loading markdown.ts (once); resolves with it. */
export function loadMarkdown(): Promise<MarkdownModule> {
  loading ??= import("./markdown").then(
    (m) => {
      markdown.value = m;
      return m;
    },
    (e: unknown) => {
      console.error("wasmlit: could not load the markdown renderer", e);
      markdownFailed.value = e instanceof Error ? e.message : String(e);
      throw e;
    },
  );
  return loading;
}
