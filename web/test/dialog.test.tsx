// @st.dialog's renderer (elements/dialog.tsx, Note [Dialogs] in
// py/wasmlit/elements/dialog.py): open for every run that sends it, closed by
// the user until a later full run sends it again; a run of its own body (a
// fragment run) leaves it as it is. And st.chat_input's Enter/Shift+Enter.
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import type { BackMsg, Element, ForwardMsg } from "../src/protocol.gen";
import { registries } from "../src/app/registry";
import { NodeView, RegistryContext, SessionContext } from "../src/app/render";
import { Session } from "../src/app/session";
import { blk, el, md, vertical } from "./helpers";

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(root: "event" | "bottom"): { session: Session; sent: BackMsg[] } {
  const sent: BackMsg[] = [];
  const session = new Session((m) => sent.push(m));
  host = document.createElement("div");
  document.body.appendChild(host);
  act(() =>
    render(
      <SessionContext.Provider value={session}>
        <RegistryContext.Provider value={registries}>
          <NodeView node={session.tree.root(root)} />
        </RegistryContext.Provider>
      </SessionContext.Provider>,
      host,
    ),
  );
  return { session, sent };
}

function run(session: Session, runId: number, msgs: ForwardMsg[], fragmentIds: string[] = []): void {
  act(() => {
    session.handle({ type: "script_started", run_id: runId, fragment_ids: fragmentIds });
    for (const m of msgs) session.handle(m);
    session.handle({ type: "script_finished", run_id: runId, status: "ok" });
  });
}

const EVENT = 2;
const dialogRun = (runId: number, text: string): ForwardMsg[] => [
  blk(runId, [EVENT, 0], { kind: "dialog", title: "Vote", width: "small", dismissible: true }),
  blk(runId, [EVENT, 0, 0], vertical),
  { type: "fragment_body", run_id: runId, path: [EVENT, 0, 0], fragment_id: "f1", run_every: null },
  el(runId, [EVENT, 0, 0, 0], md(text)),
];

function dialog(): HTMLDialogElement | null {
  return host.querySelector<HTMLDialogElement>('[data-testid="stDialog"]');
}

describe("@st.dialog on the page", () => {
  it("opens when sent, stays closed after the X through its own body's runs, reopens when sent again", () => {
    const { session } = mount("event");
    run(session, 1, dialogRun(1, "first"));
    expect(dialog()?.open).toBe(true);
    expect(dialog()?.textContent).toContain("Vote");
    expect(dialog()?.textContent).toContain("first");
    act(() => host.querySelector<HTMLButtonElement>('button[aria-label="Close"]')?.click());
    expect(dialog()?.open).toBe(false);
    // A run of the dialog's body only (it does not resend the dialog block).
    run(session, 2, [blk(2, [EVENT, 0, 0], vertical), el(2, [EVENT, 0, 0, 0], md("second"))], ["f1"]);
    expect(dialog()?.textContent).toContain("second");
    expect(dialog()?.open).toBe(false);
    // A full run that calls the dialog function again.
    run(session, 3, dialogRun(3, "third"));
    expect(dialog()?.open).toBe(true);
    // A full run that does not call it: gone.
    run(session, 4, []);
    expect(dialog()).toBeNull();
  });
});

const chatInput: Element = { kind: "chat_input", id: "c", placeholder: "Say", max_chars: null, disabled: false };

describe("st.chat_input on the page", () => {
  it("Enter sends the text once and empties the box; Shift+Enter does not send", () => {
    const { session, sent } = mount("bottom");
    run(session, 1, [el(1, [3, 0], chatInput)]);
    const area = host.querySelector<HTMLTextAreaElement>('[data-testid="stChatInputTextArea"]');
    const send = host.querySelector<HTMLButtonElement>('[data-testid="stChatInputSubmitButton"]');
    expect(send?.disabled).toBe(true);
    act(() => {
      if (!area) return;
      area.value = "hi";
      area.dispatchEvent(new Event("input", { bubbles: true }));
    });
    expect(send?.disabled).toBe(false);
    act(() => {
      area?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", shiftKey: true, bubbles: true }));
    });
    expect(sent).toEqual([]);
    act(() => {
      area?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: "rerun", widgets: [{ id: "c", value: "hi", trigger: true }] });
    expect(area?.value).toBe("");
    expect(send?.disabled).toBe(true);
  });
});
