// Input widgets: button, checkbox, text_input, number_input, selectbox
// (sliders: sliders.tsx). Mirrors py/wasmlit/elements/inputs.py.
//
// Values live in the session's WidgetStore (see Note [set_value] in
// widgets.ts); a renderer keeps only a draft while the user is editing and
// commits it (a rerun) when Streamlit would.

import type { JSX } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { JSONValue } from "../../protocol.gen";
import { clamp, formatNumber, stepValue } from "../format";
import { useSession, type ElementProps, type ElementRegistry } from "../render";
import { domId, Help, Icon, MarkdownHtml, urlWithScheme, WidgetLabel } from "./common";

function useValue(id: string): JSONValue {
  return useSession().widgets.value(id).value;
}

type ButtonLike = ElementProps<"button" | "download_button">["el"];

/** st.button and st.download_button: a button that reruns with its trigger (after `before`). */
function PressButton({ el, testid, before }: { el: ButtonLike; testid: string; before?: () => void }): JSX.Element {
  const session = useSession();
  return (
    <div class="wl-button" data-testid={testid} data-width={el.use_container_width ? "full" : undefined}>
      <button
        type="button"
        class="wl-btn"
        {...{ kind: el.type } /* Streamlit's attribute, for CSS and tests; not in Preact's types. */}
        data-testid={`stBaseButton-${el.type}`}
        disabled={el.disabled}
        onClick={() => {
          before?.();
          session.press(el.id);
        }}
      >
        {"icon" in el && el.icon ? (
          <span class="wl-btn-icon">
            <Icon icon={el.icon} />
          </span>
        ) : null}
        <MarkdownHtml body={el.label} inline tag="span" testid="stMarkdownContainer" />
      </button>
      <Help text={el.help} />
    </div>
  );
}

function ButtonEl({ el }: ElementProps<"button">): JSX.Element {
  return <PressButton el={el} testid="stButton" />;
}

/** Only web and mail links are followed. */
export function safeLinkUrl(url: string): string | null {
  return urlWithScheme(url, ["http:", "https:", "mailto:"]);
}

function LinkButtonEl({ el }: ElementProps<"link_button">): JSX.Element {
  const href = el.disabled ? null : safeLinkUrl(el.url);
  return (
    <div class="wl-button" data-testid="stLinkButton" data-width={el.use_container_width ? "full" : undefined}>
      <a
        class="wl-btn wl-link-btn"
        {...{ kind: el.type } /* Streamlit's attribute, for CSS and tests; not in Preact's types. */}
        data-testid={`stBaseLinkButton-${el.type}`}
        href={href ?? undefined}
        target="_blank"
        rel="noopener noreferrer"
        aria-disabled={href === null ? "true" : undefined}
      >
        <MarkdownHtml body={el.label} inline tag="span" testid="stMarkdownContainer" />
      </a>
      <Help text={el.help} />
    </div>
  );
}

/** Saves `el.data` as a file named `el.file_name`, from memory. */
function saveDownload(el: { readonly data: Uint8Array<ArrayBuffer>; readonly mime: string; readonly file_name: string }): void {
  const url = URL.createObjectURL(new Blob([el.data], { type: el.mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = el.file_name;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function DownloadButtonEl({ el }: ElementProps<"download_button">): JSX.Element {
  // A download click reruns, as in Streamlit.
  return <PressButton el={el} testid="stDownloadButton" before={() => saveDownload(el)} />;
}

function CheckboxEl({ el }: ElementProps<"checkbox">): JSX.Element {
  const session = useSession();
  const checked = useValue(el.id) === true;
  return (
    <div class="wl-checkbox" data-testid="stCheckbox">
      <label class="wl-check" aria-disabled={el.disabled ? "true" : undefined}>
        <input
          type="checkbox"
          checked={checked}
          disabled={el.disabled}
          aria-checked={checked}
          onChange={(e) => session.change(el.id, e.currentTarget.checked)}
        />
        <span class="wl-check-box" aria-hidden="true" />
        <span class="wl-label" data-testid="stWidgetLabel" data-visibility={el.label_visibility}>
          <MarkdownHtml body={el.label} inline tag="span" testid="stMarkdownContainer" />
        </span>
      </label>
      <Help text={el.help} />
    </div>
  );
}

function TextInputEl({ el }: ElementProps<"text_input">): JSX.Element {
  const session = useSession();
  const raw = useValue(el.id);
  const committed = typeof raw === "string" ? raw : "";
  const [draft, setDraft] = useState(committed);
  const [focused, setFocused] = useState(false);
  const id = useMemo(() => domId("wl-text"), []);
  useEffect(() => setDraft(committed), [committed]);
  const dirty = draft !== committed;
  // Reads the store, not `committed`: Enter then blur must not send twice
  // before this component has re-rendered.
  const commit = (text: string): void => {
    const cur = session.widgets.value(el.id).peek();
    if (text !== (typeof cur === "string" ? cur : "")) session.change(el.id, text);
  };
  return (
    <div class="wl-textinput" data-testid="stTextInput">
      <WidgetLabel label={el.label} help={el.help} visibility={el.label_visibility} htmlFor={id} disabled={el.disabled} />
      <div class="wl-input-wrap" data-testid="stTextInputRootElement" data-focused={focused ? "true" : undefined}>
        <input
          id={id}
          class="wl-input"
          type={el.type === "password" ? "password" : "text"}
          value={draft}
          placeholder={el.placeholder}
          maxLength={el.max_chars ?? undefined}
          autoComplete={el.autocomplete || undefined}
          disabled={el.disabled}
          aria-label={el.label}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              commit(e.currentTarget.value);
              session.submitOnEnter(el.id); // FORM-09: Enter submits a form
            }
          }}
          onFocus={() => setFocused(true)}
          onBlur={(e) => {
            setFocused(false);
            commit(e.currentTarget.value);
          }}
        />
        {focused && dirty && session.enterAction(el.id) !== "none" ? (
          <div class="wl-instructions" data-testid="InputInstructions">
            {session.enterAction(el.id) === "submit" ? "Press Enter to submit form" : "Press Enter to apply"}
          </div>
        ) : el.max_chars !== null && focused ? (
          <div class="wl-instructions" data-testid="InputInstructions">
            {draft.length}/{el.max_chars}
          </div>
        ) : null}
      </div>
    </div>
  );
}

function NumberInputEl({ el }: ElementProps<"number_input">): JSX.Element {
  const session = useSession();
  const raw = useValue(el.id);
  const value = typeof raw === "number" ? raw : null;
  const fmt = el.format || (el.is_int ? "%d" : "%0.2f");
  const shown = value === null ? "" : formatNumber(value, fmt);
  const [draft, setDraft] = useState(shown);
  const [focused, setFocused] = useState(false);
  const id = useMemo(() => domId("wl-num"), []);
  useEffect(() => setDraft(shown), [shown]);
  // A format like "%d%%" is not a number an <input type=number> can show.
  const numeric = Number.isFinite(Number(formatNumber(1, fmt)));

  // Compares with the store, not `value`: see TextInputEl.
  const send = (n: number | null): void => {
    const cur = session.widgets.value(el.id).peek();
    if (n === cur) setDraft(n === null ? "" : formatNumber(n, fmt));
    else session.change(el.id, n);
  };
  const parse = (text: string): number | null | undefined => {
    const t = text.trim();
    if (t === "") return null;
    const n = el.is_int ? Number.parseInt(t, 10) : Number.parseFloat(t.replace(/[^0-9eE.+-]/g, ""));
    return Number.isFinite(n) ? clamp(n, el.min_value, el.max_value) : undefined;
  };
  const commit = (text: string): void => {
    const n = parse(text);
    if (n === undefined) setDraft(shown); // Not a number: back to the last value.
    else send(n);
  };
  const step = (dir: 1 | -1): void => {
    const stored = session.widgets.value(el.id).peek();
    const cur = parse(draft) ?? (typeof stored === "number" ? stored : null);
    const base = cur ?? (dir > 0 ? (el.min_value ?? 0) - el.step : (el.max_value ?? 0) + el.step);
    send(stepValue(base, el.step, dir, el.min_value, el.max_value));
  };
  const atMax = value !== null && el.max_value !== null && value >= el.max_value;
  const atMin = value !== null && el.min_value !== null && value <= el.min_value;
  return (
    <div class="wl-numberinput" data-testid="stNumberInput">
      <WidgetLabel label={el.label} help={el.help} visibility={el.label_visibility} htmlFor={id} disabled={el.disabled} />
      <div class="wl-input-wrap wl-number" data-testid="stNumberInputContainer" data-focused={focused ? "true" : undefined}>
        <input
          id={id}
          class="wl-input"
          data-testid="stNumberInputField"
          type={numeric ? "number" : "text"}
          inputMode={el.is_int ? "numeric" : "decimal"}
          value={draft}
          placeholder={el.placeholder}
          min={el.min_value ?? undefined}
          max={el.max_value ?? undefined}
          step={el.step}
          disabled={el.disabled}
          aria-label={el.label}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              commit(e.currentTarget.value);
              session.submitOnEnter(el.id); // FORM-09: Enter submits a form
            } else if (e.key === "ArrowUp" || e.key === "ArrowDown") {
              e.preventDefault();
              step(e.key === "ArrowUp" ? 1 : -1);
            }
          }}
          onFocus={() => setFocused(true)}
          onBlur={(e) => {
            setFocused(false);
            commit(e.currentTarget.value);
          }}
        />
        <div class="wl-steppers">
          <button
            type="button"
            class="wl-step"
            data-testid="stNumberInputStepDown"
            aria-label="Decrement"
            tabIndex={-1}
            disabled={el.disabled || atMin}
            onClick={() => step(-1)}
          >
            &#8722;
          </button>
          <button
            type="button"
            class="wl-step"
            data-testid="stNumberInputStepUp"
            aria-label="Increment"
            tabIndex={-1}
            disabled={el.disabled || atMax}
            onClick={() => step(1)}
          >
            +
          </button>
        </div>
      </div>
      {focused && draft !== shown && session.enterAction(el.id) !== "none" ? (
        <div class="wl-instructions" data-testid="InputInstructions">
          {session.enterAction(el.id) === "submit" ? "Press Enter to submit form" : "Press Enter to apply"}
        </div>
      ) : null}
    </div>
  );
}

function SelectboxEl({ el }: ElementProps<"selectbox">): JSX.Element {
  const session = useSession();
  const raw = useValue(el.id);
  const index = typeof raw === "number" && raw >= 0 && raw < el.options.length ? raw : null;
  const id = useMemo(() => domId("wl-select"), []);
  return (
    <div class="wl-selectbox" data-testid="stSelectbox">
      <WidgetLabel label={el.label} help={el.help} visibility={el.label_visibility} htmlFor={id} disabled={el.disabled} />
      <div class="wl-input-wrap wl-select-wrap">
        <select
          id={id}
          class="wl-select"
          value={index === null ? "" : String(index)}
          disabled={el.disabled}
          aria-label={el.label}
          data-placeholder={index === null ? "true" : undefined}
          onChange={(e) => {
            const v = e.currentTarget.value;
            session.change(el.id, v === "" ? null : Number(v));
          }}
        >
          {index === null ? (
            <option value="" disabled>
              {el.placeholder || "Choose an option"}
            </option>
          ) : null}
          {el.options.map((opt, i) => (
            <option key={i} value={String(i)}>
              {opt}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

export const inputRenderers = {
  button: ButtonEl,
  link_button: LinkButtonEl,
  download_button: DownloadButtonEl,
  checkbox: CheckboxEl,
  text_input: TextInputEl,
  number_input: NumberInputEl,
  selectbox: SelectboxEl,
} satisfies Partial<ElementRegistry>;
