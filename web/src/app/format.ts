// printf-style number formatting, as Streamlit's number_input and slider
// `format` parameters use it ("%d", "%0.2f", "%.1f%%", "$%i", "%e", "%g").

const SPEC = /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([diufFeEgGs%])/g;

function pad(s: string, width: number, flags: string): string {
  if (s.length >= width) return s;
  if (flags.includes("-")) return s.padEnd(width);
  if (flags.includes("0")) {
    const sign = /^[-+ ]/.test(s) ? (s[0] ?? "") : "";
    return sign + s.slice(sign.length).padStart(width - sign.length, "0");
  }
  return s.padStart(width);
}

function one(value: number, flags: string, width: number, precision: number | null, conv: string): string {
  let s: string;
  switch (conv) {
    case "d":
    case "i":
    case "u":
      s = Math.trunc(value).toString();
      break;
    case "f":
    case "F":
      s = value.toFixed(precision ?? 6);
      break;
    case "e":
    case "E": {
      const t = value.toExponential(precision ?? 6).replace(/e([+-])(\d)$/, "e$10$2");
      s = conv === "E" ? t.toUpperCase() : t;
      break;
    }
    case "g":
    case "G": {
      const t = String(Number(value.toPrecision(precision === 0 ? 1 : (precision ?? 6))));
      s = conv === "G" ? t.toUpperCase() : t;
      break;
    }
    default:
      s = String(value);
  }
  if (value >= 0 && flags.includes("+")) s = "+" + s;
  else if (value >= 0 && flags.includes(" ")) s = " " + s;
  return pad(s, width, flags);
}

/** Formats `value` with a printf-like `format`; plain String() when there is none. */
export function formatNumber(value: number, format: string): string {
  if (!format) return String(value);
  let used = false;
  const out = format.replace(SPEC, (_m, flags: string, w: string | undefined, p: string | undefined, conv: string) => {
    if (conv === "%") return "%";
    if (used) return _m;
    used = true;
    return one(value, flags, w ? Number(w) : 0, p !== undefined ? Number(p) : null, conv);
  });
  return used ? out : String(value);
}

/** Decimal places of a number as written (0.25 -> 2, 1e-3 -> 3). */
export function decimals(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return 0;
  const s = n.toString();
  const exp = /e-(\d+)$/.exec(s);
  if (exp) return Number(exp[1]) + (s.split("e")[0]?.split(".")[1]?.length ?? 0);
  return s.split(".")[1]?.length ?? 0;
}

/** Adds `step` times `dir` without float noise (0.1 + 0.2 -> 0.3), clamped. */
export function stepValue(value: number, step: number, dir: 1 | -1, min: number | null, max: number | null): number {
  const places = Math.max(decimals(value), decimals(step));
  const next = Number((value + dir * step).toFixed(places));
  return clamp(next, min, max);
}

export function clamp(value: number, min: number | null, max: number | null): number {
  if (min !== null && value < min) return min;
  if (max !== null && value > max) return max;
  return value;
}
