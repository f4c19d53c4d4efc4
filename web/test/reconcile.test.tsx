// WID-46: the page updates widgets in place across reruns, matched by widget id,
// so focus and a half-typed value survive a rerun that draws the same widget.
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import type { BackMsg, ForwardMsg } from "../src/protocol.gen";
import { registries } from "../src/app/registry";
import { NodeView, RegistryContext, SessionContext } from "../src/app/render";
import { Session } from "../src/app/session";
import { el, md, textInput } from "./helpers";

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mountSession(): Session {
  const sent: BackMsg[] = [];
  const session = new Session((m) => sent.push(m));
  host = document.createElement("div");
  document.body.appendChild(host);
  const main = session.tree.root("main");
  act(() =>
    render(
      <SessionContext.Provider value={session}>
        <RegistryContext.Provider value={registries}>
          <NodeView node={main} />
        </RegistryContext.Provider>
      </SessionContext.Provider>,
      host,
    ),
  );
  return session;
}

function run(session: Session, runId: number, msgs: ForwardMsg[]): void {
  act(() => {
    session.handle({ type: "script_started", run_id: runId, fragment_ids: [] });
    for (const m of msgs) session.handle(m);
    session.handle({ type: "script_finished", run_id: runId, status: "ok" });
  });
}

describe("WID-46 reconciling by widget id", () => {
  it("keeps the same input element, its focus and its draft across a rerun", () => {
    const session = mountSession();
    run(session, 1, [el(1, [0, 0], textInput("w-name", "")), el(1, [0, 1], md("count 1"))]);
    const input = host.querySelector<HTMLInputElement>('[data-testid="stTextInput"] input');
    expect(input).not.toBeNull();
    input?.focus();
    act(() => {
      if (input) {
        input.value = "Ad";
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }
    });
    // Another widget's change reruns the app: the text input is drawn again.
    run(session, 2, [el(2, [0, 0], textInput("w-name", "")), el(2, [0, 1], md("count 2"))]);
    const after = host.querySelector<HTMLInputElement>('[data-testid="stTextInput"] input');
    expect(after).toBe(input);
    expect(document.activeElement).toBe(input);
    expect(after?.value).toBe("Ad");
    expect(host.textContent).toContain("count 2");
  });

  it("a different widget id at the same place is a new widget", () => {
    const session = mountSession();
    run(session, 1, [el(1, [0, 0], textInput("w-a", "one"))]);
    const first = host.querySelector('[data-testid="stTextInput"] input');
    run(session, 2, [el(2, [0, 0], textInput("w-b", "two"))]);
    const second = host.querySelector<HTMLInputElement>('[data-testid="stTextInput"] input');
    expect(second).not.toBe(first);
    expect(second?.value).toBe("two");
  });
});
