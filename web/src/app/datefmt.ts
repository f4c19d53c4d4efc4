// moment.js-style date formatting ("YYYY-MM-DD", "HH:mm", "MM/DD/YY - hh:mm"),
// as Streamlit's date/time sliders take `format`. Always in UTC: the runtime
// sends wall-clock times as if they were UTC (Note [Timelike sliders] in
// py/wasmlit/elements/sliders.py), so the browser's zone never applies (TZ-06).

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const TOKENS =
  /\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|SSS|A|a/g;

function two(n: number): string {
  return String(n).padStart(2, "0");
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${s}`;
}

/** `micros` (microseconds since the epoch, read as UTC) formatted with a moment.js format. */
export function formatMicros(micros: number, format: string): string {
  const d = new Date(Math.floor(micros / 1000));
  const Y = d.getUTCFullYear();
  const Mo = d.getUTCMonth();
  const D = d.getUTCDate();
  const H = d.getUTCHours();
  const Mi = d.getUTCMinutes();
  const S = d.getUTCSeconds();
  const h12 = H % 12 === 0 ? 12 : H % 12;
  return format.replace(TOKENS, (tok: string, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    switch (tok) {
      case "YYYY": return String(Y).padStart(4, "0");
      case "YY": return two(Y % 100);
      case "MMMM": return MONTHS[Mo] ?? "";
      case "MMM": return (MONTHS[Mo] ?? "").slice(0, 3);
      case "MM": return two(Mo + 1);
      case "M": return String(Mo + 1);
      case "Do": return ordinal(D);
      case "DD": return two(D);
      case "D": return String(D);
      case "dddd": return DAYS[d.getUTCDay()] ?? "";
      case "ddd": return (DAYS[d.getUTCDay()] ?? "").slice(0, 3);
      case "HH": return two(H);
      case "H": return String(H);
      case "hh": return two(h12);
      case "h": return String(h12);
      case "mm": return two(Mi);
      case "m": return String(Mi);
      case "ss": return two(S);
      case "s": return String(S);
      case "SSS": return String(d.getUTCMilliseconds()).padStart(3, "0");
      case "A": return H < 12 ? "AM" : "PM";
      case "a": return H < 12 ? "am" : "pm";
      default: return tok;
    }
  });
}
