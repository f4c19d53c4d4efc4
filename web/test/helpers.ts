// Builders of protocol messages for the unit tests.
import type { Block, BlockDelta, Element, ElementDelta } from "../src/protocol.gen";

export const md = (body: string): Element => ({ kind: "markdown", body, help: null, allow_html: false, caption: false });

export const checkbox = (id: string, value: boolean, set_value = false): Element => ({
  kind: "checkbox",
  id,
  label: id,
  help: null,
  disabled: false,
  label_visibility: "visible",
  value,
  set_value,
});

export const textInput = (id: string, value: string | null, set_value = false): Element => ({
  kind: "text_input",
  id,
  label: id,
  help: null,
  disabled: false,
  label_visibility: "visible",
  value,
  set_value,
  placeholder: "",
  max_chars: null,
  type: "default",
  autocomplete: "",
});

export const button = (id: string): Element => ({
  kind: "button",
  id,
  label: id,
  help: null,
  disabled: false,
  type: "secondary",
  use_container_width: false,
  icon: null,
});

export const vertical: Block = { kind: "vertical", border: false, height: null };
export const horizontal: Block = { kind: "horizontal", gap: "small", vertical_alignment: "top" };
export const column = (weight = 1, border = false): Block => ({ kind: "column", weight, border });

export const el = (run_id: number, path: number[], element: Element): ElementDelta => ({
  type: "element",
  run_id,
  path,
  element,
});
export const blk = (run_id: number, path: number[], block: Block, update = false): BlockDelta => ({
  type: "block",
  run_id,
  path,
  block,
  update,
});
