// st.date_input, st.time_input, st.color_picker, st.pills and
// st.segmented_control. Mirrors py/wasmlit/elements/time_inputs.py and
// pickers.py. A date is typed in st.date_input's `format` (or picked in the
// browser's calendar); a time is typed as HH:MM (24-hour, as Streamlit shows
// it) or picked from the list of `step` times. Typed values commit on Enter or
// when focus leaves, not on every keystroke. Dates and times are wall-clock
// strings, so no time zone applies (CHECKLIST TZ-06).

import type { JSX } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { JSONValue } from "../../protocol.gen";
import { useSession, type ElementProps, type ElementRegistry } from "../render";
import { domId, MarkdownHtml, WidgetLabel } from "./common";

function useValue(id: string): JSONValue {
  return useSession().widgets.value(id).value;
}

function strings(raw: JSONValue): string[] {
  return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === "string") : [];
}

const DATE_TOKENS = /YYYY|MM|DD/g;

/** An ISO date ("2024-01-31") shown with st.date_input's `format` ("YYYY/MM/DD", "DD.MM.YYYY", ...). */
export function formatDate(iso: string, format: string): string {
  const [y = "", m = "", d = ""] = iso.split("-");
  return format.replace(DATE_TOKENS, (t) => (t === "YYYY" ? y : t === "MM" ? m : d));
}

/** What the user typed, read with `format`, as an ISO date; null if it is not a real date. */
export function parseDate(text: string, format: string): string | null {
  const order: string[] = [];
  const pattern = format
    .replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")
    .replace(DATE_TOKENS, (t) => {
      order.push(t);
      return t === "YYYY" ? "(\\d{4})" : "(\\d{1,2})";
    });
  const m = new RegExp(`^${pattern}$`).exec(text.trim());
  if (!m) return null;
  const part = (t: string): number => Number(m[order.indexOf(t) + 1]);
  const [y, mo, d] = [part("YYYY"), part("MM"), part("DD")];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function DateInputEl({ el }: ElementProps<"date_input">): JSX.Element {
  const session = useSession();
  const committed = strings(useValue(el.id));
  const key = committed.join(",");
  const shown = (iso: string[]): string[] => iso.map((d) => formatDate(d, el.format));
  const [draft, setDraft] = useState<string[]>(shown(committed));
  useEffect(() => setDraft(shown(committed)), [key, el.format]);
  const id = useMemo(() => domId("wl-date"), []);
  const pickers = useRef<(HTMLInputElement | null)[]>([]);
  const send = (iso: string[]): void => {
    const chosen = el.is_range ? iso.slice().sort() : iso.slice(0, 1);
    const cur = strings(session.widgets.value(el.id).peek());
    if (chosen.join(",") !== cur.join(",")) session.change(el.id, chosen);
    else setDraft(shown(committed));
  };
  /** Reads the typed texts; an unreadable or out-of-range date goes back to the last value. */
  const commit = (texts: string[]): void => {
    const iso: string[] = [];
    for (const t of texts) {
      if (t.trim() === "") continue;
      const d = parseDate(t, el.format);
      if (d === null || d < el.min_value || d > el.max_value) {
        setDraft(shown(committed));
        return;
      }
      iso.push(d);
    }
    // A single date input cannot be emptied by the user (as in Streamlit): keep the last date.
    if (!el.is_range && iso.length === 0) {
      setDraft(shown(committed));
      return;
    }
    send(iso);
  };
  const slots = el.is_range ? [0, 1] : [0];
  const names = el.is_range ? ["start", "end"] : [""];
  return (
    <div class="wl-dateinput" data-testid="stDateInput">
      <WidgetLabel label={el.label} help={el.help} visibility={el.label_visibility} htmlFor={`${id}-0`} disabled={el.disabled} />
      <div class="wl-date-row">
        {slots.map((i) => (
          <div class="wl-input-wrap wl-date-wrap" key={i}>
            <input
              id={`${id}-${i}`}
              class="wl-input"
              data-testid="stDateInputField"
              type="text"
              inputMode="numeric"
              value={draft[i] ?? ""}
              placeholder={el.format}
              disabled={el.disabled}
              aria-label={el.is_range ? `${el.label} (${names[i] ?? ""})` : el.label}
              onInput={(e) => {
                const next = draft.slice();
                next[i] = e.currentTarget.value;
                setDraft(next);
              }}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  const next = draft.slice();
                  next[i] = e.currentTarget.value;
                  commit(next); // Enter applies; unlike a text input it never submits a form
                }
              }}
              onBlur={(e) => {
                const next = draft.slice();
                next[i] = e.currentTarget.value;
                commit(next);
              }}
            />
            <button
              type="button"
              class="wl-date-open"
              aria-label={`Choose ${el.is_range ? `${names[i] ?? ""} date` : "date"}`}
              disabled={el.disabled}
              onClick={() => {
                const p = pickers.current[i];
                if (p && typeof p.showPicker === "function") p.showPicker();
              }}
            >
              <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
                <rect x="3.5" y="5" width="17" height="15" rx="2" fill="none" stroke="currentColor" stroke-width="1.6" />
                <path d="M3.5 9.5h17M8 3v4M16 3v4" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
              </svg>
            </button>
            {/* The browser's calendar, opened by the button; a pick commits at once. */}
            <input
              ref={(x) => {
                pickers.current[i] = x;
              }}
              class="wl-date-native"
              type="date"
              tabIndex={-1}
              aria-hidden="true"
              value={committed[i] ?? ""}
              min={el.min_value}
              max={el.max_value}
              disabled={el.disabled}
              onChange={(e) => {
                const v = e.currentTarget.value;
                if (!v) return;
                const texts = draft.slice();
                texts[i] = formatDate(v, el.format);
                commit(texts);
              }}
            />
          </div>
        ))}
      </div>
    </div>
  );
}

/** "9:5", "09:05", "0905" -> "09:05"; null if it is not a time of day. */
export function parseTime(text: string): string | null {
  const m = /^(\d{1,2}):?(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;
}

/** The times a time_input offers: every `step` seconds from midnight, as Streamlit's list does. */
export function timeOptions(step: number): string[] {
  const out: string[] = [];
  const minutes = Math.max(1, Math.round(step / 60));
  for (let t = 0; t < 24 * 60; t += minutes) {
    out.push(`${String(Math.floor(t / 60)).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}`);
  }
  return out;
}

function TimeInputEl({ el }: ElementProps<"time_input">): JSX.Element {
  const session = useSession();
  const raw = useValue(el.id);
  const committed = typeof raw === "string" ? raw : "";
  const [draft, setDraft] = useState(committed);
  useEffect(() => setDraft(committed), [committed]);
  const id = useMemo(() => domId("wl-time"), []);
  const options = useMemo(() => timeOptions(el.step), [el.step]);
  /** A time that cannot be read goes back to the last value; an emptied field keeps it too. */
  const commit = (text: string): void => {
    const hhmm = parseTime(text);
    const cur = session.widgets.value(el.id).peek();
    if (hhmm === null || hhmm === cur) setDraft(committed);
    else session.change(el.id, hhmm);
  };
  return (
    <div class="wl-timeinput" data-testid="stTimeInput">
      <WidgetLabel label={el.label} help={el.help} visibility={el.label_visibility} htmlFor={id} disabled={el.disabled} />
      <div class="wl-input-wrap wl-time-wrap">
        <input
          id={id}
          class="wl-input"
          data-testid="stTimeInputField"
          type="text"
          inputMode="numeric"
          list={`${id}-list`}
          value={draft}
          placeholder="HH:MM"
          disabled={el.disabled}
          aria-label={el.label}
          onInput={(e) => {
            const v = e.currentTarget.value;
            setDraft(v);
            // A pick from the list (not typing) commits at once, as a click in Streamlit's list.
            const typed = (e as unknown as InputEvent).inputType;
            if ((typed === undefined || typed === "insertReplacementText") && options.includes(v)) commit(v);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              commit(e.currentTarget.value); // never submits a form (FORM-09 is text and numbers)
            }
          }}
          onBlur={(e) => commit(e.currentTarget.value)}
        />
        <datalist id={`${id}-list`}>
          {options.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
      </div>
    </div>
  );
}

/** "#abc" -> "#aabbcc": what <input type=color> needs. */
export function longHex(hex: string): string {
  const m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(hex);
  return (m ? `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}` : hex).toLowerCase();
}

function ColorPickerEl({ el }: ElementProps<"color_picker">): JSX.Element {
  const session = useSession();
  const raw = useValue(el.id);
  const committed = typeof raw === "string" ? raw : el.value;
  const [draft, setDraft] = useState(committed);
  useEffect(() => setDraft(committed), [committed]);
  const id = useMemo(() => domId("wl-color"), []);
  return (
    <div class="wl-colorpicker" data-testid="stColorPicker">
      <WidgetLabel label={el.label} help={el.help} visibility={el.label_visibility} htmlFor={id} disabled={el.disabled} />
      <label class="wl-color-row" aria-disabled={el.disabled ? "true" : undefined}>
        <span class="wl-color-swatch" data-testid="stColorPickerBlock" style={{ background: longHex(draft) }}>
          <input
            id={id}
            type="color"
            value={longHex(draft)}
            disabled={el.disabled}
            aria-label={el.label}
            onInput={(e) => setDraft(e.currentTarget.value)}
            onChange={(e) => {
              const v = e.currentTarget.value;
              const cur = session.widgets.value(el.id).peek();
              if (typeof cur !== "string" || longHex(cur) !== v) session.change(el.id, v);
            }}
          />
        </span>
        <span class="wl-color-hex" data-testid="stColorPickerValue">{draft}</span>
      </label>
    </div>
  );
}

function ButtonGroupEl({ el }: ElementProps<"button_group">): JSX.Element {
  const session = useSession();
  const raw = useValue(el.id);
  const selected = Array.isArray(raw)
    ? raw.filter((x): x is number => typeof x === "number" && x >= 0 && x < el.options.length)
    : [];
  const multi = el.selection_mode === "multi";
  const toggle = (i: number): void => {
    const on = selected.includes(i);
    const next = multi ? (on ? selected.filter((x) => x !== i) : [...selected, i]) : on ? [] : [i];
    session.change(el.id, next);
  };
  return (
    <div class={`wl-buttongroup wl-${el.style}`} data-testid="stButtonGroup" data-style={el.style}>
      <WidgetLabel label={el.label} help={el.help} visibility={el.label_visibility} disabled={el.disabled} />
      <div class="wl-btngroup-options" role="group" aria-label={el.label}>
        {el.options.map((opt, i) => {
          const on = selected.includes(i);
          return (
            <button
              type="button"
              key={i}
              class="wl-btngroup-option"
              data-testid={`stBaseButton-${el.style}${on ? "Active" : ""}`}
              aria-pressed={on ? "true" : "false"}
              disabled={el.disabled}
              onClick={() => toggle(i)}
            >
              <MarkdownHtml body={opt} inline tag="span" testid="stMarkdownContainer" />
            </button>
          );
        })}
      </div>
    </div>
  );
}

export const pickerRenderers = {
  date_input: DateInputEl,
  time_input: TimeInputEl,
  color_picker: ColorPickerEl,
  button_group: ButtonGroupEl,
} satisfies Partial<ElementRegistry>;
