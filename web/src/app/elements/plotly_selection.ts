// The Plotly half of chart selections, pure so vitest can check it without
// plotly.js: a plotly.js selection event as Streamlit's selection value (JSON
// text `{"selection": {"points", "point_indices", "box", "lasso"}}`; Python
// reads it in py/wasmlit/elements/plotly_chart.py), and the layout a figure
// gets for the selection modes it allows.

/** A point of a plotly.js event (the fields read here). */
export interface PlotlyEventPoint {
  readonly curveNumber?: number;
  readonly pointNumber?: number;
  readonly pointIndex?: number;
  readonly pointNumbers?: readonly number[];
  readonly pointIndices?: readonly number[];
  readonly x?: unknown;
  readonly y?: unknown;
  readonly z?: unknown;
  readonly lat?: unknown;
  readonly lon?: unknown;
  readonly customdata?: unknown;
  readonly hovertext?: unknown;
  readonly text?: unknown;
  readonly "marker.size"?: unknown;
  readonly "marker.color"?: unknown;
  readonly data?: { readonly legendgroup?: unknown };
}

/** A plotly.js selection event (plotly_selected / plotly_click). */
export interface PlotlySelectionEvent {
  readonly points?: readonly PlotlyEventPoint[];
  readonly range?: Readonly<Record<string, readonly unknown[]>>;
  readonly lassoPoints?: Readonly<Record<string, readonly unknown[]>>;
}

export interface PlotlySelection {
  readonly points: Record<string, unknown>[];
  readonly point_indices: number[];
  readonly box: Record<string, unknown>[];
  readonly lasso: Record<string, unknown>[];
}

export const NO_PLOTLY_SELECTION: PlotlySelection = { points: [], point_indices: [], box: [], lasso: [] };

function isJson(v: unknown): boolean {
  return v === null || ["string", "number", "boolean"].includes(typeof v) || Array.isArray(v);
}

/** One point as Streamlit reports it (snake_case names, only plain values). */
export function selectedPoint(p: PlotlyEventPoint): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (p.curveNumber !== undefined) out["curve_number"] = p.curveNumber;
  if (p.pointNumber !== undefined) out["point_number"] = p.pointNumber;
  const index = p.pointIndex ?? p.pointNumber;
  if (index !== undefined) out["point_index"] = index;
  const many = p.pointIndices ?? p.pointNumbers;
  if (many) out["point_indices"] = [...many];
  for (const key of ["x", "y", "z", "lat", "lon", "customdata", "hovertext", "text"] as const) {
    if (p[key] !== undefined && isJson(p[key])) out[key] = p[key];
  }
  if (isJson(p["marker.size"])) out["marker_size"] = p["marker.size"];
  if (isJson(p["marker.color"])) out["marker_color"] = p["marker.color"];
  const group = p.data?.legendgroup;
  if (typeof group === "string" && group) out["legendgroup"] = group;
  return out;
}

/** The axis pair of a range / lasso record: its first x* and y* keys. */
function axes(rec: Readonly<Record<string, readonly unknown[]>>): [string, string] | null {
  const keys = Object.keys(rec);
  const x = keys.find((k) => k.startsWith("x"));
  const y = keys.find((k) => k.startsWith("y"));
  return x && y ? [x, y] : null;
}

/** A plotly.js event as Streamlit's selection (`modes` limits what is kept). */
export function plotlySelection(event: PlotlySelectionEvent | null | undefined, modes: readonly string[]): PlotlySelection {
  if (!event) return NO_PLOTLY_SELECTION;
  const points = (event.points ?? []).map(selectedPoint);
  const indices: number[] = [];
  for (const p of points) {
    const many = p["point_indices"];
    if (Array.isArray(many)) indices.push(...(many as number[]));
    else if (typeof p["point_index"] === "number") indices.push(p["point_index"]);
  }
  const box: Record<string, unknown>[] = [];
  const lasso: Record<string, unknown>[] = [];
  const range = event.range ? axes(event.range) : null;
  if (event.range && range && modes.includes("box")) {
    box.push({ xref: range[0], yref: range[1], x: [...(event.range[range[0]] ?? [])], y: [...(event.range[range[1]] ?? [])] });
  }
  const loop = event.lassoPoints ? axes(event.lassoPoints) : null;
  if (event.lassoPoints && loop && modes.includes("lasso")) {
    lasso.push({ xref: loop[0], yref: loop[1], x: [...(event.lassoPoints[loop[0]] ?? [])], y: [...(event.lassoPoints[loop[1]] ?? [])] });
  }
  return { points, point_indices: indices, box, lasso };
}

/** The widget value (JSON text) for a selection. */
export function plotlySelectionValue(sel: PlotlySelection): string {
  return JSON.stringify({ selection: sel });
}

/**
 * Layout and config changes for the allowed selection modes, as Streamlit
 * makes them: a click selects a point ("points"), dragging draws a box, else a
 * lasso; the mode bar offers only the allowed tools.
 */
export function selectionLayout(modes: readonly string[]): { layout: Record<string, unknown>; remove: string[] } {
  const layout: Record<string, unknown> = {};
  if (modes.includes("points")) layout["clickmode"] = "event+select";
  layout["dragmode"] = modes.includes("box") ? "select" : modes.includes("lasso") ? "lasso" : "pan";
  layout["hovermode"] = "closest";
  const remove: string[] = [];
  if (!modes.includes("box")) remove.push("select2d");
  if (!modes.includes("lasso")) remove.push("lasso2d");
  return { layout, remove };
}
