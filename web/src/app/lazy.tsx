// Renderers that load on first use.
//
// Note [Lazy renderers]
// ~~~~~~~~~~~~~~~~~~~~~
// The page's start-up JS has a budget (bench/: main-thread JS ≤ 60 KB gzip),
// and most apps never draw a date picker, a chat input, a dialog, media or a
// custom component. `lazyRenderers` stands in for a renderer module: it gives
// each kind a small component that imports the module the first time one of
// its kinds is drawn, shows an empty busy placeholder meanwhile, and then
// renders the real one. The module stays an ordinary module (its tests import
// it directly); only registry.ts refers to it lazily, through a type-only
// import and a dynamic `import()`, which esbuild turns into a chunk.
//
// CSS imported by a lazy module would land in a stylesheet esbuild does not
// load, so such CSS is imported by registry.ts (as uploads.tsx and charts.tsx
// do for their own chunks).
//
// The placeholder carries no data-testid: a test (or a user's script) waiting
// for `stDateInput` waits for the real widget, never for a shell of it.

import { signal } from "@preact/signals";
import type { JSX } from "preact";

type AnyRenderer = (props: object) => JSX.Element | null;

const starters: (() => Promise<void>)[] = [];

/** Loads every lazy renderer module now (unit tests render synchronously after it). */
export async function preloadRenderers(): Promise<void> {
  await Promise.all(starters.map((s) => s()));
}

/** Components for `kinds` that render the renderers of the module `load` imports, once it has loaded. */
export function lazyRenderers<R extends object>(what: string, load: () => Promise<R>, kinds: readonly (keyof R)[]): R {
  const loaded = signal<R | null>(null);
  const failed = signal<string | null>(null);
  let started: Promise<void> | null = null;
  const start = (): Promise<void> =>
    (started ??= load().then(
      (m) => {
        loaded.value = m;
      },
      (e: unknown) => {
        console.error(`wasmlit: could not load ${what}`, e);
        failed.value = e instanceof Error ? e.message : String(e);
      },
    ));
  starters.push(start);
  const out: Partial<Record<keyof R, AnyRenderer>> = {};
  for (const kind of kinds) {
    out[kind] = (props: object): JSX.Element | null => {
      const m = loaded.value;
      if (m) {
        const Real = m[kind] as unknown as AnyRenderer;
        return <Real {...props} />;
      }
      if (failed.value !== null) {
        return (
          <div class="wl-lazy-failed" role="alert">
            Could not load {what} ({failed.value}). Reload the page to try again.
          </div>
        );
      }
      void start();
      return <div class="wl-lazy-pending" aria-busy="true" />;
    };
  }
  return out as unknown as R;
}
