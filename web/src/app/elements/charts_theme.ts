// Streamlit's look for charts drawn with theme="streamlit": its categorical
// palette, light grid, and the app's font. Kept apart so that vitest can check
// it without loading Vega.

export const STREAMLIT_CATEGORY = [
  "#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d",
  "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5",
] as const;

const FONT = '"Source Sans Pro", sans-serif';

import type { Config } from "vega-embed";

export const STREAMLIT_THEME: Config = {
  font: FONT,
  background: "transparent",
  view: { stroke: null },
  range: { category: [...STREAMLIT_CATEGORY] },
  mark: { color: STREAMLIT_CATEGORY[0] },
  line: { strokeWidth: 2 },
  axis: {
    labelColor: "#808495",
    titleColor: "#31333f",
    gridColor: "#e6eaf1",
    domain: false,
    tickColor: "#e6eaf1",
    labelFontSize: 12,
    titleFontSize: 12,
    titleFontWeight: 400,
  },
  legend: { labelColor: "#31333f", titleColor: "#31333f", labelFontSize: 14, titleFontWeight: 400 },
  title: { color: "#31333f", fontSize: 16, anchor: "start" },
};
