// The lazily loaded half of the charts: vega-embed, vega and vega-lite. Only
// charts.tsx imports it, with a dynamic import(), so esbuild puts it in its
// own chunk and a page without charts never downloads it (Note [Lazy charts]).

import embed, { type Result, type VisualizationSpec } from "vega-embed";
import { STREAMLIT_THEME } from "./charts_theme";

export interface ChartHandle {
  readonly finalize: () => void;
}

/**
 * Draws `spec` (Vega-Lite) into `target` as SVG (marks stay in the DOM, which
 * tests and screen readers can see). `fullWidth` stretches it to the container.
 */
export async function drawChart(
  target: HTMLElement,
  spec: Record<string, unknown>,
  opts: { fullWidth: boolean; theme: "streamlit" | null },
): Promise<ChartHandle> {
  const s: Record<string, unknown> = { ...spec };
  if (opts.fullWidth) {
    s["width"] = "container";
    s["autosize"] = { type: "fit-x", contains: "padding" };
  }
  const result: Result = await embed(target, s as VisualizationSpec, {
    actions: false,
    renderer: "svg",
    config: opts.theme === "streamlit" ? STREAMLIT_THEME : {},
    // Links in a spec's data (href channel) open only over http(s).
    loader: { target: "_blank" },
    tooltip: { theme: "light" },
  });
  return { finalize: () => result.finalize() };
}
