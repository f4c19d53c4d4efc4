// The Vega-Lite half of chart selections, pure so vitest can check it without
// Vega: a selection parameter's signal value as Streamlit reports it, and the
// widget value (JSON text `{"selection": {param: value}}`) Python reads in
// py/wasmlit/elements/charts.py (vega_state).
//
// A point selection's signal holds `vlPoint.or`, one {field: value} object per
// selected point: that list is the value. An interval's signal is already
// {field: [low, high]}. An empty selection is {}.

export function vegaParamValue(value: unknown): unknown {
  if (value === null || typeof value !== "object") return {};
  const rec = value as Record<string, unknown>;
  const point = rec["vlPoint"];
  if (point && typeof point === "object" && Array.isArray((point as Record<string, unknown>)["or"])) {
    return (point as { or: unknown[] }).or;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rec)) {
    if (k !== "vlPoint" && k !== "vlMulti") out[k] = v;
  }
  return out;
}

/** The widget value for the current values of the selection parameters. */
export function vegaSelectionValue(params: Readonly<Record<string, unknown>>): string {
  return JSON.stringify({ selection: params });
}
