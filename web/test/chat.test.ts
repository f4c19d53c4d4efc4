import { describe, expect, it } from "vitest";
import type { Element } from "../src/protocol.gen";
import { Session } from "../src/app/session";
import { isWidget, WidgetStore, type WidgetElement } from "../src/app/widgets";
import { el } from "./helpers";

const chat = (id: string): Element => ({ kind: "chat_input", id, placeholder: "Say", max_chars: null, disabled: false });

function widget(e: Element): WidgetElement {
  if (!isWidget(e)) throw new Error("not a widget");
  return e;
}

describe("st.chat_input is a trigger (WID-40)", () => {
  it("is not sent in a rerun it did not cause", () => {
    const s = new WidgetStore();
    expect(s.rerun([widget(chat("c"))]).widgets).toEqual([]);
  });

  it("sends the submitted text once, as a trigger", () => {
    const sent: unknown[] = [];
    const session = new Session((m) => sent.push(m));
    session.handle({ type: "script_started", run_id: 1, fragment_ids: [] });
    session.handle(el(1, [3, 0], chat("c")));
    session.handle({ type: "script_finished", run_id: 1, status: "ok" });
    session.submitChat("c", "hello");
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: "rerun", widgets: [{ id: "c", value: "hello", trigger: true }], fragment_id: null });
    session.rerun();
    expect(sent[1]).toMatchObject({ type: "rerun", widgets: [] });
  });
});
