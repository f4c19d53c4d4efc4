// The lifecycle both chart renderers share (Vega in charts.tsx, Plotly in
// plotly.tsx; Note [Lazy charts], Note [Lazy plotly]).

import type { RefObject } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";

/**
 * Draws into a div once `draw` (which loads its library lazily) resolves, and
 * again whenever `deps` change: the previous drawing is finalized, a drawing
 * that finishes after the element went away is finalized at once, and a load
 * or draw failure becomes `error`. `draw` gets `alive()` to skip work for a
 * cancelled drawing, and resolves with its finalizer (null when it skipped).
 */
export function useLazyDraw(
  draw: (div: HTMLDivElement, alive: () => boolean) => Promise<(() => void) | null>,
  deps: readonly unknown[],
): { target: RefObject<HTMLDivElement>; error: string | null; drawn: boolean } {
  const target = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const div = target.current;
    if (!div) return;
    let cancelled = false;
    let finalize: (() => void) | null = null;
    draw(div, () => !cancelled)
      .then((done) => {
        if (cancelled) done?.();
        else if (done) {
          finalize = done;
          setError(null);
          setDrawn(true);
        }
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      cancelled = true;
      finalize?.();
    };
  }, deps); // the caller lists what `draw` reads
  return { target, error, drawn };
}
