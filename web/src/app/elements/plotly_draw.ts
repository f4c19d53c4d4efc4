// The lazily loaded half of st.plotly_chart: plotly.js itself (~1.4 MB
// gzipped). Only plotly.tsx imports it, with a dynamic import(), so esbuild
// puts it in a chunk of its own that no other chart shares and an app without
// st.plotly_chart never downloads it (Note [Lazy plotly] in plotly.tsx).

import Plotly, { type PlotlyHTMLElement } from "plotly.js-dist-min";
import { plotlySelection, selectionLayout, type PlotlySelection, type PlotlySelectionEvent } from "./plotly_selection";

export interface PlotlyHandle {
  readonly finalize: () => void;
}

export interface DrawOptions {
  readonly fullWidth: boolean;
  /** Allowed selection modes; empty without on_select. */
  readonly modes: readonly string[];
  /** Called with each new selection (a click, box, lasso, or a double-click clearing it). */
  readonly onSelect: ((sel: PlotlySelection) => void) | null;
}

/** Draws the figure (plotly's JSON, parsed) with `config` into `target`. */
export async function drawPlotly(
  target: HTMLElement,
  figure: { data?: unknown[]; layout?: Record<string, unknown>; frames?: unknown[] },
  config: Record<string, unknown>,
  opts: DrawOptions,
): Promise<PlotlyHandle> {
  const layout: Record<string, unknown> = { ...(figure.layout ?? {}) };
  const cfg: Record<string, unknown> = { displaylogo: false, ...config };
  if (opts.fullWidth) {
    delete layout["width"];
    layout["autosize"] = true;
    cfg["responsive"] = true;
  }
  if (opts.modes.length > 0) {
    const sel = selectionLayout(opts.modes);
    Object.assign(layout, sel.layout, figure.layout?.["dragmode"] ? { dragmode: figure.layout["dragmode"] } : {});
    const removed = Array.isArray(cfg["modeBarButtonsToRemove"]) ? (cfg["modeBarButtonsToRemove"] as string[]) : [];
    cfg["modeBarButtonsToRemove"] = [...removed, ...sel.remove];
  }
  const gd: PlotlyHTMLElement = await Plotly.react(target, figure.data ?? [], layout, cfg);
  if (opts.modes.length > 0 && opts.onSelect) {
    const report = opts.onSelect;
    const modes = opts.modes;
    gd.removeAllListeners?.("plotly_selected");
    gd.removeAllListeners?.("plotly_deselect");
    gd.on("plotly_selected", (ev) => {
      // plotly.js emits plotly_selected with no event when a drag ends outside any data.
      if (ev) report(plotlySelection(ev as PlotlySelectionEvent, modes));
    });
    gd.on("plotly_deselect", () => report(plotlySelection(null, modes)));
  }
  let resize: ResizeObserver | null = null;
  if (opts.fullWidth && typeof ResizeObserver !== "undefined") {
    resize = new ResizeObserver(() => Plotly.Plots.resize(target));
    resize.observe(target);
  }
  return {
    finalize: () => {
      resize?.disconnect();
      Plotly.purge(target);
    },
  };
}
