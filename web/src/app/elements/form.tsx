// st.form (a block) and st.form_submit_button. Mirrors py/wasmlit/elements/form.py.
// The batching lives in the WidgetStore (Note [Form batching] in widgets.ts).

import { useComputed } from "@preact/signals";
import type { JSX } from "preact";
import { useSession, type BlockProps, type BlockRegistry, type ElementProps, type ElementRegistry } from "../render";
import { firstSubmitButton } from "../session";
import { Help, Icon, MarkdownHtml } from "./common";

/** Streamlit's frontend text, shown in a form that has no submit button (FORM-10). */
export const MISSING_SUBMIT_BUTTON_WARNING =
  "**Missing Submit Button**" +
  "\n\nThis form has no submit button, which means that user interactions will " +
  "never be sent to your Streamlit app." +
  "\n\nTo create a submit button, use the `st.form_submit_button()` function." +
  "\n\nFor more information, refer to the " +
  "[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).";

function FormBlock({ block, node, children }: BlockProps<"form">): JSX.Element {
  const session = useSession();
  // Only once the run is over: the submit button may come after the widgets.
  const missing = useComputed(() => !session.running.value && firstSubmitButton(node) === null);
  return (
    <div class={block.border ? "wl-form wl-bordered" : "wl-form"} data-testid="stForm" data-form-id={block.form_id}>
      {missing.value ? (
        <div class="wl-alert" data-testid="stAlert" data-level="warning">
          <div class="wl-alert-box" data-testid="stAlertContainer" role="alert">
            <div class="wl-alert-body" data-testid="stAlertContentWarning">
              <MarkdownHtml body={MISSING_SUBMIT_BUTTON_WARNING} testid="stMarkdownContainer" class="wl-md" />
            </div>
          </div>
        </div>
      ) : null}
      <div class="wl-vblock" data-testid="stVerticalBlock">
        {children}
      </div>
    </div>
  );
}

function FormSubmitButtonEl({ el }: ElementProps<"form_submit_button">): JSX.Element {
  const session = useSession();
  return (
    <div class="wl-button" data-testid="stFormSubmitButton" data-width={el.use_container_width ? "full" : undefined}>
      <button
        type="button"
        class="wl-btn"
        {...{ kind: el.type } /* Streamlit's attribute, for CSS and tests; not in Preact's types. */}
        data-testid={`stBaseButton-${el.type}FormSubmit`}
        disabled={el.disabled}
        onClick={() => session.submit(el.form_id, el.id)}
      >
        {el.icon ? (
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

export const formBlockRenderers = { form: FormBlock } satisfies Partial<BlockRegistry>;
export const formElementRenderers = { form_submit_button: FormSubmitButtonEl } satisfies Partial<ElementRegistry>;
