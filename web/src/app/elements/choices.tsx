// More input widgets: toggle, radio, multiselect, text_area. Mirrors
// py/wasmlit/elements/choices.py. Values live in the session's WidgetStore
// (Note [set_value] in widgets.ts); inside a form a change is held until
// submit (Note [Form batching]).

import type { JSX } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { JSONValue } from "../../protocol.gen";
import { useSession, type ElementProps, type ElementRegistry } from "../render";
import { domId, Help, MarkdownHtml, WidgetLabel } from "./common";

function useValue(id: string): JSONValue {
  return useSession().widgets.value(id).value;
}

function ToggleEl({ el }: ElementProps<"toggle">): JSX.Element {
  const session = useSession();
  const on = useValue(el.id) === true;
  return (
    <div class="wl-checkbox wl-toggle" data-testid="stCheckbox">
      <label class="wl-check" aria-disabled={el.disabled ? "true" : undefined}>
        <input
          type="checkbox"
          role="switch"
          checked={on}
          disabled={el.disabled}
          aria-checked={on}
          onChange={(e) => session.change(el.id, e.currentTarget.checked)}
        />
        <span class="wl-toggle-track" aria-hidden="true">
          <span class="wl-toggle-thumb" />
        </span>
        <span class="wl-label" data-testid="stWidgetLabel" data-visibility={el.label_visibility}>
          <MarkdownHtml body={el.label} inline tag="span" testid="stMarkdownContainer" />
        </span>
      </label>
      <Help text={el.help} />
    </div>
  );
}

function RadioEl({ el }: ElementProps<"radio">): JSX.Element {
  const session = useSession();
  const raw = useValue(el.id);
  const index = typeof raw === "number" && raw >= 0 && raw < el.options.length ? raw : null;
  const name = useMemo(() => domId("wl-radio"), []);
  return (
    <div class="wl-radio" data-testid="stRadio">
      <WidgetLabel label={el.label} help={el.help} visibility={el.label_visibility} disabled={el.disabled} />
      <div
        class="wl-radio-group"
        role="radiogroup"
        aria-label={el.label}
        data-horizontal={el.horizontal ? "true" : undefined}
      >
        {el.options.map((opt, i) => (
          <label class="wl-radio-option" key={i} aria-disabled={el.disabled ? "true" : undefined}>
            <input
              type="radio"
              name={name}
              value={String(i)}
              checked={index === i}
              disabled={el.disabled}
              onChange={() => session.change(el.id, i)}
            />
            <span class="wl-radio-dot" aria-hidden="true" />
            <span class="wl-radio-text">
              <MarkdownHtml body={opt} inline tag="span" testid="stMarkdownContainer" />
              {el.captions[i] ? (
                <MarkdownHtml body={el.captions[i] ?? ""} inline tag="span" testid="stCaptionContainer" class="wl-radio-caption" />
              ) : null}
            </span>
          </label>
        ))}
      </div>
    </div>
  );
}

function indices(raw: JSONValue, n: number): number[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((x): x is number => typeof x === "number" && x >= 0 && x < n);
}

function MultiselectEl({ el }: ElementProps<"multiselect">): JSX.Element {
  const session = useSession();
  const selected = indices(useValue(el.id), el.options.length);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useMemo(() => domId("wl-multi"), []);
  const full = el.max_selections !== null && selected.length >= el.max_selections;
  const q = query.trim().toLowerCase();
  const choices = el.options
    .map((label, i) => ({ label, i }))
    .filter((o) => !selected.includes(o.i) && (q === "" || o.label.toLowerCase().includes(q)));
  useEffect(() => setActive((a) => Math.min(a, Math.max(0, choices.length - 1))), [choices.length]);
  const set = (next: number[]): void => session.change(el.id, next);
  const pick = (i: number): void => {
    if (full) return;
    set([...selected, i]);
    setQuery("");
  };
  const remove = (i: number): void => set(selected.filter((x) => x !== i));
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, choices.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter") {
      e.preventDefault();
      const c = choices[active];
      if (open && c) pick(c.i);
      else setOpen(true);
    } else if (e.key === "Escape") {
      setOpen(false);
    } else if (e.key === "Backspace" && query === "" && selected.length > 0) {
      set(selected.slice(0, -1));
    }
  };
  const listId = `${id}-list`;
  return (
    <div class="wl-multiselect" data-testid="stMultiSelect">
      <WidgetLabel label={el.label} help={el.help} visibility={el.label_visibility} htmlFor={id} disabled={el.disabled} />
      <div
        class="wl-input-wrap wl-multi-wrap"
        data-disabled={el.disabled ? "true" : undefined}
        onMouseDown={(e) => {
          if (e.target !== inputRef.current) e.preventDefault();
          inputRef.current?.focus();
          if (!el.disabled) setOpen(true);
        }}
      >
        {selected.map((i) => (
          <span class="wl-tag" data-baseweb="tag" data-testid="stMultiSelectTag" key={i}>
            <span class="wl-tag-text">{el.options[i]}</span>
            <button
              type="button"
              class="wl-tag-remove"
              aria-label={`Delete ${el.options[i] ?? ""}`}
              tabIndex={-1}
              disabled={el.disabled}
              onMouseDown={(e) => e.stopPropagation()}
              onClick={() => remove(i)}
            >
              ×
            </button>
          </span>
        ))}
        <input
          ref={inputRef}
          id={id}
          class="wl-multi-input"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-label={el.label}
          aria-autocomplete="list"
          disabled={el.disabled}
          value={query}
          placeholder={selected.length === 0 ? el.placeholder : ""}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            setQuery("");
          }}
        />
        {selected.length > 0 && !el.disabled ? (
          <button
            type="button"
            class="wl-multi-clear"
            aria-label="Clear all"
            tabIndex={-1}
            onMouseDown={(e) => e.stopPropagation()}
            onClick={() => set([])}
          >
            ×
          </button>
        ) : null}
      </div>
      {open && !el.disabled ? (
        <ul class="wl-dropdown" id={listId} role="listbox" data-testid="stSelectboxVirtualDropdown">
          {full ? (
            <li class="wl-dropdown-note">
              You can only select up to {el.max_selections} option{el.max_selections === 1 ? "" : "s"}. Remove an option
              first.
            </li>
          ) : choices.length === 0 ? (
            <li class="wl-dropdown-note">No results</li>
          ) : (
            choices.map((c, k) => (
              <li
                key={c.i}
                role="option"
                class="wl-dropdown-item"
                aria-selected={k === active}
                data-active={k === active ? "true" : undefined}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(c.i);
                }}
                onMouseEnter={() => setActive(k)}
              >
                {c.label}
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}

const ENTER_TEXT = {
  apply: "Press Ctrl+Enter to apply",
  submit: "Press Ctrl+Enter to submit form",
  none: "",
} as const;

function TextAreaEl({ el }: ElementProps<"text_area">): JSX.Element {
  const session = useSession();
  const raw = useValue(el.id);
  const committed = typeof raw === "string" ? raw : "";
  const [draft, setDraft] = useState(committed);
  const [focused, setFocused] = useState(false);
  const id = useMemo(() => domId("wl-textarea"), []);
  useEffect(() => setDraft(committed), [committed]);
  // Reads the store: Ctrl+Enter then blur must not send twice.
  const commit = (text: string): void => {
    const cur = session.widgets.value(el.id).peek();
    if (text !== (typeof cur === "string" ? cur : "")) session.change(el.id, text);
  };
  return (
    <div class="wl-textarea" data-testid="stTextArea">
      <WidgetLabel label={el.label} help={el.help} visibility={el.label_visibility} htmlFor={id} disabled={el.disabled} />
      <div class="wl-input-wrap" data-testid="stTextAreaRootElement" data-focused={focused ? "true" : undefined}>
        <textarea
          id={id}
          class="wl-input wl-textarea-input"
          value={draft}
          placeholder={el.placeholder}
          maxLength={el.max_chars ?? undefined}
          disabled={el.disabled}
          aria-label={el.label}
          style={el.height !== null ? { height: `${el.height}px` } : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              commit(e.currentTarget.value);
              session.submitOnEnter(el.id);
            }
          }}
          onFocus={() => setFocused(true)}
          onBlur={(e) => {
            setFocused(false);
            commit(e.currentTarget.value);
          }}
        />
      </div>
      {focused && (draft !== committed || el.max_chars !== null) ? (
        <div class="wl-instructions" data-testid="InputInstructions">
          {draft !== committed ? ENTER_TEXT[session.enterAction(el.id)] : ""}
          {el.max_chars !== null ? ` ${draft.length}/${el.max_chars}` : ""}
        </div>
      ) : null}
    </div>
  );
}

export const choiceRenderers = {
  toggle: ToggleEl,
  radio: RadioEl,
  multiselect: MultiselectEl,
  text_area: TextAreaEl,
} satisfies Partial<ElementRegistry>;
