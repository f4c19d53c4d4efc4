// The page's widget values: one signal per widget id, and the rerun BackMsg.
//
// Note [set_value]
// ~~~~~~~~~~~~~~~~
// (Mirrors the note in py/wasmlit/protocol.py.) The page keeps the user's
// value for a widget id it already shows: a rerun redraws the widget with the
// value the script saw, which may already be older than what the user typed
// since. The page takes `value` from a delta only when the id is new to it or
// `set_value` is true (the script changed it through session state).
//
// Note [Button triggers]
// ~~~~~~~~~~~~~~~~~~~~~~
// A button has no value of its own: a press is sent once, as
// `{id, value: true, trigger: true}`, in the rerun it causes; other buttons are
// not sent (Python treats a missing button as not pressed). st.chat_input is a
// trigger too: its submit is sent once as `{id, value: text, trigger: true}`.
//
// Note [Form batching]
// ~~~~~~~~~~~~~~~~~~~~
// A widget inside an st.form shows the user's changes at once but sends
// nothing (CHECKLIST FORM-02). The store remembers, per form, the value each
// changed widget had when it was last submitted; every rerun that is not this
// form's submit (another widget, another form, "R") sends those remembered
// values, so unsubmitted changes never reach Python (FORM-05, FORM-24). A submit
// forgets them, so the one rerun with the submit button's trigger carries all
// of the form's shown values (FORM-03). A value the script sets (set_value)
// replaces both.

import { signal, type Signal } from "@preact/signals";
import type { Element, JSONValue, Rerun, WidgetState } from "../protocol.gen";

/** The element payloads that are widgets (they have an `id`). */
export type WidgetElement = Extract<Element, { readonly id: string }>;
/** Widgets that hold a value (all but buttons). */
export type ValueWidget = Exclude<
  WidgetElement,
  { readonly kind: "button" | "form_submit_button" | "download_button" | "chat_input" }
>;

export function isWidget(el: Element): el is WidgetElement {
  return "id" in el;
}

export function hasValue(el: WidgetElement): el is ValueWidget {
  return "set_value" in el;
}

/**
 * st.dataframe(on_select=...) and the charts' on_select as a value widget under its `selection_id`, so
 * its selection is sent with every rerun and kept while shown (Note
 * [Selections in the page] in elements/data_grid.tsx); null for other elements.
 * Only `id` and `set_value` are read from it (rerun, retain, formOf).
 */
export function selectionWidget(el: Element): ValueWidget | null {
  // Chart selections (st.plotly_chart, st.altair_chart, st.vega_lite_chart) too.
  if (el.kind !== "dataframe" && el.kind !== "plotly_chart" && el.kind !== "vega_lite_chart") return null;
  if (el.selection_id === null) return null;
  return { id: el.selection_id, set_value: false } as unknown as ValueWidget;
}

export class WidgetStore {
  private readonly values = new Map<string, Signal<JSONValue>>();
  /** Form id -> (widget id -> its last submitted value); see Note [Form batching]. */
  private readonly unsubmitted = new Map<string, Map<string, JSONValue>>();

  /** Takes the delta's value if the id is new or set_value; see Note [set_value]. */
  sync(el: ValueWidget): void {
    const sig = this.values.get(el.id);
    if (!sig) this.values.set(el.id, signal<JSONValue>(el.value));
    else if (el.set_value) {
      sig.value = el.value;
      for (const m of this.unsubmitted.values()) m.delete(el.id);
    }
  }

  /** A user change to a widget in form `formId`: shown now, sent on submit. */
  setInForm(formId: string, id: string, value: JSONValue): void {
    let m = this.unsubmitted.get(formId);
    if (!m) {
      m = new Map();
      this.unsubmitted.set(formId, m);
    }
    if (!m.has(id)) m.set(id, this.value(id).peek());
    this.value(id).value = value;
  }

  /** The form is submitted: its shown values are the ones to send from now on. */
  submitForm(formId: string): void {
    this.unsubmitted.delete(formId);
  }

  /** Whether form `formId` has changes not yet submitted. */
  hasUnsubmitted(formId: string): boolean {
    return (this.unsubmitted.get(formId)?.size ?? 0) > 0;
  }

  /** The value Python should get: the last submitted one for a changed form widget. */
  private sendable(id: string): JSONValue {
    for (const m of this.unsubmitted.values()) if (m.has(id)) return m.get(id) ?? null;
    return this.value(id).peek();
  }

  /** The value signal of a widget (null for an unknown id). */
  value(id: string): Signal<JSONValue> {
    let sig = this.values.get(id);
    if (!sig) {
      sig = signal<JSONValue>(null);
      this.values.set(id, sig);
    }
    return sig;
  }

  has(id: string): boolean {
    return this.values.has(id);
  }

  /** A user change. */
  set(id: string, value: JSONValue): void {
    this.value(id).value = value;
  }

  /** Forgets the values of widgets the page no longer shows. */
  retain(shown: ReadonlySet<string>): void {
    for (const id of [...this.values.keys()]) if (!shown.has(id)) this.values.delete(id);
    for (const m of this.unsubmitted.values()) for (const id of [...m.keys()]) if (!shown.has(id)) m.delete(id);
  }

  /**
   * The rerun BackMsg: every shown widget with its current value, plus the
   * pressed button if any (Note [Button triggers]). A widget shown twice (a
   * stale copy and a fresh one) is sent once. `fragmentId`: rerun only that
   * fragment (a widget below its body, or its run_every timer).
   */
  rerun(
    shown: Iterable<WidgetElement>,
    pressed: string | null = null,
    fragmentId: string | null = null,
    pressedValue: JSONValue = true,
  ): Rerun {
    const widgets: WidgetState[] = [];
    const seen = new Set<string>();
    for (const el of shown) {
      if (seen.has(el.id)) continue;
      seen.add(el.id);
      if (hasValue(el)) widgets.push({ id: el.id, value: this.sendable(el.id), trigger: false });
      else if (el.id === pressed) widgets.push({ id: el.id, value: pressedValue, trigger: true });
    }
    if (pressed !== null && !seen.has(pressed)) widgets.push({ id: pressed, value: pressedValue, trigger: true });
    return { type: "rerun", widgets, fragment_id: fragmentId, page: null, query_string: null, new_session: false };
  }
}
