// The data grid of st.dataframe and st.data_editor, and st.table: loaded
// lazily (data.tsx imports this chunk when the first data element appears),
// with flechette to read the Arrow IPC the worker sends.
//
// Note [Virtual rows]
// ~~~~~~~~~~~~~~~~~~~
// Only the rows in view are in the DOM (one div per cell, read from Arrow
// columns with `at(i)`, never materialized as a whole). The scroller holds a
// spacer as tall as the rows; a window, absolutely placed at the scroller's
// scrollTop, draws the header and the visible rows. Browsers cap an element's
// height (about 33 million px in Chromium), so past MAX_SPACER px the scroll
// position maps to a row proportionally, and the last row stays reachable at
// 1,000,000 rows. The DOM is a real ARIA grid (role="grid"/"row"/"gridcell",
// aria-rowindex), which tests and screen readers read.
//
// Note [Editing state in the page]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// (See Note [Editing state] in py/wasmlit/dataframe/editing.py.) The grid's
// rows are the original rows not deleted, then the added rows; a row is
// referred to by `ref`: >= 0 an original row's position, < 0 the added row
// -ref - 1. Every edit makes a new state, which the editor sends as its widget
// value (a rerun).

import { tableFromIPC, Type, type Table } from "@uwdata/flechette";
import type { JSX } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { DataColumn, JSONValue } from "../../protocol.gen";
import {
  csvField,
  formatDate,
  formatDatetime,
  formatNumberCell,
  formatDuration,
  formatOther,
  formatTime,
  timeMicros,
} from "./data_format";

const ROW_H = 35;
const MAX_SPACER = 10_000_000;
/** A search counts at most this many matching cells (Note [Grid search]). */
const MAX_MATCHES = 10_000;
/** Above this many rows sorting is off, as in Streamlit (CHECKLIST DF-37). */
export const SORT_LIMIT = 150_000;

export interface EditingState {
  edited_rows: Record<string, Record<string, JSONValue>>;
  added_rows: Record<string, JSONValue>[];
  deleted_rows: number[];
}

export function parseEditingState(text: string): EditingState {
  try {
    const raw = JSON.parse(text) as Partial<EditingState> | null;
    return {
      edited_rows: raw?.edited_rows ?? {},
      added_rows: raw?.added_rows ?? [],
      deleted_rows: raw?.deleted_rows ?? [],
    };
  } catch {
    return { edited_rows: {}, added_rows: [], deleted_rows: [] };
  }
}

interface Col {
  readonly spec: DataColumn;
  readonly arrow: { at(i: number): unknown } | null;
  /** A Styler's display values and cell CSS (Note [Styler in the grid] in py/wasmlit/dataframe/styler.py). */
  readonly display: { at(i: number): unknown } | null;
  readonly css: { at(i: number): unknown } | null;
  readonly typeId: number;
  readonly unit: number;
  readonly options: Record<string, JSONValue>;
}

/** The decoded Arrow table with each shown column's accessor. */
export interface Decoded {
  readonly rows: number;
  readonly cols: readonly Col[];
  /** A Styler's caption, or null. */
  readonly caption: string | null;
}

export function decode(data: Uint8Array, columns: readonly DataColumn[]): Decoded {
  const table: Table = tableFromIPC(data);
  const fields = table.schema.fields;
  const cols = columns.map((spec): Col => {
    const idx = fields.findIndex((f) => f.name === spec.name);
    const field = idx >= 0 ? fields[idx] : undefined;
    const type = field?.type as { typeId: number; unit?: number } | undefined; // flechette's DataType union
    let options: Record<string, JSONValue> = {};
    try {
      options = JSON.parse(spec.type_options) as Record<string, JSONValue>;
    } catch {
      options = {};
    }
    const extra = (prefix: string): { at(i: number): unknown } | null => {
      const i = fields.findIndex((f) => f.name === prefix + spec.name);
      return i >= 0 ? table.getChildAt(i) : null;
    };
    return {
      spec,
      arrow: idx >= 0 ? table.getChildAt(idx) : null,
      display: extra("__wl_display__"),
      css: extra("__wl_css__"),
      typeId: type?.typeId ?? Type.Utf8,
      unit: type?.unit ?? 0,
      options,
    };
  });
  const caption = table.schema.metadata?.get("wasmlit.caption") ?? null;
  return { rows: table.numRows, cols, caption };
}

const CSS_PROPS: Record<string, string> = { "color": "color", "background-color": "backgroundColor", "font-weight": "fontWeight" };

/** A Styler cell's CSS declarations as an inline style: only colour, background
 * colour and font weight, with plain colour/number values (no url(), no
 * expression(); checked again here though the runtime filtered them). */
export function cellStyle(text: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof text !== "string") return out;
  for (const decl of text.split(";")) {
    const i = decl.indexOf(":");
    if (i < 0) continue;
    const prop = CSS_PROPS[decl.slice(0, i).trim().toLowerCase()];
    const value = decl.slice(i + 1).trim();
    if (!prop || !/^[#a-zA-Z0-9(),.%\s-]{1,64}$/.test(value) || /url|expression/i.test(value)) continue;
    out[prop] = value;
  }
  return out;
}

/** A Styler display value when the cell shows the original data, else null. */
function displayAt(col: Col, ref: number, edited: boolean): string | null {
  if (edited || ref < 0 || !col.display) return null;
  const d = col.display.at(ref);
  return typeof d === "string" ? d : null;
}

/** The text a cell shows (its Styler display value if any). */
function shownText(col: Col, ref: number, v: unknown, edited: boolean): string {
  return displayAt(col, ref, edited) ?? cellText(col, v, edited);
}

/** Rows of cells as TSV (what spreadsheet software pastes; CHECKLIST DF-08). */
export function toTsv(rows: readonly (readonly string[])[]): string {
  const field = (s: string): string => (/[\t\n\r"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return rows.map((r) => r.map(field).join("\t")).join("\n");
}

/** TSV text from the clipboard as rows of cells (quoted fields allowed). */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"' && cur === "") quoted = true;
    else if (ch === "\t") {
      row.push(cur);
      cur = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cur);
      rows.push(row);
      row = [];
      cur = "";
    } else cur += ch;
  }
  if (cur !== "" || row.length > 0) {
    row.push(cur);
    rows.push(row);
  }
  return rows;
}

/** A pasted cell's value in column `spec`, or undefined when it does not fit the column (DF-14). */
export function parsePasted(spec: DataColumn, options: Record<string, JSONValue>, text: string): JSONValue | undefined {
  const t = text.trim();
  switch (spec.type) {
    case "checkbox": {
      const l = t.toLowerCase();
      if (l === "true" || l === "1" || l === "yes") return true;
      if (l === "false" || l === "0" || l === "no") return false;
      return t === "" && !spec.required ? null : undefined;
    }
    case "number":
      return parseInput(spec, options, t.replace(/,/g, ""));
    case "date":
      return /^\d{4}-\d{2}-\d{2}$/.test(t) && !Number.isNaN(Date.parse(t)) ? t : (t === "" ? parseInput(spec, options, t) : undefined);
    case "time":
      return /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(t) ? t : (t === "" ? parseInput(spec, options, t) : undefined);
    case "datetime": {
      const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(:\d{2}(\.\d+)?)?)$/.exec(t);
      return m ? `${m[1]}T${m[2]}` : (t === "" ? parseInput(spec, options, t) : undefined);
    }
    default:
      return parseInput(spec, options, text);
  }
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A cell's text. `edited`: the value came from the editing state (JSON). */
export function cellText(col: Col, v: unknown, edited: boolean): string {
  if (v === null || v === undefined) return "";
  const s = col.spec;
  if (edited && typeof v === "string" && (s.type === "datetime" || s.type === "date" || s.type === "time")) {
    return s.type === "datetime" ? v.replace("T", " ") : v;
  }
  switch (col.typeId) {
    case Type.Timestamp:
      return typeof v === "number" ? formatDatetime(v, s.timezone, s.format) : formatOther(v);
    case Type.Date:
      return typeof v === "number" ? formatDate(v, s.format) : formatOther(v);
    case Type.Time:
      return typeof v === "number" || typeof v === "bigint" ? formatTime(timeMicros(v, col.unit), s.format) : formatOther(v);
    case Type.Duration:
      return typeof v === "number" || typeof v === "bigint" ? formatDuration(v, col.unit) : formatOther(v);
    default:
      break;
  }
  if (typeof v === "number" || typeof v === "bigint") {
    return formatNumberCell(v, s.format, col.options["is_int"] === true);
  }
  if (typeof v === "boolean") return v ? "true" : "false";
  return formatOther(v);
}

/** What an input of this column starts with when editing `v`. */
function inputText(col: Col, v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return col.spec.type === "datetime" ? v.slice(0, 19) : v;
  if (col.typeId === Type.Timestamp && typeof v === "number") return formatDatetime(v, col.spec.timezone, null).slice(0, 19).replace(" ", "T");
  if (col.typeId === Type.Date && typeof v === "number") return isoDate(v);
  if (col.typeId === Type.Time && (typeof v === "number" || typeof v === "bigint")) return formatTime(timeMicros(v, col.unit), null).slice(0, 8);
  return cellText(col, v, false);
}

/** The value an input's text stands for in column `col`, or undefined when invalid (DF-23). */
export function parseInput(spec: DataColumn, options: Record<string, JSONValue>, text: string): JSONValue | undefined {
  if (text === "") return spec.required ? undefined : null;
  switch (spec.type) {
    case "number": {
      const n = Number(text.trim());
      if (text.trim() === "" || !Number.isFinite(n)) return undefined;
      const min = options["min_value"];
      const max = options["max_value"];
      if (typeof min === "number" && n < min) return undefined;
      if (typeof max === "number" && n > max) return undefined;
      return options["is_int"] === true ? Math.trunc(n) : n;
    }
    case "checkbox":
      return text === "true";
    case "selectbox": {
      const opts = options["options"];
      return Array.isArray(opts) && !opts.some((o) => String(o) === text) ? undefined : text;
    }
    case "text":
    case "link": {
      const maxChars = options["max_chars"];
      if (typeof maxChars === "number" && text.length > maxChars) return undefined;
      const validate = options["validate"];
      if (typeof validate === "string") {
        try {
          if (!new RegExp(validate).test(text)) return undefined;
        } catch {
          return undefined;
        }
      }
      return text;
    }
    default:
      return text;
  }
}

// ----------------------------------------------------------------- styles

const CSS = `
.wl-df{position:relative;max-width:100%;font-size:14px}
.wl-df[data-full]{width:100%}
.wl-df-frame{position:relative;border:1px solid var(--wl-border);border-radius:var(--wl-radius);overflow:hidden;background:var(--wl-bg)}
.wl-df-scroll{overflow:auto;position:relative;outline:none}
.wl-df-window{position:absolute;left:0}
.wl-df-row{display:flex;height:${ROW_H}px;position:absolute;left:0}
.wl-df-cell{flex:none;box-sizing:border-box;padding:0 8px;line-height:${ROW_H}px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;border-right:1px solid rgba(49,51,63,.1);border-bottom:1px solid rgba(49,51,63,.1);background:var(--wl-bg)}
.wl-df-cell[data-type=number],.wl-df-cell[data-type=progress]{text-align:right}
.wl-df-cell[data-index]{color:var(--wl-text-muted);background:var(--wl-bg2)}
.wl-df-head{z-index:2;top:0}
.wl-df-head .wl-df-cell{background:var(--wl-bg2);color:var(--wl-text-muted);cursor:pointer;position:relative;user-select:none}
.wl-df-resize{position:absolute;right:0;top:0;width:6px;height:100%;cursor:col-resize}
.wl-df-cell[aria-selected=true]{box-shadow:inset 0 0 0 2px var(--wl-primary)}
.wl-df-cell input:not([type=checkbox]),.wl-df-cell select{width:100%;box-sizing:border-box;font:inherit;border:none;outline:2px solid var(--wl-primary);height:${ROW_H - 4}px}
.wl-df-cell[data-disabled]{color:var(--wl-text-muted)}
.wl-df-toolbar{position:absolute;right:0;top:-32px;display:flex;gap:2px;opacity:0;transition:opacity .2s;z-index:3;pointer-events:none}
.wl-df:hover .wl-df-toolbar,.wl-df:focus-within .wl-df-toolbar{opacity:1;pointer-events:auto}
.wl-df-cell input[type=checkbox]{appearance:auto;width:auto;height:auto;margin:0;vertical-align:middle;accent-color:var(--wl-primary)}
.wl-df-toolbar button{display:flex;align-items:center;justify-content:center;border:none;background:var(--wl-bg);cursor:pointer;width:28px;height:28px;border-radius:4px;font-size:15px;color:var(--wl-text)}
.wl-df-toolbar button:hover{background:var(--wl-bg2)}
.wl-df-search{position:absolute;right:0;top:-34px;z-index:4;display:flex;align-items:center;gap:6px;background:var(--wl-bg)}
.wl-df-search-count{font-size:12px;color:var(--wl-text-muted);white-space:nowrap}
.wl-df-cell[data-search-match]{background:color-mix(in srgb,#ffd24d 35%,var(--wl-bg))}
.wl-df-cell[data-search-current]{background:color-mix(in srgb,#ffa21f 60%,var(--wl-bg))}
.wl-df-add{height:${ROW_H}px;line-height:${ROW_H}px;padding:0 8px;cursor:pointer;background:var(--wl-bg2);color:var(--wl-text-muted);border-top:1px solid var(--wl-border)}
.wl-df[data-fullscreen]{position:fixed;inset:40px 20px 20px 20px;z-index:1000;background:var(--wl-bg)}
.wl-df[data-fullscreen] .wl-df-frame{height:100%;box-sizing:border-box}
.wl-df-progress{display:inline-block;height:6px;background:var(--wl-primary);border-radius:3px;vertical-align:middle;margin-right:6px}
.wl-df-spark{vertical-align:middle}
.wl-df-row[aria-selected=true] .wl-df-cell,.wl-df-cell[aria-selected=true]{background:color-mix(in srgb,var(--wl-primary) 12%,var(--wl-bg))}
.wl-df-empty{padding:8px;color:var(--wl-text-muted)}
.wl-df-corner{position:absolute;right:0;bottom:0;width:12px;height:12px;cursor:nwse-resize;z-index:3;background:linear-gradient(135deg,transparent 50%,var(--wl-border) 50%)}
.wl-df-cell[data-range]{box-shadow:inset 0 0 0 1px var(--wl-primary);position:relative}
.wl-df-fill{position:absolute;right:1px;bottom:1px;width:7px;height:7px;background:var(--wl-primary);cursor:crosshair}
.wl-df-caption{font-size:14px;color:var(--wl-text-muted);padding:4px 0}
.wl-table caption{caption-side:bottom;text-align:left}
.wl-table{border-collapse:collapse;width:100%;font-size:14px}
.wl-table th,.wl-table td{border-bottom:1px solid var(--wl-border);padding:4px 8px;text-align:left}
.wl-table th{color:var(--wl-text-muted);font-weight:400}
.wl-table td[data-type=number]{text-align:right}
`;

let styled = false;
/** The grid's CSS, added when this chunk loads (a lazy chunk's imported CSS would land in the entry's). */
export function ensureStyles(): void {
  if (styled || typeof document === "undefined") return;
  styled = true;
  const style = document.createElement("style");
  style.dataset["wasmlit"] = "data-grid";
  style.textContent = CSS;
  document.head.append(style);
}

// ------------------------------------------------------------- grid rows

function defaultWidth(spec: DataColumn): number {
  if (spec.width === "small") return 75;
  if (spec.width === "medium") return 200;
  if (spec.width === "large") return 400;
  if (spec.width && /^\d+$/.test(spec.width)) return Number(spec.width);
  if (spec.is_index) return 70;
  return Math.min(300, Math.max(90, spec.label.length * 9 + 40));
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "bigint" && typeof b === "bigint") return a < b ? -1 : 1;
  if (typeof a === "boolean" && typeof b === "boolean") return a ? 1 : -1;
  return String(a).localeCompare(String(b));
}

// Note [Selections in the page]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// st.dataframe(on_select=...) (issue #6): the selection is the widget value,
// JSON text `{"selection": {"rows": [...], "columns": [...]}}` (Streamlit's
// shape; py/wasmlit/dataframe/selection.py reads it). Rows are `ref`s, the
// positions in the original data, so sorting or searching never changes what
// a selection means. The widget id digests the data, so a selection survives
// reruns exactly while the data is unchanged.

export interface Selection {
  readonly rows: readonly number[];
  readonly columns: readonly string[];
}

export const NO_SELECTION: Selection = { rows: [], columns: [] };

/** The widget value (JSON text) as a Selection; anything malformed is empty. */
export function parseSelection(text: unknown): Selection {
  if (typeof text !== "string" || !text) return NO_SELECTION;
  try {
    const sel = (JSON.parse(text) as { selection?: { rows?: unknown; columns?: unknown } }).selection;
    const rows = Array.isArray(sel?.rows) ? sel.rows.filter((r): r is number => Number.isInteger(r)) : [];
    const columns = Array.isArray(sel?.columns) ? sel.columns.filter((c): c is string => typeof c === "string") : [];
    return { rows, columns };
  } catch {
    return NO_SELECTION;
  }
}

/** The widget value the page sends for a selection. */
export function selectionValue(sel: Selection): string {
  return JSON.stringify({ selection: { rows: sel.rows, columns: sel.columns } });
}

/** Toggle row `ref` under `modes` (single-row keeps at most one; rows stay sorted). */
export function toggleRow(sel: Selection, ref: number, modes: readonly string[]): Selection {
  const on = sel.rows.includes(ref);
  if (modes.includes("single-row")) return { ...sel, rows: on ? [] : [ref] };
  if (!modes.includes("multi-row")) return sel;
  const rows = on ? sel.rows.filter((r) => r !== ref) : [...sel.rows, ref].sort((a, b) => a - b);
  return { ...sel, rows };
}

/** Toggle column `name` under `modes` (single-column keeps at most one). */
export function toggleColumn(sel: Selection, name: string, modes: readonly string[]): Selection {
  const on = sel.columns.includes(name);
  if (modes.includes("single-column")) return { ...sel, columns: on ? [] : [name] };
  if (!modes.includes("multi-column")) return sel;
  return { ...sel, columns: on ? sel.columns.filter((c) => c !== name) : [...sel.columns, name] };
}

export interface SelectionProps {
  readonly modes: readonly string[];
  readonly value: Selection;
  readonly onChange: (next: Selection) => void;
}

export interface EditorProps {
  readonly state: EditingState;
  readonly numRows: "fixed" | "dynamic";
  readonly onChange: (next: EditingState) => void;
}

export interface GridProps {
  readonly data: Uint8Array;
  readonly columns: readonly DataColumn[];
  readonly width: number | null;
  readonly height: number | null;
  readonly useContainerWidth: boolean;
  readonly editor: EditorProps | null;
  readonly selection?: SelectionProps | null;
  readonly testid: string;
}

const ICONS: Record<string, string> = {
  add: "M12 5v14M5 12h14",
  delete: "M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13",
  download: "M12 4v11M7 10l5 5 5-5M5 20h14",
  search: "M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM16 16l5 5",
  fullscreen: "M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5",
};

function Icon({ name }: { name: string }): JSX.Element {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
      <path d={ICONS[name] ?? ""} />
    </svg>
  );
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function safeUrl(url: string, images: boolean): string | null {
  try {
    const u = new URL(url, document.baseURI);
    if (u.protocol === "http:" || u.protocol === "https:") return u.href;
    if (images && u.protocol === "data:" && /^data:image\//i.test(url)) return url;
  } catch {
    return null;
  }
  return null;
}

function Sparkline({ values, kind, options }: { values: number[]; kind: string; options: Record<string, JSONValue> }): JSX.Element {
  const w = 100;
  const h = 24;
  const yMin = typeof options["y_min"] === "number" ? options["y_min"] : Math.min(0, ...values);
  const yMax = typeof options["y_max"] === "number" ? options["y_max"] : Math.max(...values);
  const span = yMax - yMin || 1;
  const y = (v: number): number => h - ((v - yMin) / span) * h;
  if (kind === "bar_chart") {
    const bw = w / Math.max(values.length, 1);
    return (
      <svg class="wl-df-spark" width={w} height={h} aria-hidden="true">
        {values.map((v, i) => <rect x={i * bw + 1} y={y(v)} width={Math.max(bw - 2, 1)} height={h - y(v)} fill="var(--wl-primary)" />)}
      </svg>
    );
  }
  const pts = values.map((v, i) => `${(i / Math.max(values.length - 1, 1)) * w},${y(v)}`).join(" ");
  return (
    <svg class="wl-df-spark" width={w} height={h} aria-hidden="true">
      {kind === "area_chart" && <polygon points={`0,${h} ${pts} ${w},${h}`} fill="var(--wl-primary)" opacity="0.3" />}
      <polyline points={pts} fill="none" stroke="var(--wl-primary)" stroke-width="1.5" />
    </svg>
  );
}

function CellContent({ col, v, edited }: { col: Col; v: unknown; edited: boolean }): JSX.Element | string {
  const s = col.spec;
  if (v === null || v === undefined) return "";
  switch (s.type) {
    case "checkbox":
      return <input type="checkbox" checked={v === true} disabled tabIndex={-1} aria-label={String(v === true)} />;
    case "link": {
      const href = typeof v === "string" ? safeUrl(v, false) : null;
      const display = typeof col.options["display_text"] === "string" ? col.options["display_text"] : String(v);
      return href ? <a href={href} target="_blank" rel="noopener noreferrer">{display}</a> : String(v);
    }
    case "image": {
      const src = typeof v === "string" ? safeUrl(v, true) : null;
      return src ? <img src={src} alt="" style={{ height: ROW_H - 6, verticalAlign: "middle" }} /> : "";
    }
    case "progress": {
      const n = Number(v);
      const min = typeof col.options["min_value"] === "number" ? col.options["min_value"] : 0;
      const max = typeof col.options["max_value"] === "number" ? col.options["max_value"] : 1;
      const frac = Math.max(0, Math.min(1, (n - min) / (max - min || 1)));
      return (
        <span>
          <span class="wl-df-progress" style={{ width: `${Math.round(frac * 60)}px` }} />
          {cellText(col, v, edited)}
        </span>
      );
    }
    case "line_chart":
    case "bar_chart":
    case "area_chart": {
      const values = ArrayBuffer.isView(v) || Array.isArray(v) ? Array.from(v as ArrayLike<unknown>, Number) : [];
      return <Sparkline values={values} kind={s.type} options={col.options} />;
    }
    default:
      return cellText(col, v, edited);
  }
}

/** Column types whose cells draw something other than text (a Styler display value never replaces them). */
const NON_TEXT = new Set(["checkbox", "link", "image", "progress", "line_chart", "bar_chart", "area_chart"]);

/** The key of column `col` in a row of the editing state (the index is `_index`, as in Streamlit). */
function keyOf(col: Col): string {
  return col.spec.is_index ? "_index" : col.spec.name;
}

/** A cell's value as the editing state holds it (JSON), or undefined when it cannot be. */
function toJsonValue(col: Col, v: unknown): JSONValue | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return null;
    if (col.typeId === Type.Timestamp || col.typeId === Type.Date || col.typeId === Type.Time) {
      return parsePasted(col.spec, col.options, inputText(col, v)) ?? undefined;
    }
    return v;
  }
  if (typeof v === "bigint") {
    if (col.typeId === Type.Time) return parsePasted(col.spec, col.options, inputText(col, v)) ?? undefined;
    return Number(v);
  }
  return undefined;
}

/** st.dataframe / st.data_editor: the virtualized grid with its toolbar. */
export function DataGrid(props: GridProps): JSX.Element {
  ensureStyles();
  const { editor } = props;
  const decoded = useMemo(() => decode(props.data, props.columns), [props.data, props.columns]);
  const shown = useMemo(() => decoded.cols.filter((c) => !c.spec.hidden), [decoded]);
  const [widths, setWidths] = useState<Record<string, number>>({});
  const [sort, setSort] = useState<{ name: string; dir: 1 | -1 } | null>(null);
  const [query, setQuery] = useState<string | null>(null);
  const [full, setFull] = useState(false);
  const [scrollTop, setScrollTop] = useState(0);
  const [editing, setEditing] = useState<{ ref: number; name: string } | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  // Note [Cell ranges]: a rectangle of display rows x shown columns (anchor and
  // focus), set by a click and extended by a Shift+click; Ctrl/Cmd+C copies it
  // as TSV, Ctrl/Cmd+V pastes from its top-left cell, Ctrl/Cmd+D fills down.
  const [range, setRange] = useState<{ r0: number; c0: number; r1: number; c1: number } | null>(null);
  // DF-04: the size the bottom-right corner was dragged to, or null.
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const searching = query !== null;
  useEffect(() => {
    if (searching) searchBox.current?.focus(); // DF-06: the toolbar icon or Ctrl/Cmd+F
  }, [searching]);
  const state = editor?.state ?? null;
  const dynamic = editor?.numRows === "dynamic";
  const canSort = decoded.rows <= SORT_LIMIT && !dynamic;
  const sel = props.selection ?? null;
  const rowMode = sel ? sel.modes.find((m) => m === "single-row" || m === "multi-row") ?? null : null;
  const colMode = sel ? sel.modes.some((m) => m === "single-column" || m === "multi-column") : false;
  const selectedRows = useMemo(() => new Set(sel?.value.rows ?? []), [sel?.value]);
  const hasSelection = !!sel && (sel.value.rows.length > 0 || sel.value.columns.length > 0);
  const clearSelection = (): void => {
    if (hasSelection) sel?.onChange(NO_SELECTION);
  };

  const valueAt = (col: Col, ref: number): { v: unknown; edited: boolean } => {
    if (ref < 0) {
      const row = state?.added_rows[-ref - 1];
      const v = row?.[col.spec.is_index ? "_index" : col.spec.name];
      return { v: v ?? null, edited: true };
    }
    const edit = state?.edited_rows[String(ref)];
    const key = keyOf(col);
    if (edit && key in edit) return { v: edit[key], edited: true };
    return { v: col.arrow?.at(ref) ?? null, edited: false };
  };

  // The rows in display order (Note [Editing state in the page]); null: 0..rows-1.
  const refs = useMemo((): Int32Array | null => {
    const deleted = state?.deleted_rows ?? [];
    const added = state?.added_rows.length ?? 0;
    if (!sort && deleted.length === 0 && added === 0) return null;
    const gone = new Set(deleted);
    const out: number[] = [];
    for (let i = 0; i < decoded.rows; i++) if (!gone.has(i)) out.push(i);
    for (let i = 0; i < added; i++) out.push(-i - 1);
    let list = out;
    if (sort) {
      const col = shown.find((c) => c.spec.name === sort.name);
      if (col) {
        const keyed = list.map((ref) => ({ ref, v: valueAt(col, ref).v }));
        keyed.sort((a, b) => {
          const c = compare(a.v, b.v);
          return a.v === null || a.v === undefined || b.v === null || b.v === undefined ? c : c * sort.dir;
        });
        list = keyed.map((k) => k.ref);
      }
    }
    return Int32Array.from(list);
    // valueAt reads `state`, listed here.
  }, [decoded, shown, sort, state]);

  const total = refs ? refs.length : decoded.rows;
  const selectCol = dynamic || rowMode ? 34 : 0;
  const colWidth = (c: Col): number => widths[c.spec.name] ?? defaultWidth(c.spec);
  const totalWidth = selectCol + shown.reduce((a, c) => a + colWidth(c), 0);
  const viewH = size?.h ?? props.height ?? ROW_H * (Math.min(Math.max(total, 1), 10) + 1) + 2;
  const bodyH = viewH - ROW_H;
  const contentH = Math.min(total * ROW_H, MAX_SPACER);
  const maxScroll = Math.max(contentH - bodyH, 0);
  const firstFloat = contentH === total * ROW_H
    ? scrollTop / ROW_H
    : (maxScroll > 0 ? (scrollTop / maxScroll) : 0) * Math.max(total - bodyH / ROW_H, 0);
  const first = Math.max(0, Math.floor(firstFloat));
  const shift = (firstFloat - first) * ROW_H;
  const count = Math.min(total - first, Math.ceil(bodyH / ROW_H) + 1);

  useEffect(() => {
    if (scrollTop > maxScroll && scroller.current) scroller.current.scrollTop = maxScroll;
  }, [maxScroll]);

  // Note [Grid search]: as in Streamlit's grid, a search highlights the cells
  // whose shown text contains the query (case-insensitive) and scrolls to the
  // current one; Enter / Shift+Enter step through them. Rows are not filtered.
  const q = query ? query.toLowerCase() : "";
  const matchesCell = (c: Col, ref: number): boolean => {
    if (!q) return false;
    const { v, edited } = valueAt(c, ref);
    return shownText(c, ref, v, edited).toLowerCase().includes(q);
  };
  const matches = useMemo((): { pos: number; ci: number }[] => {
    const out: { pos: number; ci: number }[] = [];
    if (!q) return out;
    for (let p = 0; p < total && out.length < MAX_MATCHES; p++) {
      const ref = refs ? (refs[p] ?? 0) : p;
      shown.forEach((c, ci) => {
        if (matchesCell(c, ref)) out.push({ pos: p, ci });
      });
    }
    return out;
    // matchesCell reads `state` and `decoded`, listed here.
  }, [q, refs, shown, state, decoded, total]);
  const [matchIdx, setMatchIdx] = useState(0);
  useEffect(() => setMatchIdx(0), [q]);
  const current = matches.length ? matches[Math.min(matchIdx, matches.length - 1)] ?? null : null;
  const scrollToRow = (pos: number): void => {
    const s = scroller.current;
    if (!s) return;
    const inView = Math.max(Math.floor(bodyH / ROW_H), 1);
    if (pos >= Math.ceil(firstFloat) && pos < first + inView) return;
    const top = contentH === total * ROW_H
      ? Math.max(0, (pos - Math.floor(inView / 2)) * ROW_H)
      : Math.min(maxScroll, (pos / Math.max(total - bodyH / ROW_H, 1)) * maxScroll);
    s.scrollTop = top;
    setScrollTop(s.scrollTop);
  };
  useEffect(() => {
    if (current) scrollToRow(current.pos);
  }, [current?.pos, current?.ci]);

  const change = (next: EditingState): void => editor?.onChange(next);

  /** `base` with the cell (ref, col) set to `value`. */
  const withEdit = (base: EditingState, ref: number, col: Col, value: JSONValue): EditingState => {
    const name = keyOf(col);
    if (ref < 0) {
      const added = base.added_rows.map((r, i) => (i === -ref - 1 ? { ...r, [name]: value } : r));
      return { ...base, added_rows: added };
    }
    const row = { ...(base.edited_rows[String(ref)] ?? {}), [name]: value };
    return { ...base, edited_rows: { ...base.edited_rows, [String(ref)]: row } };
  };

  const commitEdit = (ref: number, col: Col, value: JSONValue): void => {
    if (state) change(withEdit(state, ref, col, value));
  };

  const refAt = (pos: number): number => (refs ? (refs[pos] ?? 0) : pos);
  const box = range && {
    top: Math.min(range.r0, range.r1), bottom: Math.max(range.r0, range.r1),
    left: Math.min(range.c0, range.c1), right: Math.max(range.c0, range.c1),
  };

  /** Ctrl/Cmd+C: the selected cells (or the selected rows) as TSV (DF-08). */
  const copyCells = (): void => {
    let rowsPos: number[] = [];
    let cols: Col[] = [];
    if (box) {
      for (let p = box.top; p <= box.bottom && p < total; p++) rowsPos.push(p);
      cols = shown.slice(box.left, box.right + 1);
    } else if (selectedRows.size > 0 || selected.size > 0) {
      const want = selectedRows.size > 0 ? selectedRows : selected;
      for (let p = 0; p < total; p++) if (want.has(refAt(p))) rowsPos.push(p);
      cols = shown;
    } else return;
    const text = toTsv(rowsPos.map((p) => {
      const ref = refAt(p);
      return cols.map((c) => {
        const { v, edited } = valueAt(c, ref);
        return shownText(c, ref, v, edited);
      });
    }));
    void navigator.clipboard?.writeText(text).catch(() => undefined);
  };

  /** Ctrl/Cmd+V in an editor: clipboard TSV from the range's top-left cell; each
   * value is checked against its column, and what does not fit is skipped (DF-14).
   * Rows past the last are added with num_rows="dynamic" (as Streamlit does), else dropped. */
  const pasteCells = async (): Promise<void> => {
    if (!state || !box || !navigator.clipboard) return;
    let text: string;
    try {
      text = await navigator.clipboard.readText();
    } catch {
      return;
    }
    let next = state;
    parseTsv(text.replace(/\r?\n$/, "")).forEach((cells, i) => {
      const pos = box.top + i;
      let ref: number;
      if (pos < total) ref = refAt(pos);
      else if (dynamic) {
        next = { ...next, added_rows: [...next.added_rows, newRow()] };
        ref = -next.added_rows.length;
      } else return;
      cells.forEach((cellTextIn, j) => {
        const col = shown[box.left + j];
        if (!col || col.spec.disabled) return;
        const value = parsePasted(col.spec, col.options, cellTextIn);
        if (value !== undefined) next = withEdit(next, ref, col, value);
      });
    });
    if (next !== state) change(next);
  };

  /** Ctrl/Cmd+D in an editor: the range's first row copied into its other rows (DF-22). */
  const fillDown = (): void => {
    if (!state || !box || box.bottom <= box.top) return;
    let next = state;
    const top = refAt(box.top);
    for (let ci = box.left; ci <= box.right; ci++) {
      const col = shown[ci];
      if (!col || col.spec.disabled) continue;
      const { v } = valueAt(col, top);
      const value = toJsonValue(col, v);
      if (value === undefined) continue;
      for (let p = box.top + 1; p <= box.bottom && p < total; p++) next = withEdit(next, refAt(p), col, value);
    }
    if (next !== state) change(next);
  };

  /** The fill handle (DF-22): dragged down from the range's bottom-right cell,
   * it repeats the range's rows into the rows it passes over. */
  const startFill = (e: MouseEvent): void => {
    e.preventDefault();
    e.stopPropagation();
    if (!state || !box) return;
    const src = box;
    let to = src.bottom;
    const move = (m: MouseEvent): void => {
      const row = document.elementFromPoint(m.clientX, m.clientY)?.closest("[role=row][aria-rowindex]");
      const idx = Number(row?.getAttribute("aria-rowindex") ?? NaN) - 2;
      if (Number.isInteger(idx) && idx > src.bottom && idx < total) {
        to = idx;
        setRange({ r0: src.top, c0: src.left, r1: idx, c1: src.right });
      }
    };
    const up = (): void => {
      window.removeEventListener("mousemove", move);
      window.removeEventListener("mouseup", up);
      if (to <= src.bottom) return;
      let next = state;
      const height = src.bottom - src.top + 1;
      for (let ci = src.left; ci <= src.right; ci++) {
        const col = shown[ci];
        if (!col || col.spec.disabled) continue;
        for (let p = src.bottom + 1; p <= to; p++) {
          const value = toJsonValue(col, valueAt(col, refAt(src.top + ((p - src.bottom - 1) % height))).v);
          if (value !== undefined) next = withEdit(next, refAt(p), col, value);
        }
      }
      if (next !== state) change(next);
    };
    window.addEventListener("mousemove", move);
    window.addEventListener("mouseup", up);
  };

  const startCornerResize = (e: MouseEvent): void => {
    e.preventDefault();
    const x0 = e.clientX;
    const y0 = e.clientY;
    const frame = (e.currentTarget as HTMLElement).closest(".wl-df") as HTMLElement | null;
    const w0 = frame?.getBoundingClientRect().width ?? totalWidth + 2;
    const h0 = viewH;
    const move = (m: MouseEvent): void => setSize({ w: Math.max(120, w0 + m.clientX - x0), h: Math.max(ROW_H * 2 + 2, h0 + m.clientY - y0) });
    const up = (): void => {
      window.removeEventListener("mousemove", move);
      window.removeEventListener("mouseup", up);
    };
    window.addEventListener("mousemove", move);
    window.addEventListener("mouseup", up);
  };

  /** An added row: each column's default from its config. */
  const newRow = (): Record<string, JSONValue> => {
    const row: Record<string, JSONValue> = {};
    for (const c of decoded.cols) if (c.spec.default !== null && !c.spec.is_index) row[c.spec.name] = c.spec.default;
    return row;
  };

  const addRow = (): void => {
    if (!state) return;
    change({ ...state, added_rows: [...state.added_rows, newRow()] });
    requestAnimationFrame(() => {
      const s = scroller.current;
      if (s) s.scrollTop = s.scrollHeight;
    });
  };

  const deleteSelected = (): void => {
    if (!state || selected.size === 0) return;
    const originals = [...selected].filter((r) => r >= 0);
    const addedGone = new Set([...selected].filter((r) => r < 0).map((r) => -r - 1));
    change({
      ...state,
      deleted_rows: [...new Set([...state.deleted_rows, ...originals])].sort((a, b) => a - b),
      added_rows: state.added_rows.filter((_r, i) => !addedGone.has(i)),
    });
    setSelected(new Set());
  };

  const exportCsv = (): void => {
    const lines = [shown.map((c) => csvField(c.spec.label)).join(",")];
    for (let k = 0; k < total; k++) {
      const ref = refs ? (refs[k] ?? 0) : k;
      lines.push(shown.map((c) => {
        const { v, edited } = valueAt(c, ref);
        return csvField(shownText(c, ref, v, edited));
      }).join(","));
    }
    const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, (m) => (m === "T" ? "_" : "-"));
    download(lines.join("\n") + "\n", `${stamp}_export.csv`);
  };

  const startResize = (e: MouseEvent, c: Col): void => {
    e.preventDefault();
    e.stopPropagation();
    const x0 = e.clientX;
    const w0 = colWidth(c);
    const move = (m: MouseEvent): void => setWidths((w) => ({ ...w, [c.spec.name]: Math.max(40, w0 + m.clientX - x0) }));
    const up = (): void => {
      window.removeEventListener("mousemove", move);
      window.removeEventListener("mouseup", up);
    };
    window.addEventListener("mousemove", move);
    window.addEventListener("mouseup", up);
  };

  const clickHeader = (c: Col): void => {
    if (sel && colMode && !c.spec.is_index) {
      sel.onChange(toggleColumn(sel.value, c.spec.name, sel.modes));
      return;
    }
    if (!canSort) return;
    setSort((s) => (s?.name !== c.spec.name ? { name: c.spec.name, dir: 1 } : s.dir === 1 ? { name: c.spec.name, dir: -1 } : null));
  };

  const onCellClick = (ref: number, c: Col, pos: number, ci: number, e: MouseEvent): void => {
    setRange((r) => (e.shiftKey && r ? { ...r, r1: pos, c1: ci } : { r0: pos, c0: ci, r1: pos, c1: ci }));
    if (!editor || c.spec.disabled) return;
    if (c.spec.type === "checkbox") {
      const cur = valueAt(c, ref).v === true;
      commitEdit(ref, c, !cur);
    }
  };

  const onCellDblClick = (ref: number, c: Col): void => {
    if (!editor || c.spec.disabled || c.spec.type === "checkbox") return;
    setEditing({ ref, name: c.spec.name });
  };

  const rows: JSX.Element[] = [];
  for (let k = 0; k < count; k++) {
    const pos = first + k;
    const ref = refs ? (refs[pos] ?? 0) : pos;
    const cells: JSX.Element[] = [];
    if (dynamic) {
      cells.push(
        <div class="wl-df-cell" style={{ width: selectCol }} role="gridcell" key="sel">
          <input
            type="checkbox"
            aria-label={`Select row ${pos + 1}`}
            checked={selected.has(ref)}
            onChange={(e) => {
              const next = new Set(selected);
              if (e.currentTarget.checked) next.add(ref);
              else next.delete(ref);
              setSelected(next);
            }}
          />
        </div>,
      );
    } else if (sel && rowMode) {
      cells.push(
        <div class="wl-df-cell wl-df-select" style={{ width: selectCol }} role="gridcell" key="sel">
          <input
            type="checkbox"
            data-testid="stDataFrameRowSelect"
            aria-label={`Select row ${pos + 1}`}
            checked={selectedRows.has(ref)}
            onChange={() => sel.onChange(toggleRow(sel.value, ref, sel.modes))}
          />
        </div>,
      );
    }
    shown.forEach((c, ci) => {
      const { v, edited } = valueAt(c, ref);
      const isEditing = editing?.ref === ref && editing.name === c.spec.name;
      const inRange = !!box && pos >= box.top && pos <= box.bottom && ci >= box.left && ci <= box.right;
      const disp = displayAt(c, ref, edited);
      const css = !edited && ref >= 0 && c.css ? cellStyle(c.css.at(ref)) : null;
      const isCurrent = current !== null && current.pos === pos && current.ci === ci;
      cells.push(
        <div
          key={c.spec.name}
          class="wl-df-cell"
          role="gridcell"
          data-type={c.spec.type}
          data-index={c.spec.is_index ? "" : undefined}
          data-disabled={editor && c.spec.disabled ? "" : undefined}
          data-column={c.spec.name}
          data-range={inRange ? "" : undefined}
          data-search-match={q && matchesCell(c, ref) ? "" : undefined}
          data-search-current={isCurrent ? "" : undefined}
          aria-selected={isEditing || inRange || selectedRows.has(ref) || sel?.value.columns.includes(c.spec.name) ? "true" : undefined}
          title={c.spec.type === "text" || c.spec.type === "object" ? shownText(c, ref, v, edited) : undefined}
          style={css ? { ...css, width: colWidth(c) } : { width: colWidth(c) }}
          onClick={(e) => onCellClick(ref, c, pos, ci, e as unknown as MouseEvent)}
          onDblClick={() => onCellDblClick(ref, c)}
        >
          {isEditing ? (
            <CellEditor
              col={c}
              initial={inputText(c, v)}
              onDone={(value) => {
                setEditing(null);
                if (value !== undefined) commitEdit(ref, c, value);
                scroller.current?.focus();
              }}
            />
          ) : null}
          {isEditing ? null : disp !== null && !NON_TEXT.has(c.spec.type) ? (
            disp
          ) : (
            <CellContent col={c} v={v} edited={edited} />
          )}
          {editor && !editing && box && pos === box.bottom && ci === box.right && (
            <span class="wl-df-fill" data-testid="stDataFrameFillHandle" aria-hidden="true" onMouseDown={(e) => startFill(e as unknown as MouseEvent)} onClick={(e) => e.stopPropagation()} />
          )}
        </div>,
      );
    });
    rows.push(
      <div class="wl-df-row" role="row" aria-rowindex={pos + 2} data-row={ref} key={ref} aria-selected={sel && rowMode ? (selectedRows.has(ref) ? "true" : "false") : undefined} style={{ top: ROW_H + k * ROW_H - shift }}>
        {cells}
      </div>,
    );
  }

  const header = (
    <div class="wl-df-row wl-df-head" role="row" aria-rowindex={1}>
      {(dynamic || rowMode) && <div class="wl-df-cell" style={{ width: selectCol }} role="columnheader" />}
      {shown.map((c) => (
        <div
          key={c.spec.name}
          class="wl-df-cell"
          role="columnheader"
          data-type={c.spec.type}
          data-column={c.spec.name}
          aria-sort={sort?.name === c.spec.name ? (sort.dir === 1 ? "ascending" : "descending") : undefined}
          aria-selected={colMode && !c.spec.is_index ? (sel?.value.columns.includes(c.spec.name) ? "true" : "false") : undefined}
          title={c.spec.help ?? undefined}
          style={{ width: colWidth(c) }}
          onClick={() => clickHeader(c)}
        >
          {c.spec.label}
          {sort?.name === c.spec.name ? (sort.dir === 1 ? " ↑" : " ↓") : ""}
          <span class="wl-df-resize" onMouseDown={(e) => startResize(e as unknown as MouseEvent, c)} onClick={(e) => e.stopPropagation()} />
        </div>
      ))}
    </div>
  );

  return (
    <div
      class="wl-df"
      data-testid={props.testid}
      data-full={props.useContainerWidth ? "" : undefined}
      data-fullscreen={full ? "" : undefined}
      data-rows={total}
      style={{ width: full ? undefined : size?.w ?? (props.useContainerWidth ? undefined : props.width ?? totalWidth + 2) }}
    >
      <div class="wl-df-toolbar" data-testid="stElementToolbar">
        {hasSelection && (
          <button type="button" data-testid="stElementToolbarButton" aria-label="Clear selection" title="Clear selection" onClick={clearSelection}>✕</button>
        )}
        {dynamic && selected.size > 0 && (
          <button type="button" data-testid="stElementToolbarButton" aria-label="Delete row(s)" title="Delete row(s)" onClick={deleteSelected}><Icon name="delete" /></button>
        )}
        {dynamic && (
          <button type="button" data-testid="stElementToolbarButton" aria-label="Add row" title="Add row" onClick={addRow}><Icon name="add" /></button>
        )}
        <button type="button" data-testid="stElementToolbarButton" aria-label="Download as CSV" title="Download as CSV" onClick={exportCsv}><Icon name="download" /></button>
        <button type="button" data-testid="stElementToolbarButton" aria-label="Search" title="Search" onClick={() => setQuery((q) => (q === null ? "" : null))}><Icon name="search" /></button>
        <button type="button" data-testid="stElementToolbarButton" aria-label={full ? "Close fullscreen" : "Fullscreen"} title="Fullscreen" onClick={() => setFull((f) => !f)}><Icon name="fullscreen" /></button>
      </div>
      {query !== null && (
        <div class="wl-df-search">
          <input
            type="search"
            placeholder="Search"
            aria-label="Search"
            ref={searchBox}
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === "Escape") setQuery(null);
              else if (e.key === "Enter" && matches.length) {
                e.preventDefault();
                const n = matches.length;
                setMatchIdx((i) => (e.shiftKey ? (Math.min(i, n - 1) + n - 1) % n : (Math.min(i, n - 1) + 1) % n));
              }
            }}
          />
          {q && (
            <span class="wl-df-search-count" data-testid="stDataFrameSearchCount" aria-live="polite">
              {matches.length ? `${Math.min(matchIdx, matches.length - 1) + 1} of ${matches.length}${matches.length >= MAX_MATCHES ? "+" : ""}` : "No results"}
            </span>
          )}
        </div>
      )}
      <div class="wl-df-frame">
        <div
          class="wl-df-scroll"
          ref={scroller}
          role="grid"
          aria-rowcount={total + 1}
          aria-colcount={shown.length}
          aria-readonly={editor ? undefined : "true"}
          tabIndex={0}
          style={{ height: full ? "calc(100% - 2px)" : viewH }}
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
          onKeyDown={(e) => {
            const mod = e.ctrlKey || e.metaKey;
            const k = e.key.toLowerCase();
            if (k === "f" && mod) {
              e.preventDefault();
              setQuery("");
            } else if (k === "c" && mod) {
              e.preventDefault();
              copyCells();
            } else if (k === "v" && mod && editor) {
              e.preventDefault();
              void pasteCells();
            } else if (k === "d" && mod && editor) {
              e.preventDefault();
              fillDown();
            } else if ((e.key === "Delete" || e.key === "Backspace") && dynamic && !editing) {
              deleteSelected();
            } else if (e.key === "Escape" && full) {
              setFull(false);
            } else if (e.key === "Escape") {
              clearSelection();
            }
          }}
        >
          <div style={{ height: contentH + ROW_H, width: totalWidth, position: "relative" }}>
            <div class="wl-df-window" style={{ top: scrollTop, height: viewH, width: totalWidth }}>
              {header}
              {rows}
            </div>
          </div>
        </div>
        {dynamic && (
          <div class="wl-df-add" role="button" data-testid="stDataFrameAddRow" onClick={addRow}>+ Add row</div>
        )}
        {!full && (
          <div class="wl-df-corner" data-testid="stDataFrameResizeHandle" aria-hidden="true" onMouseDown={(e) => startCornerResize(e as unknown as MouseEvent)} />
        )}
      </div>
      {decoded.caption && <div class="wl-df-caption" data-testid="stDataFrameCaption">{decoded.caption}</div>}
    </div>
  );
}

function CellEditor({ col, initial, onDone }: { col: Col; initial: string; onDone: (v: JSONValue | undefined) => void }): JSX.Element {
  const ref = useRef<HTMLInputElement & HTMLSelectElement>(null);
  const done = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    if (ref.current && "select" in ref.current && col.spec.type !== "selectbox") ref.current.select();
  }, []);
  const finish = (commit: boolean): void => {
    if (done.current) return;
    done.current = true;
    if (!commit || !ref.current) {
      onDone(undefined);
      return;
    }
    const text = ref.current.value;
    onDone(text === initial ? undefined : parseInput(col.spec, col.options, text));
  };
  const keys = (e: KeyboardEvent): void => {
    e.stopPropagation();
    if (e.key === "Enter") finish(true);
    else if (e.key === "Escape") finish(false);
  };
  if (col.spec.type === "selectbox") {
    const opts = Array.isArray(col.options["options"]) ? col.options["options"] : [];
    return (
      <select ref={ref} value={initial} aria-label={col.spec.label} onChange={() => finish(true)} onBlur={() => finish(true)} onKeyDown={keys}>
        <option value="" />
        {opts.map((o) => <option value={String(o)}>{String(o)}</option>)}
      </select>
    );
  }
  const type = col.spec.type === "number" ? "text"
    : col.spec.type === "date" ? "date"
    : col.spec.type === "time" ? "time"
    : col.spec.type === "datetime" ? "datetime-local" : "text";
  return (
    <input
      ref={ref}
      type={type}
      inputMode={col.spec.type === "number" ? "decimal" : undefined}
      step={col.spec.type === "time" || col.spec.type === "datetime" ? 1 : undefined}
      defaultValue={initial}
      aria-label={col.spec.label}
      onKeyDown={keys}
      onBlur={() => finish(true)}
    />
  );
}

/** st.table: every row, as a plain HTML table. */
export function StaticTable({ data, columns }: { data: Uint8Array; columns: readonly DataColumn[] }): JSX.Element {
  ensureStyles();
  const decoded = useMemo(() => decode(data, columns), [data, columns]);
  const shown = decoded.cols.filter((c) => !c.spec.hidden);
  const body: JSX.Element[] = [];
  for (let r = 0; r < decoded.rows; r++) {
    body.push(
      <tr key={r}>
        {shown.map((c) => {
          const v = c.arrow?.at(r) ?? null;
          const css = c.css ? cellStyle(c.css.at(r)) : undefined;
          return c.spec.is_index
            ? <th scope="row">{cellText(c, v, false)}</th>
            : <td data-type={c.spec.type} style={css}>{shownText(c, r, v, false)}</td>;
        })}
      </tr>,
    );
  }
  return (
    <div data-testid="stTable" class="wl-table-wrap">
      <table class="wl-table">
        {decoded.caption && <caption class="wl-df-caption" data-testid="stTableStyledCaption">{decoded.caption}</caption>}
        <thead>
          <tr>{shown.map((c) => <th scope="col">{c.spec.label}</th>)}</tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
      {decoded.rows === 0 && <div class="wl-df-empty">empty</div>}
    </div>
  );
}
