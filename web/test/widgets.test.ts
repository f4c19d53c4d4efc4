import { describe, expect, it } from "vitest";
import type { BackMsg, Element } from "../src/protocol.gen";
import { Session } from "../src/app/session";
import { hasValue, isWidget, WidgetStore, type ValueWidget, type WidgetElement } from "../src/app/widgets";
import { button, checkbox, el, md, textInput } from "./helpers";

function widget(e: Element): WidgetElement {
  if (!isWidget(e)) throw new Error("not a widget");
  return e;
}
function valued(e: Element): ValueWidget {
  const w = widget(e);
  if (!hasValue(w)) throw new Error("no value");
  return w;
}

describe("set_value rule", () => {
  it("takes the delta's value for a new id", () => {
    const s = new WidgetStore();
    s.sync(valued(textInput("t", "hello")));
    expect(s.value("t").value).toBe("hello");
  });

  it("keeps the user's value when the delta does not set it", () => {
    const s = new WidgetStore();
    s.sync(valued(textInput("t", "hello")));
    s.set("t", "typed");
    s.sync(valued(textInput("t", "hello")));
    expect(s.value("t").value).toBe("typed");
  });

  it("takes the delta's value when set_value is true", () => {
    const s = new WidgetStore();
    s.sync(valued(checkbox("c", false)));
    s.set("c", true);
    s.sync(valued(checkbox("c", false, true)));
    expect(s.value("c").value).toBe(false);
  });

  it("forgets widgets that are no longer shown, so they start fresh", () => {
    const s = new WidgetStore();
    s.sync(valued(textInput("t", "a")));
    s.set("t", "typed");
    s.retain(new Set());
    s.sync(valued(textInput("t", "a")));
    expect(s.value("t").value).toBe("a");
  });
});

describe("rerun message", () => {
  it("carries every shown widget with its value; buttons only when pressed", () => {
    const s = new WidgetStore();
    const shown = [widget(textInput("t", "x")), widget(checkbox("c", true)), widget(button("b1")), widget(button("b2"))];
    for (const w of shown) if (hasValue(w)) s.sync(w);
    expect(s.rerun(shown)).toEqual({
      type: "rerun",
      widgets: [
        { id: "t", value: "x", trigger: false },
        { id: "c", value: true, trigger: false },
      ],
      fragment_id: null,
      page: null,
      query_string: null,
      new_session: false,
    });
    expect(s.rerun(shown, "b2").widgets).toEqual([
      { id: "t", value: "x", trigger: false },
      { id: "c", value: true, trigger: false },
      { id: "b2", value: true, trigger: true },
    ]);
  });

  it("sends a widget shown twice (stale and fresh copy) once", () => {
    const s = new WidgetStore();
    const t = valued(textInput("t", "x"));
    s.sync(t);
    expect(s.rerun([t, t]).widgets).toHaveLength(1);
  });
});

describe("session", () => {
  function session(): { s: Session; sent: BackMsg[] } {
    const sent: BackMsg[] = [];
    const s = new Session((m) => sent.push(m));
    s.handle({ type: "script_started", run_id: 1, fragment_ids: [] });
    s.handle(el(1, [0, 0], md("hi")));
    s.handle(el(1, [0, 1], textInput("name", "")));
    s.handle(el(1, [0, 2], button("go")));
    s.handle(el(1, [1, 0], checkbox("side", false)));
    s.handle({ type: "script_finished", run_id: 1, status: "ok" });
    return { s, sent };
  }

  it("a change sends a rerun with the new value and every other shown widget", () => {
    const { s, sent } = session();
    s.change("name", "Ada");
    expect(sent).toEqual([
      {
        type: "rerun",
        widgets: [
          { id: "name", value: "Ada", trigger: false },
          { id: "side", value: false, trigger: false },
        ],
        fragment_id: null,
        page: "",
        query_string: "",
        new_session: false,
      },
    ]);
  });

  it("a button press is a trigger", () => {
    const { s, sent } = session();
    s.press("go");
    expect(sent[0]).toEqual({
      type: "rerun",
      widgets: [
        { id: "name", value: "", trigger: false },
        { id: "go", value: true, trigger: true },
        { id: "side", value: false, trigger: false },
      ],
      fragment_id: null,
      page: "",
      query_string: "",
      new_session: false,
    });
  });

  it("the user's value survives a rerun that redraws the widget without set_value", () => {
    const { s } = session();
    s.change("name", "Ada");
    s.handle({ type: "script_started", run_id: 2, fragment_ids: [] });
    s.handle(el(2, [0, 0], textInput("name", "")));
    s.handle({ type: "script_finished", run_id: 2, status: "ok" });
    expect(s.widgets.value("name").value).toBe("Ada");
  });

  it("fatal and phases", () => {
    const sent: BackMsg[] = [];
    const s = new Session((m) => sent.push(m));
    expect(s.phase.value).toBe("booting");
    s.handle({ type: "boot", stage: "python", detail: "" });
    expect(s.boot.value.stage).toBe("python");
    s.handle({ type: "fatal", message: "boom", detail: "d" });
    expect(s.phase.value).toBe("failed");
    expect(s.fatal.value?.message).toBe("boom");
  });

  it("running is true between script_started and script_finished", () => {
    const { s } = session();
    expect(s.running.value).toBe(false);
    s.handle({ type: "script_started", run_id: 2, fragment_ids: [] });
    expect(s.running.value).toBe(true);
    s.handle({ type: "script_finished", run_id: 2, status: "rerun" });
    expect(s.running.value).toBe(false);
  });
});
