// moment.js-style formats of date/time slider values, always read as UTC (TZ-06),
// and st.date_input's formats.
import { describe, expect, it } from "vitest";
import { formatMicros } from "../src/app/datefmt";
import { formatDate, parseDate, parseTime, timeOptions } from "../src/app/elements/pickers";

const micros = (iso: string): number => Date.parse(iso) * 1000;

describe("formatMicros", () => {
  it("formats Streamlit's slider defaults", () => {
    expect(formatMicros(micros("2024-01-10T00:00:00Z"), "YYYY-MM-DD")).toBe("2024-01-10");
    expect(formatMicros(micros("2000-01-01T11:30:00Z"), "HH:mm")).toBe("11:30");
  });

  it("formats 12-hour clocks, names, ordinals and literals", () => {
    const t = micros("2020-01-01T21:05:09Z");
    expect(formatMicros(t, "MM/DD/YY - hh:mm A")).toBe("01/01/20 - 09:05 PM");
    expect(formatMicros(t, "dddd, MMMM Do YYYY [at] H:mm:ss")).toBe("Wednesday, January 1st 2020 at 21:05:09");
    expect(formatMicros(t, "ddd MMM D")).toBe("Wed Jan 1");
  });

  it("never applies the browser's time zone (TZ-06)", () => {
    expect(formatMicros(micros("2024-03-10T23:59:00Z"), "YYYY-MM-DD HH:mm")).toBe("2024-03-10 23:59");
  });
});

describe("date_input formats", () => {
  it.each([
    ["YYYY/MM/DD", "2024/01/31"],
    ["DD.MM.YYYY", "31.01.2024"],
    ["MM-DD-YYYY", "01-31-2024"],
  ])("%s shows and reads %s", (format, text) => {
    expect(formatDate("2024-01-31", format)).toBe(text);
    expect(parseDate(text, format)).toBe("2024-01-31");
  });

  it("reads one-digit days and months; rejects dates that do not exist or do not fit", () => {
    expect(parseDate("2024/2/9", "YYYY/MM/DD")).toBe("2024-02-09");
    expect(parseDate("2023/02/29", "YYYY/MM/DD")).toBeNull();
    expect(parseDate("2024-01-31", "YYYY/MM/DD")).toBeNull();
    expect(parseDate("tomorrow", "DD/MM/YYYY")).toBeNull();
  });
});

describe("time_input", () => {
  it("reads HH:MM in 24-hour time, with or without the colon", () => {
    expect(parseTime("9:05")).toBe("09:05");
    expect(parseTime("2130")).toBe("21:30");
    expect(parseTime("24:00")).toBeNull();
    expect(parseTime("8:45 PM")).toBeNull();
  });

  it("offers every step from midnight", () => {
    expect(timeOptions(900).slice(0, 3)).toEqual(["00:00", "00:15", "00:30"]);
    expect(timeOptions(900)).toHaveLength(96);
    expect(timeOptions(3600).at(-1)).toBe("23:00");
  });
});
