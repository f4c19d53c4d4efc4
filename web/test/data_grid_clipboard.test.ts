// The grid's clipboard, Styler and format helpers (CHECKLIST DF-08, DF-14, DF-27; Styler display).
import { int64, tableFromArrays, tableToIPC, utf8 } from "@uwdata/flechette";
import { describe, expect, it } from "vitest";
import type { DataColumn } from "../src/protocol.gen";
import { formatDate, formatDatetime, formatTime, namedTemporal } from "../src/app/elements/data_format";
import { cellStyle, decode, parsePasted, parseTsv, toTsv } from "../src/app/elements/data_grid";

function column(name: string, over: Partial<DataColumn> = {}): DataColumn {
  return {
    name, label: name, type: "text", is_index: false, hidden: false, width: null, help: null,
    disabled: false, required: false, pinned: false, format: null, timezone: null,
    type_options: "{}", default: null, ...over,
  };
}

describe("DF-08: copying cells as TSV", () => {
  it("joins cells with tabs and rows with newlines, quoting what needs it", () => {
    expect(toTsv([["a", "1"], ["b\tc", 'say "hi"']])).toBe('a\t1\n"b\tc"\t"say ""hi"""');
  });
  it("DF-14: parseTsv reads back what toTsv (or a spreadsheet) writes", () => {
    const rows = [["a", "1"], ["b\tc", 'say "hi"'], ["multi\nline", ""]];
    expect(parseTsv(toTsv(rows))).toEqual(rows);
    expect(parseTsv("x\ty\r\n1\t2")).toEqual([["x", "y"], ["1", "2"]]);
  });
});

describe("DF-14: pasted values are checked against their column", () => {
  const num = column("n", { type: "number" });
  it("a number column takes numbers (thousands separators allowed) and ignores text", () => {
    expect(parsePasted(num, { is_int: true }, "1,234")).toBe(1234);
    expect(parsePasted(num, {}, "abc")).toBeUndefined();
  });
  it("checkbox, date, time and datetime columns take only their own shapes", () => {
    expect(parsePasted(column("c", { type: "checkbox" }), {}, "TRUE")).toBe(true);
    expect(parsePasted(column("c", { type: "checkbox" }), {}, "maybe")).toBeUndefined();
    expect(parsePasted(column("d", { type: "date" }), {}, "2024-02-03")).toBe("2024-02-03");
    expect(parsePasted(column("d", { type: "date" }), {}, "tomorrow")).toBeUndefined();
    expect(parsePasted(column("t", { type: "time" }), {}, "10:30")).toBe("10:30");
    expect(parsePasted(column("dt", { type: "datetime" }), {}, "2024-02-03 10:30:00")).toBe("2024-02-03T10:30:00");
    expect(parsePasted(column("s", { type: "selectbox" }), { options: ["a", "b"] }, "c")).toBeUndefined();
  });
});

describe("Styler cells (Note [Styler in the grid])", () => {
  it("keeps only colour, background colour and font weight with plain values", () => {
    expect(cellStyle("background-color: yellow; color: #f1f1f1; font-weight: bold")).toEqual({
      backgroundColor: "yellow", color: "#f1f1f1", fontWeight: "bold",
    });
    expect(cellStyle("background-image: url(x); color: rgb(1, 2, 3)")).toEqual({ color: "rgb(1, 2, 3)" });
    expect(cellStyle("background-color: url(javascript:alert(1))")).toEqual({});
    expect(cellStyle("color: expression(alert(1))")).toEqual({});
    expect(cellStyle(null)).toEqual({});
  });
  it("decode finds the display values, the CSS and the caption beside the data", () => {
    const table = tableFromArrays(
      { a: [1n, 2n], __wl_display__a: ["1.0", "2.0"], __wl_css__a: [null, "color: red"] },
      { types: { a: int64(), __wl_display__a: utf8(), __wl_css__a: utf8() } },
    );
    table.schema.metadata = new Map([["wasmlit.caption", "My caption"]]);
    const d = decode(tableToIPC(table, { format: "stream" }) as Uint8Array, [column("a", { type: "number" })]);
    expect(d.caption).toBe("My caption");
    expect(d.cols[0]?.display?.at(0)).toBe("1.0");
    expect(d.cols[0]?.css?.at(1)).toBe("color: red");
  });
});

describe("DF-27: named date and time formats", () => {
  const wall = Date.UTC(2024, 0, 5, 14, 7, 9);
  it("iso8601 and localized", () => {
    expect(formatDatetime(wall, null, "iso8601")).toBe("2024-01-05T14:07:09.000Z");
    expect(formatDate(wall, "iso8601")).toBe("2024-01-05");
    expect(formatTime((14 * 3600 + 7 * 60 + 9) * 1e6, "iso8601")).toBe("14:07:09.000");
    expect(formatDate(wall, "localized")).toBe("Jan 5, 2024");
  });
  it("distance is relative to now", () => {
    expect(namedTemporal(wall - 3 * 86_400_000, "distance", "datetime", "", wall)).toBe("3 days ago");
  });
  it("moment.js formats still apply", () => {
    expect(formatDatetime(wall, null, "MMM D, YYYY HH:mm")).toBe("Jan 5, 2024 14:07");
    expect(formatDate(wall, "DD/MM/YYYY")).toBe("05/01/2024");
  });
});
