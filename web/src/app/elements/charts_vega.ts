// The lazily loaded half of the charts: vega-embed, vega and vega-lite. Only
// charts.tsx imports it, with a dynamic import(), so esbuild puts it in its
// own chunk and a page without charts never downloads it (Note [Lazy charts]).

import embed, { type Result, type VisualizationSpec } from "vega-embed";
import { vegaParamValue } from "./charts_selection";
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
  opts: {
    fullWidth: boolean;
    theme: "streamlit" | null;
    /** Selection parameters to report (on_select), each time one changes. */
    selection?: { params: readonly string[]; onSelect: (values: Record<string, unknown>) => void };
  },
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
  const sel = opts.selection;
  let timer: ReturnType<typeof setTimeout> | null = null;
  if (sel && sel.params.length > 0) {
    const values: Record<string, unknown> = {};
    for (const name of sel.params) values[name] = {};
    for (const name of sel.params) {
      result.view.addSignalListener(name, (_signal: string, value: unknown) => {
        values[name] = vegaParamValue(value);
        // An interval changes on every mouse move of a drag: report it once it rests.
        if (timer !== null) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = null;
          sel.onSelect({ ...values });
        }, 150);
      });
    }
  }
  return {
    finalize: () => {
      if (timer !== null) clearTimeout(timer);
      result.finalize();
    },
  };
}
