// Data elements: st.dataframe, st.data_editor, st.table, st.metric. Mirrors
// py/wasmlit/elements/data.py. The grid and the Arrow reader are a lazy chunk
// (data_grid.tsx): an app that shows no data never downloads them.

import type { JSX } from "preact";
import { useEffect, useState } from "preact/hooks";
import { useSession, type ElementProps, type ElementRegistry } from "../render";
import { Help, MarkdownHtml } from "./common";

type GridModule = typeof import("./data_grid");

let gridModule: GridModule | null = null;
let gridLoading: Promise<GridModule> | null = null;

function loadGrid(): Promise<GridModule> {
  gridLoading ??= import("./data_grid").then((m) => (gridModule = m));
  return gridLoading;
}

/** The grid chunk, once loaded (a placeholder renders until then). */
function useGrid(): GridModule | null {
  const [mod, setMod] = useState<GridModule | null>(gridModule);
  useEffect(() => {
    if (!mod) void loadGrid().then(setMod);
  }, []);
  return mod;
}

function Loading({ testid }: { testid: string }): JSX.Element {
  return <div data-testid={testid} data-loading="" class="wl-df-loading" style={{ minHeight: 80 }} />;
}

function DataFrameEl({ el }: ElementProps<"dataframe">): JSX.Element {
  const grid = useGrid();
  const session = useSession();
  const id = el.selection_id;
  const value = id !== null ? session.widgets.value(id).value : null;
  if (!grid) return <Loading testid="stDataFrame" />;
  // Note [Selections in the page] in data_grid.tsx.
  const selection = id !== null
    ? { modes: el.selection_mode, value: grid.parseSelection(value), onChange: (next: import("./data_grid").Selection) => session.change(id, grid.selectionValue(next)) }
    : null;
  return (
    <grid.DataGrid
      data={el.data}
      columns={el.columns}
      width={el.width}
      height={el.height}
      useContainerWidth={el.use_container_width}
      editor={null}
      selection={selection}
      testid="stDataFrame"
    />
  );
}

function DataEditorEl({ el }: ElementProps<"data_editor">): JSX.Element {
  const grid = useGrid();
  const session = useSession();
  const value = session.widgets.value(el.id).value;
  if (!grid) return <Loading testid="stDataFrame" />;
  const state = grid.parseEditingState(typeof value === "string" ? value : el.value);
  return (
    <grid.DataGrid
      data={el.data}
      columns={el.disabled ? el.columns.map((c) => ({ ...c, disabled: true })) : el.columns}
      width={el.width}
      height={el.height}
      useContainerWidth={el.use_container_width}
      editor={{
        state,
        numRows: el.num_rows,
        onChange: (next) => session.change(el.id, JSON.stringify(next)),
      }}
      testid="stDataFrame"
    />
  );
}

function TableEl({ el }: ElementProps<"table">): JSX.Element {
  const grid = useGrid();
  if (!grid) return <Loading testid="stTable" />;
  return <grid.StaticTable data={el.data} columns={el.columns} />;
}

/** st.metric's delta: down when it starts with "-"; coloured by `delta_color`. */
export function deltaDirection(delta: string): "up" | "down" {
  return delta.trim().startsWith("-") ? "down" : "up";
}

function MetricEl({ el }: ElementProps<"metric">): JSX.Element {
  const dir = el.delta !== null ? deltaDirection(el.delta) : null;
  const good = dir === "up" ? el.delta_color === "normal" : el.delta_color === "inverse";
  const color = el.delta_color === "off" ? "off" : good ? "green" : "red";
  return (
    <div class="wl-metric" data-testid="stMetric" data-border={el.border ? "" : undefined}>
      <label class="wl-label" data-testid="stMetricLabel" data-visibility={el.label_visibility}>
        <MarkdownHtml body={el.label} inline tag="span" testid="stMarkdownContainer" />
        <Help text={el.help} />
      </label>
      <div class="wl-metric-value" data-testid="stMetricValue" style={{ fontSize: "2.25rem" }}>{el.value}</div>
      {el.delta !== null && (
        <div class="wl-metric-delta" data-testid="stMetricDelta" data-direction={dir} data-color={color}
          style={{ color: color === "green" ? "var(--wl-green)" : color === "red" ? "var(--wl-red)" : "var(--wl-text-muted)" }}>
          <span aria-hidden="true">{dir === "down" ? "↓ " : "↑ "}</span>
          {el.delta}
        </div>
      )}
    </div>
  );
}

export const dataRenderers: Pick<ElementRegistry, "dataframe" | "data_editor" | "table" | "metric"> = {
  dataframe: DataFrameEl,
  data_editor: DataEditorEl,
  table: TableEl,
  metric: MetricEl,
};
