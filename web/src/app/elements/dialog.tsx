// @st.dialog: a modal over the page. Mirrors py/wasmlit/elements/dialog.py
// (Note [Dialogs]).
//
// A native <dialog> opened with showModal(): the rest of the page is inert, so
// focus stays in the modal (Tab cycles through it), and Escape asks to close.
// The user's close (the X, Escape, a click on the backdrop) hides it here only;
// it opens again when a later run sends the block again (its runId changes).
// A run of the dialog's own body (a fragment run) does not resend the block,
// so it stays as it is.

import type { JSX } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { BlockProps, BlockRegistry } from "../render";
import { domId, MarkdownHtml } from "./common";

function DialogBlock({ block, node, children }: BlockProps<"dialog">): JSX.Element {
  const ref = useRef<HTMLDialogElement>(null);
  const [titleId] = useState(() => domId("wl-dialog-title"));
  const runId = node.state.value.runId;
  const [closedRun, setClosedRun] = useState<number | null>(null);
  const open = closedRun !== runId;
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      // showModal is missing in some DOM test environments: then just show it.
      if (typeof d.showModal === "function") d.showModal();
      else d.setAttribute("open", "");
    } else if (!open && d.open) {
      if (typeof d.close === "function") d.close();
      else d.removeAttribute("open");
    }
  }, [open]);
  const close = (): void => {
    if (block.dismissible) setClosedRun(runId);
  };
  return (
    <dialog
      ref={ref}
      class="wl-dialog"
      data-testid="stDialog"
      data-width={block.width}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault(); // closed by the effect, so the state and the element agree
        close();
      }}
      onMouseDown={(e) => {
        // The panel fills the <dialog> box: a press on the element itself is on the backdrop.
        if (e.target === e.currentTarget) close();
      }}
    >
      <div class="wl-dialog-panel" role="document">
        <div class="wl-dialog-header">
          <h2 id={titleId} class="wl-dialog-title">
            <MarkdownHtml body={block.title} inline tag="span" testid="stMarkdownContainer" />
          </h2>
          {block.dismissible ? (
            <button type="button" class="wl-dialog-close" aria-label="Close" onClick={close}>
              <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
                <path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
              </svg>
            </button>
          ) : null}
        </div>
        <div class="wl-vblock" data-testid="stVerticalBlock">
          {children}
        </div>
      </div>
    </dialog>
  );
}

export const dialogRenderers = {
  dialog: DialogBlock,
} satisfies Partial<BlockRegistry>;
