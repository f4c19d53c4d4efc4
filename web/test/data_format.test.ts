// Data elements: Arrow decoding and cell formatting (CHECKLIST TZ-01..06, DF-23, DF-44).
import { duration, float64, int64, tableFromArrays, tableToIPC, timestamp, TimeUnit, utf8 } from "@uwdata/flechette";
import { describe, expect, it } from "vitest";
import type { DataColumn } from "../src/protocol.gen";
import { csvField, formatDatetime, formatDuration, formatNumberCell, formatTime, zoneOffsetMinutes } from "../src/app/elements/data_format";
import { cellText, decode, parseEditingState, parseInput } from "../src/app/elements/data_grid";

function column(name: string, over: Partial<DataColumn> = {}): DataColumn {
  return {
    name, label: name, type: "text", is_index: false, hidden: false, width: null, help: null,
    disabled: false, required: false, pinned: false, format: null, timezone: null,
    type_options: "{}", default: null, ...over,
  };
}

const JAN10 = Date.UTC(2020, 0, 10, 10, 30); // 2020-01-10 10:30 as a wall clock

describe("datetimes as stored (Note [Datetimes as stored])", () => {
  it("TZ-02: a naive datetime shows its wall clock with no offset", () => {
    expect(formatDatetime(JAN10, null, null)).toBe("2020-01-10 10:30:00");
  });
  it("TZ-03: an aware datetime shows in its own zone with the offset", () => {
    // 10:30 EST is 15:30 UTC.
    expect(formatDatetime(JAN10 + 5 * 3600_000, "EST", null)).toBe("2020-01-10 10:30:00-05:00");
    expect(formatDatetime(JAN10 - 3600_000, "Europe/Berlin", null)).toBe("2020-01-10 10:30:00+01:00");
    expect(formatDatetime(JAN10 + 3600_000 * 2, "-02:00", null)).toBe("2020-01-10 10:30:00-02:00");
  });
  it("TZ-06: the result never depends on the viewer's zone", () => {
    expect(zoneOffsetMinutes("UTC", JAN10)).toBe(0);
    expect(zoneOffsetMinutes("America/New_York", Date.UTC(2020, 6, 1))).toBe(-240);
    expect(zoneOffsetMinutes("Not/AZone", JAN10)).toBeNull();
  });
  it("formats with a moment.js format", () => {
    expect(formatDatetime(JAN10, null, "MMM D, YYYY HH:mm")).toBe("Jan 10, 2020 10:30");
  });
  it("times of day", () => {
    expect(formatTime((10 * 3600 + 30 * 60) * 1e6, null)).toBe("10:30:00");
    expect(formatTime((10 * 3600 + 30 * 60) * 1e6 + 500_000, null)).toBe("10:30:00.5");
  });
});

describe("numbers", () => {
  it.each([
    [4, null, true, "4"],
    [4.92, null, false, "4.92"],
    [1 / 3, null, false, "0.3333"],
    [3.14159, "%.2f", false, "3.14"],
    [0.25, "percent", false, "25%"],
    [1234.5, "dollar", false, "$1,234.50"],
  ])("%s with %s -> %s", (v, fmt, isInt, out) => {
    expect(formatNumberCell(v, fmt, isInt)).toBe(out);
  });
});

describe("Arrow decoding", () => {
  it("DF-44: reads each column of an IPC stream and formats its cells", () => {
    const table = tableFromArrays(
      {
        __index_level_0__: [0, 1],
        name: ["a", "b,c"],
        score: [1.5, 2],
        when: [JAN10 + 5 * 3600_000, null],
      },
      { types: { __index_level_0__: int64(), name: utf8(), score: float64(), when: timestamp(TimeUnit.MILLISECOND, "EST") } },
    );
    const bytes = tableToIPC(table, { format: "stream" });
    if (!bytes) throw new Error("no IPC bytes");
    const decoded = decode(bytes, [
      column("__index_level_0__", { type: "number", is_index: true, type_options: '{"is_int": true}' }),
      column("name"),
      column("score", { type: "number" }),
      column("when", { type: "datetime", timezone: "EST" }),
    ]);
    expect(decoded.rows).toBe(2);
    const [index, name, score, when] = decoded.cols;
    if (!index || !name || !score || !when) throw new Error("missing columns");
    expect(cellText(index, index.arrow?.at(1), false)).toBe("1");
    expect(cellText(name, name.arrow?.at(1), false)).toBe("b,c");
    expect(cellText(score, score.arrow?.at(0), false)).toBe("1.5");
    expect(cellText(when, when.arrow?.at(0), false)).toBe("2020-01-10 10:30:00-05:00");
    expect(cellText(when, when.arrow?.at(1), false)).toBe("");
    expect(cellText(when, "2021-02-03T04:05:06", true)).toBe("2021-02-03 04:05:06");
  });
});

describe("editing", () => {
  it("DF-23 DF-32: a number column accepts only numbers within its bounds", () => {
    const spec = column("age", { type: "number" });
    const opts = { min_value: 0, max_value: 122, is_int: true };
    expect(parseInput(spec, opts, "36")).toBe(36);
    expect(parseInput(spec, opts, "abc")).toBeUndefined();
    expect(parseInput(spec, opts, "200")).toBeUndefined();
    expect(parseInput(spec, opts, "")).toBeNull();
  });
  it("DF-30 DF-31 DF-33: required, max_chars, validate and options", () => {
    expect(parseInput(column("n", { required: true }), {}, "")).toBeUndefined();
    expect(parseInput(column("n"), { max_chars: 3 }, "abcd")).toBeUndefined();
    expect(parseInput(column("n"), { validate: "^st\\." }, "st.x")).toBe("st.x");
    expect(parseInput(column("n"), { validate: "^st\\." }, "x")).toBeUndefined();
    expect(parseInput(column("c", { type: "selectbox" }), { options: ["red"] }, "blue")).toBeUndefined();
    expect(parseInput(column("c", { type: "selectbox" }), { options: ["red"] }, "red")).toBe("red");
  });
  it("reads the editing state, empty when malformed", () => {
    expect(parseEditingState('{"edited_rows":{"0":{"a":1}},"added_rows":[],"deleted_rows":[2]}')).toEqual({
      edited_rows: { "0": { a: 1 } }, added_rows: [], deleted_rows: [2],
    });
    expect(parseEditingState("nope")).toEqual({ edited_rows: {}, added_rows: [], deleted_rows: [] });
  });
  it("DF-07: CSV fields are quoted when needed", () => {
    expect(csvField("a")).toBe("a");
    expect(csvField('b,"c"')).toBe('"b,""c"""');
  });
});

describe("formatDuration (a timedelta column, as Streamlit's grid shows it: moment's humanize)", () => {
  it("rounds to the largest unit with moment's thresholds", () => {
    expect(formatDuration(30, 0)).toBe("a few seconds");
    expect(formatDuration(300, 0)).toBe("5 minutes");
    expect(formatDuration(3600n, 0)).toBe("an hour");
    expect(formatDuration(90_000, 0)).toBe("a day"); // 25 hours
    expect(formatDuration(3 * 86_400_000, 1)).toBe("3 days"); // milliseconds
    expect(formatDuration(40n * 86_400_000_000_000n, 3)).toBe("a month"); // nanoseconds
    expect(formatDuration(400 * 86_400_000_000, 2)).toBe("a year"); // microseconds
    expect(formatDuration(-7200, 0)).toBe("-2 hours");
  });

  it("is how the grid shows an Arrow Duration column (pandas timedelta64[ns])", () => {
    const table = tableFromArrays({ took: [90_000_000_000_000, 300_000_000_000] }, { types: { took: duration(TimeUnit.NANOSECOND) } });
    const bytes = tableToIPC(table, { format: "stream" });
    if (!bytes) throw new Error("no IPC bytes");
    const [took] = decode(bytes, [column("took", { type: "object" })]).cols;
    if (!took) throw new Error("no column");
    expect([0, 1].map((i) => cellText(took, took.arrow?.at(i), false))).toEqual(["a day", "5 minutes"]);
  });
});
