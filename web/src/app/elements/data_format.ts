// Cell values of data elements as text: numbers, datetimes, lists. Pure
// functions (vitest: web/test/data_format.test.ts); used by the lazy grid
// chunk (data_grid.tsx) and st.table.
//
// Note [Datetimes as stored]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~
// Arrow timestamps arrive as milliseconds since the epoch (UTC). A naive
// timestamp (no timezone in its Arrow type) is a wall-clock time written as
// if it were UTC, so it is formatted in UTC with no offset; an aware one is
// formatted in its own zone (from the Arrow type) with that zone's offset
// (`2020-01-10 10:30:00-05:00`). The viewer's zone never applies (CHECKLIST
// TZ-01..04, TZ-06, DF-44).

import { formatMicros } from "../datefmt";
import { formatNumber } from "../format";

export type ColumnType =
  | "text" | "number" | "checkbox" | "selectbox" | "datetime" | "date" | "time" | "list"
  | "link" | "image" | "progress" | "line_chart" | "bar_chart" | "area_chart" | "json" | "object";

function two(n: number): string {
  return String(n).padStart(2, "0");
}

const offsetFormats = new Map<string, Intl.DateTimeFormat | null>();

/** Minutes east of UTC of zone `tz` at instant `ms`, or null for an unknown zone. */
export function zoneOffsetMinutes(tz: string, ms: number): number | null {
  const fixed = /^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$/.exec(tz);
  if (fixed) {
    const sign = fixed[1] === "-" ? -1 : 1;
    return sign * (Number(fixed[2]) * 60 + Number(fixed[3] ?? "0"));
  }
  if (tz === "UTC" || tz === "utc" || tz === "Z") return 0;
  let fmt = offsetFormats.get(tz);
  if (fmt === undefined) {
    try {
      fmt = new Intl.DateTimeFormat("en-US", { timeZone: tz, timeZoneName: "longOffset" });
    } catch {
      fmt = null;
    }
    offsetFormats.set(tz, fmt);
  }
  if (fmt === null) return null;
  const name = fmt.formatToParts(new Date(ms)).find((p) => p.type === "timeZoneName")?.value ?? "";
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 0; // "GMT" alone: UTC
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const a = Math.abs(minutes);
  return `${sign}${two(Math.floor(a / 60))}:${two(a % 60)}`;
}

/** Streamlit's named date/time formats (DF-27): "iso8601", "localized",
 * "distance" (relative to now) and "calendar"; `wall` is the wall-clock time as
 * UTC milliseconds, `kind` what the column holds. Null for a moment.js format. */
export function namedTemporal(wall: number, format: string, kind: "datetime" | "date" | "time", suffix = "", now = Date.now()): string | null {
  const d = new Date(wall);
  switch (format) {
    case "iso8601": {
      const iso = d.toISOString();
      if (kind === "date") return iso.slice(0, 10);
      if (kind === "time") return iso.slice(11, 23);
      return iso.slice(0, 23) + (suffix || "Z");
    }
    case "localized":
    case "calendar": {
      const opts: Intl.DateTimeFormatOptions = kind === "date" ? { dateStyle: "medium", timeZone: "UTC" }
        : kind === "time" ? { timeStyle: "short", timeZone: "UTC" }
        : { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" };
      return d.toLocaleString("en-US", opts);
    }
    case "distance": {
      const secs = (wall - now) / 1000;
      const units: [Intl.RelativeTimeFormatUnit, number][] = [["year", 31_536_000], ["month", 2_592_000], ["day", 86_400], ["hour", 3600], ["minute", 60], ["second", 1]];
      const rtf = new Intl.RelativeTimeFormat("en-US", { numeric: "auto" });
      for (const [unit, size] of units) {
        if (Math.abs(secs) >= size || unit === "second") return rtf.format(Math.round(secs / size), unit);
      }
      return null;
    }
    default:
      return null;
  }
}

/** `ms` as the wall-clock text the Python value holds (Note [Datetimes as stored]). */
export function formatDatetime(ms: number, tz: string | null, format: string | null): string {
  let wall = ms;
  let suffix = "";
  if (tz) {
    const off = zoneOffsetMinutes(tz, ms);
    if (off !== null) {
      wall = ms + off * 60_000;
      suffix = offsetText(off);
    }
  }
  // "distance" compares the instant (`ms`) with now; the others show the wall clock.
  if (format) return namedTemporal(format === "distance" ? ms : wall, format, "datetime", suffix) ?? formatMicros(wall * 1000, format);
  const d = new Date(wall);
  const base =
    `${String(d.getUTCFullYear()).padStart(4, "0")}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ` +
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  const millis = d.getUTCMilliseconds();
  return (millis ? `${base}.${String(millis).padStart(3, "0")}` : base) + suffix;
}

export function formatDate(ms: number, format: string | null): string {
  if (format) return namedTemporal(ms, format, "date") ?? formatMicros(ms * 1000, format);
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, "0")}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
}

/** A time of day given in microseconds since midnight. */
export function formatTime(micros: number, format: string | null): string {
  if (format) return namedTemporal(micros / 1000, format, "time") ?? formatMicros(micros, format);
  const s = Math.floor(micros / 1_000_000);
  const base = `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
  const frac = Math.round(micros % 1_000_000);
  return frac ? `${base}.${String(frac).padStart(6, "0").replace(/0+$/, "")}` : base;
}

const NAMED: Record<string, (v: number) => string> = {
  plain: (v) => String(v),
  localized: (v) => v.toLocaleString("en-US"),
  percent: (v) => `${(v * 100).toLocaleString("en-US", { maximumFractionDigits: 2 })}%`,
  dollar: (v) => v.toLocaleString("en-US", { style: "currency", currency: "USD" }),
  euro: (v) => v.toLocaleString("en-US", { style: "currency", currency: "EUR" }),
  accounting: (v) => (v < 0 ? `(${Math.abs(v).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })})` : v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })),
  compact: (v) => v.toLocaleString("en-US", { notation: "compact" }),
  scientific: (v) => v.toExponential(2),
  engineering: (v) => v.toLocaleString("en-US", { notation: "engineering" }),
};

/** A number cell: printf-like or named `format`; else integers as they are and
 * floats with at most four decimals (as Streamlit's grid shows them). */
export function formatNumberCell(v: number | bigint, format: string | null, isInt: boolean): string {
  if (typeof v === "bigint") return v.toString();
  if (Number.isNaN(v)) return "";
  if (format) {
    const named = NAMED[format];
    return named ? named(v) : formatNumber(v, format);
  }
  if (isInt || Number.isInteger(v)) return String(v);
  return String(Number(v.toFixed(4)));
}

/** Any other value: lists as `[a, b]`, objects as JSON. */
export function formatOther(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  if (v instanceof Date) return v.toISOString();
  if (ArrayBuffer.isView(v) || Array.isArray(v)) {
    return `[${Array.from(v as ArrayLike<unknown>, (x) => formatOther(x)).join(", ")}]`;
  }
  try {
    return JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? x.toString() : x));
  } catch {
    return String(v);
  }
}

/** Microseconds since midnight of an Arrow time value in `unit` (0 s, 1 ms, 2 us, 3 ns). */
export function timeMicros(v: number | bigint, unit: number): number {
  const n = Number(v);
  return unit === 0 ? n * 1e6 : unit === 1 ? n * 1e3 : unit === 2 ? n : n / 1e3;
}

/** A CSV field, quoted when needed (RFC 4180). */
export function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A duration as Streamlit's grid shows it by default: moment's `humanize()`
 * ("a few seconds", "5 minutes", "an hour", "a day", "3 months", ...), with
 * moment's thresholds and rounding; negative durations get a "-". `value` is
 * the Arrow Duration in `unit` (0 s, 1 ms, 2 us, 3 ns).
 */
export function formatDuration(value: number | bigint, unit: number): string {
  const seconds = Number(value) / [1, 1e3, 1e6, 1e9][unit]!;
  if (!Number.isFinite(seconds)) return String(value);
  const abs = Math.abs(seconds);
  const s = Math.round(abs);
  const m = Math.round(abs / 60);
  const h = Math.round(abs / 3600);
  const d = Math.round(abs / 86400);
  const months = Math.round((abs / 86400) * 4800 / 146097);
  const years = Math.round((abs / 86400) * 400 / 146097);
  const text =
    s <= 44 ? "a few seconds"
    : s < 45 ? `${s} seconds`
    : m <= 1 ? "a minute"
    : m < 45 ? `${m} minutes`
    : h <= 1 ? "an hour"
    : h < 22 ? `${h} hours`
    : d <= 1 ? "a day"
    : d < 26 ? `${d} days`
    : months <= 1 ? "a month"
    : months < 11 ? `${months} months`
    : years <= 1 ? "a year"
    : `${years} years`;
  return seconds < 0 ? `-${text}` : text;
}
