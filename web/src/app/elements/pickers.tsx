// st.date_input, st.time_input, st.color_picker, st.pills and
// st.segmented_control. Mirrors py/wasmlit/elements/time_inputs.py and
// pickers.py. Dates and times use the browser's own <input type=date/time>
// (labelled, themed through CSS variables); like the text inputs they commit
// on Enter or when focus leaves, not on every keystroke. Times are wall-clock
// strings, so no time zone ever applies (CHECKLIST TZ-06).

import type { JSX } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { JSONValue } from "../../protocol.gen";
import { useSession, type ElementProps, type ElementRegistry } from "../render";
import { domId, MarkdownHtml, WidgetLabel } from "./common";

function useValue(id: string): JSONValue {
  return useSession().widgets.value(id).value;
}

function strings(raw: JSONValue): string[] {
  return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === "string") : [];
}

function DateInputEl({ el }: ElementProps<"date_input">): JSX.Element {
  const session = useSession();
  const committed = strings(useValue(el.id));
  const key = committed.join(",");
  const [draft, setDraft] = useState<string[]>(committed);
  useEffect(() => setDraft(committed), [key]);
  const id = useMemo(() => domId("wl-date"), []);
  const commit = (next: string[]): void => {
    const clean = next.filter((d) => d !== "");
    const chosen = el.is_range ? clean.slice().sort() : clean.slice(0, 1);
    // A single date input cannot be emptied by the user (as in Streamlit): keep the last date.
    if (!el.is_range && chosen.length === 0) {
      setDraft(committed);
      return;
    }
    const cur = strings(session.widgets.value(el.id).peek());
    if (chosen.join(",") !== cur.join(",")) session.change(el.id, chosen);
    else setDraft(committed);
  };
  const slots = el.is_range ? [0, 1] : [0];
  const names = el.is_range ? ["start", "end"] : [""];
  return (
    <div class="wl-dateinput" data-testid="stDateInput">
      <WidgetLabel label={el.label} help={el.help} visibility={el.label_visibility} htmlFor={`${id}-0`} disabled={el.disabled} />
      <div class="wl-date-row" data-format={el.format}>
        {slots.map((i) => (
          <div class="wl-input-wrap" key={i}>
            <input
              id={`${id}-${i}`}
              class="wl-input"
              data-testid="stDateInputField"
              type="date"
              value={draft[i] ?? ""}
              min={el.min_value}
              max={el.max_value}
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
                  commit(next);
                  session.submitOnEnter(el.id);
                }
              }}
              onBlur={(e) => {
                const next = draft.slice();
                next[i] = e.currentTarget.value;
                commit(next);
              }}
            />
          </div>
        ))}
      </div>
    </div>
  );
}

function TimeInputEl({ el }: ElementProps<"time_input">): JSX.Element {
  const session = useSession();
  const raw = useValue(el.id);
  const committed = typeof raw === "string" ? raw : "";
  const [draft, setDraft] = useState(committed);
  useEffect(() => setDraft(committed), [committed]);
  const id = useMemo(() => domId("wl-time"), []);
  const commit = (text: string): void => {
    const hhmm = text.slice(0, 5);
    const cur = session.widgets.value(el.id).peek();
    if (hhmm === "" || hhmm === cur) setDraft(committed);
    else session.change(el.id, hhmm);
  };
  return (
    <div class="wl-timeinput" data-testid="stTimeInput">
      <WidgetLabel label={el.label} help={el.help} visibility={el.label_visibility} htmlFor={id} disabled={el.disabled} />
      <div class="wl-input-wrap">
        <input
          id={id}
          class="wl-input"
          data-testid="stTimeInputField"
          type="time"
          value={draft}
          step={el.step}
          disabled={el.disabled}
          aria-label={el.label}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              commit(e.currentTarget.value);
              session.submitOnEnter(el.id);
            }
          }}
          onBlur={(e) => commit(e.currentTarget.value)}
        />
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
