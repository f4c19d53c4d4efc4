// st.plotly_chart: mirrors py/wasmlit/elements/plotly_chart.py.
//
// Note [Lazy plotly]
// ~~~~~~~~~~~~~~~~~~
// plotly.js is ~1.4 MB gzipped, five times Vega: it lives in plotly_draw.ts,
// imported only here and only when the first Plotly chart is drawn (a dynamic
// import, a chunk of its own), so an app without st.plotly_chart never
// downloads it, and an app with Vega charts only downloads Vega. A new spec
// for the same node redraws in place (Plotly.react). With on_select, a
// selection in the chart (a click with "points", a box, a lasso; a double
// click clears it) becomes the widget value under `selection_id` and reruns
// the app (Note [Selections in the page] in data_grid.tsx: the value is kept
// while the chart is shown and sent with every rerun).

import type { JSX } from "preact";
import { useSession, type ElementProps } from "../render";
import { useLazyDraw } from "./chart_draw";
import { plotlySelectionValue } from "./plotly_selection";

type PlotlyModule = typeof import("./plotly_draw");
let plotlyModule: Promise<PlotlyModule> | null = null;

/** plotly_draw.ts, loaded once, on first use. */
export function loadPlotly(): Promise<PlotlyModule> {
  plotlyModule ??= import("./plotly_draw");
  return plotlyModule;
}

export function PlotlyChartEl({ el }: ElementProps<"plotly_chart">): JSX.Element {
  const session = useSession();
  const id = el.selection_id;
  const modes = el.selection_mode.join(",");
  const { target, error, drawn } = useLazyDraw(async (div, alive) => {
    const plotly = await loadPlotly();
    if (!alive()) return null;
    let last = "";
    // Casts: both are JSON text made by the script side; plotly.js validates them.
    const figure = JSON.parse(el.spec) as Parameters<PlotlyModule["drawPlotly"]>[1];
    const config = JSON.parse(el.config) as Record<string, unknown>;
    const handle = await plotly.drawPlotly(div, figure, config, {
      fullWidth: el.use_container_width,
      modes: el.selection_mode,
      onSelect:
        id === null
          ? null
          : (sel) => {
              const value = plotlySelectionValue(sel);
              if (value === last) return;
              last = value;
              session.change(id, value);
            },
    });
    return handle.finalize;
  }, [el.spec, el.config, el.use_container_width, id, modes]);
  return (
    <div class="wl-chart wl-plotly" data-testid="stPlotlyChart" data-drawn={drawn ? "" : undefined}>
      <div ref={target} class="wl-chart-canvas" />
      {error ? <div class="wl-chart-error" role="alert">{error}</div> : null}
    </div>
  );
}
