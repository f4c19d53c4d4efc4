// Chart selections (issue #6): plotly.js and Vega selection events as
// Streamlit's selection values, and the selection widget of a chart.
import { describe, expect, it } from "vitest";
import { vegaParamValue, vegaSelectionValue } from "../src/app/elements/charts_selection";
import { plotlySelection, plotlySelectionValue, selectionLayout } from "../src/app/elements/plotly_selection";
import { selectionWidget } from "../src/app/widgets";
import type { Element } from "../src/protocol.gen";

describe("plotly selections", () => {
  it("a clicked point becomes Streamlit's point with its index", () => {
    const sel = plotlySelection(
      { points: [{ curveNumber: 0, pointNumber: 2, pointIndex: 2, x: 3, y: 6, data: { legendgroup: "a" }, "marker.size": 5 }] },
      ["points", "box", "lasso"],
    );
    expect(sel.point_indices).toEqual([2]);
    expect(sel.points).toEqual([{ curve_number: 0, point_number: 2, point_index: 2, x: 3, y: 6, marker_size: 5, legendgroup: "a" }]);
    expect(sel.box).toEqual([]);
    expect(JSON.parse(plotlySelectionValue(sel))).toEqual({ selection: sel });
  });

  it("a box and a lasso keep their coordinates; histograms report every index", () => {
    const box = plotlySelection({ points: [{ pointNumbers: [4, 5] }], range: { x: [0, 1], y: [2, 3] } }, ["box"]);
    expect(box.box).toEqual([{ xref: "x", yref: "y", x: [0, 1], y: [2, 3] }]);
    expect(box.point_indices).toEqual([4, 5]);
    const lasso = plotlySelection({ points: [], lassoPoints: { x2: [0, 1, 0], y2: [0, 1, 1] } }, ["lasso"]);
    expect(lasso.lasso).toEqual([{ xref: "x2", yref: "y2", x: [0, 1, 0], y: [0, 1, 1] }]);
    expect(plotlySelection({ range: { x: [0, 1], y: [0, 1] } }, ["points"]).box).toEqual([]);
  });

  it("a double click (no event) clears", () => {
    expect(plotlySelection(null, ["points"])).toEqual({ points: [], point_indices: [], box: [], lasso: [] });
  });

  it("the layout follows the allowed modes", () => {
    expect(selectionLayout(["points", "box", "lasso"]).layout).toMatchObject({ clickmode: "event+select", dragmode: "select" });
    expect(selectionLayout(["lasso"])).toEqual({ layout: { dragmode: "lasso", hovermode: "closest" }, remove: ["select2d"] });
  });
});

describe("vega selections", () => {
  it("a point selection is its vlPoint.or list; an interval its ranges", () => {
    expect(vegaParamValue({ n: ["y"], vlPoint: { or: [{ n: "y" }] } })).toEqual([{ n: "y" }]);
    expect(vegaParamValue({ a: [0.5, 2.5], b: [1, 3] })).toEqual({ a: [0.5, 2.5], b: [1, 3] });
    expect(vegaParamValue(null)).toEqual({});
    expect(JSON.parse(vegaSelectionValue({ pick: [{ n: "y" }], brush: {} }))).toEqual({ selection: { pick: [{ n: "y" }], brush: {} } });
  });
});

describe("selection widgets", () => {
  it("charts with on_select are sent with every rerun; others are not", () => {
    const plotly = { kind: "plotly_chart", spec: "{}", config: "{}", use_container_width: true, theme: null, selection_mode: ["points"], selection_id: "w1" } as Element;
    expect(selectionWidget(plotly)?.id).toBe("w1");
    const vega = { kind: "vega_lite_chart", spec: "{}", use_container_width: true, theme: null, testid: "stVegaLiteChart", selection_mode: [], selection_id: null } as Element;
    expect(selectionWidget(vega)).toBeNull();
  });
});
