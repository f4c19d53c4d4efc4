// Charts: st.line_chart & co., st.vega_lite_chart, st.altair_chart, st.map.
//
// Note [Lazy charts]
// ~~~~~~~~~~~~~~~~~~
// Vega is ~300 KB gzipped: charts_vega.ts is imported only when the first
// chart is drawn (a dynamic import, its own chunk), so an app without charts
// never downloads it. The spec arrives as JSON text with its data inline
// (Note [Chart data inline] in py/wasmlit/elements/charts.py); a new spec for
// the same node (add_rows) redraws the chart in place.

import type { JSX } from "preact";
import { useSession, type ElementProps } from "../render";
import { useLazyDraw } from "./chart_draw";
import { vegaSelectionValue } from "./charts_selection";
import { PlotlyChartEl } from "./plotly";

type VegaModule = typeof import("./charts_vega");
let vegaModule: Promise<VegaModule> | null = null;

/** charts_vega.ts, loaded once, on first use. */
export function loadVega(): Promise<VegaModule> {
  vegaModule ??= import("./charts_vega");
  return vegaModule;
}

function VegaLiteChartEl({ el }: ElementProps<"vega_lite_chart">): JSX.Element {
  const session = useSession();
  const id = el.selection_id;
  const params = el.selection_mode.join(",");
  const { target, error } = useLazyDraw(async (div, alive) => {
    const vega = await loadVega();
    if (!alive()) return null;
    let last = "";
    // Cast: the spec is JSON text made by the script side; Vega validates it.
    const spec = JSON.parse(el.spec) as Record<string, unknown>;
    const selection =
      id === null
        ? undefined
        : {
            params: el.selection_mode,
            onSelect: (values: Record<string, unknown>) => {
              const value = vegaSelectionValue(values);
              if (value === last) return;
              last = value;
              session.change(id, value);
            },
          };
    const handle = await vega.drawChart(div, spec, { fullWidth: el.use_container_width, theme: el.theme, selection });
    return handle.finalize;
  }, [el.spec, el.use_container_width, el.theme, id, params]);
  return (
    <div class="wl-chart" data-testid={el.testid}>
      <div ref={target} class="wl-chart-canvas" />
      {error ? <div class="wl-chart-error" role="alert">{error}</div> : null}
    </div>
  );
}

export const chartRenderers = {
  vega_lite_chart: VegaLiteChartEl,
  plotly_chart: PlotlyChartEl,
};
