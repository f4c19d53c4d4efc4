// st.slider (numbers, dates, times, datetimes; one or two thumbs) and
// st.select_slider. Mirrors py/wasmlit/elements/sliders.py. Both are drawn by
// one track whose values are numbers (a select slider's are option indices);
// a value is sent on release (pointer up, key up), as in Streamlit.

import type { JSX } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { JSONValue, LabelVisibility } from "../../protocol.gen";
import { formatMicros } from "../datefmt";
import { formatNumber } from "../format";
import { useSession, type ElementProps, type ElementRegistry } from "../render";
import { WidgetLabel } from "./common";

function numbers(raw: JSONValue, fallback: readonly number[]): number[] {
  if (Array.isArray(raw) && raw.length > 0 && raw.every((x): x is number => typeof x === "number")) return raw;
  return [...fallback];
}

interface TrackProps {
  id: string;
  label: string;
  help: string | null;
  disabled: boolean;
  visibility: LabelVisibility;
  fallback: readonly number[];
  min: number;
  max: number;
  step: number;
  show: (v: number) => string;
}

function SliderTrack(p: TrackProps): JSX.Element {
  const session = useSession();
  const committed = numbers(session.widgets.value(p.id).value, p.fallback);
  const key = committed.join(",");
  const [draft, setDraftState] = useState(committed);
  // The latest draft, for release events that fire before a re-render.
  const latest = useRef(committed);
  const setDraft = (v: number[]): void => {
    latest.current = v;
    setDraftState(v);
  };
  useEffect(() => setDraft(committed), [key]);
  const span = p.max - p.min || 1;
  const pct = (v: number): number => ((v - p.min) / span) * 100;
  const commit = (): void => {
    const cur = numbers(session.widgets.value(p.id).peek(), p.fallback);
    if (latest.current.join(",") !== cur.join(",")) session.change(p.id, latest.current);
  };
  const setAt = (i: number, v: number): void => {
    const next = latest.current.slice();
    next[i] = v;
    if (next.length === 2) {
      const [lo = v, hi = v] = next;
      if (i === 0 && lo > hi) next[0] = hi;
      if (i === 1 && hi < lo) next[1] = lo;
    }
    setDraft(next);
  };
  const lo = draft.length === 2 ? (draft[0] ?? p.min) : p.min;
  const hi = draft.length === 2 ? (draft[1] ?? p.max) : (draft[0] ?? p.min);
  return (
    <div class="wl-slider" data-testid="stSlider" data-disabled={p.disabled ? "true" : undefined}>
      <WidgetLabel label={p.label} help={p.help} visibility={p.visibility} disabled={p.disabled} />
      <div class="wl-slider-body">
        <div class="wl-slider-track" aria-hidden="true">
          <div class="wl-slider-fill" style={{ left: `${pct(lo)}%`, width: `${pct(hi) - pct(lo)}%` }} />
        </div>
        {draft.map((v, i) => (
          <div key={i}>
            <div class="wl-slider-value" data-testid="stSliderThumbValue" style={{ left: `${pct(v)}%` }}>
              {p.show(v)}
            </div>
            <input
              type="range"
              class="wl-range"
              role="slider"
              min={p.min}
              max={p.max}
              step={p.step}
              value={v}
              disabled={p.disabled}
              aria-label={draft.length === 2 ? `${p.label} (${i === 0 ? "min" : "max"})` : p.label}
              aria-valuetext={p.show(v)}
              onInput={(e) => setAt(i, Number(e.currentTarget.value))}
              onChange={commit}
              onPointerUp={commit}
              onKeyUp={commit}
            />
          </div>
        ))}
      </div>
      <div class="wl-slider-ticks" data-testid="stSliderTickBar">
        <span data-testid="stSliderTickBarMin">{p.show(p.min)}</span>
        <span data-testid="stSliderTickBarMax">{p.show(p.max)}</span>
      </div>
    </div>
  );
}

function SliderEl({ el }: ElementProps<"slider">): JSX.Element {
  const timelike = el.data_type === "date" || el.data_type === "time" || el.data_type === "datetime";
  const fmt = el.format || (el.is_int ? "%d" : "%0.2f");
  const show = (v: number): string => (timelike ? formatMicros(v, fmt) : formatNumber(v, fmt));
  return (
    <SliderTrack
      id={el.id}
      label={el.label}
      help={el.help}
      disabled={el.disabled}
      visibility={el.label_visibility}
      fallback={el.value}
      min={el.min_value}
      max={el.max_value}
      step={el.step}
      show={show}
    />
  );
}

function SelectSliderEl({ el }: ElementProps<"select_slider">): JSX.Element {
  return (
    <SliderTrack
      id={el.id}
      label={el.label}
      help={el.help}
      disabled={el.disabled}
      visibility={el.label_visibility}
      fallback={el.value}
      min={0}
      max={Math.max(el.options.length - 1, 0)}
      step={1}
      show={(v) => el.options[Math.round(v)] ?? ""}
    />
  );
}

export const sliderRenderers = {
  slider: SliderEl,
  select_slider: SelectSliderEl,
} satisfies Partial<ElementRegistry>;
