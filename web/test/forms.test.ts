// Form batching in the page (Note [Form batching] in widgets.ts): CHECKLIST
// FORM-02, FORM-03, FORM-05, FORM-09, FORM-23, FORM-24.
import { describe, expect, it } from "vitest";
import type { BackMsg, Block, Element } from "../src/protocol.gen";
import { Session } from "../src/app/session";
import { blk, checkbox, el, textInput } from "./helpers";

const form = (form_id: string, enter_to_submit = true): Block => ({
  kind: "form",
  form_id,
  clear_on_submit: false,
  enter_to_submit,
  border: true,
});

const submit = (id: string, form_id: string, disabled = false): Element => ({
  kind: "form_submit_button",
  id,
  label: id,
  help: null,
  disabled,
  type: "secondary",
  use_container_width: false,
  icon: null,
  form_id,
});

function page(opts: { enter?: boolean; disabled?: boolean } = {}): { s: Session; sent: BackMsg[] } {
  const sent: BackMsg[] = [];
  const s = new Session((m) => sent.push(m));
  s.handle({ type: "script_started", run_id: 1, fragment_ids: [] });
  s.handle(blk(1, [0, 0], form("f", opts.enter ?? true)));
  s.handle(el(1, [0, 0, 0], textInput("name", "")));
  s.handle(el(1, [0, 0, 1], checkbox("agree", false)));
  s.handle(el(1, [0, 0, 2], submit("go", "f", opts.disabled ?? false)));
  s.handle(el(1, [0, 1], checkbox("outside", false)));
  s.handle({ type: "script_finished", run_id: 1, status: "ok" });
  return { s, sent };
}

const values = (m: BackMsg | undefined): Record<string, unknown> =>
  m && m.type === "rerun" ? Object.fromEntries(m.widgets.map((w) => [w.id, w.value])) : {};

describe("forms", () => {
  it("FORM-02 FORM-23: a change inside a form shows at once and sends nothing", () => {
    const { s, sent } = page();
    s.change("name", "Ada");
    s.change("agree", true);
    expect(sent).toEqual([]);
    expect(s.widgets.value("name").value).toBe("Ada");
    expect(s.widgets.hasUnsubmitted("f")).toBe(true);
  });

  it("FORM-05 FORM-24: a rerun from outside the form sends the last submitted values", () => {
    const { s, sent } = page();
    s.change("name", "Ada");
    s.change("outside", true);
    expect(sent).toHaveLength(1);
    expect(values(sent[0])).toEqual({ name: "", agree: false, outside: true });
    expect(s.widgets.value("name").value).toBe("Ada"); // still shown
  });

  it("FORM-03: submit sends all the form's values with the trigger, in one rerun", () => {
    const { s, sent } = page();
    s.change("name", "Ada");
    s.change("agree", true);
    s.submit("f", "go");
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual({
      type: "rerun",
      widgets: [
        { id: "name", value: "Ada", trigger: false },
        { id: "agree", value: true, trigger: false },
        { id: "go", value: true, trigger: true },
        { id: "outside", value: false, trigger: false },
      ],
      fragment_id: null,
      page: "",
      query_string: "",
      new_session: false,
    });
    expect(s.widgets.hasUnsubmitted("f")).toBe(false);
    s.rerun();
    expect(values(sent[1])).toEqual({ name: "Ada", agree: true, outside: false });
  });

  it("FORM-09: Enter submits through the first submit button, unless disabled or turned off", () => {
    let { s, sent } = page();
    s.change("name", "Ada");
    expect(s.submitOnEnter("name")).toBe(true);
    expect(sent[0]?.type === "rerun" && sent[0].widgets.find((w) => w.trigger)?.id).toBe("go");
    expect(s.submitOnEnter("outside")).toBe(false); // not in a form
    ({ s, sent } = page({ enter: false }));
    expect(s.submitOnEnter("name")).toBe(false);
    expect(s.enterAction("name")).toBe("none");
    ({ s, sent } = page({ disabled: true }));
    expect(s.submitOnEnter("name")).toBe(false);
    expect(sent).toEqual([]);
    ({ s, sent } = page());
    expect(s.enterAction("name")).toBe("submit");
    expect(s.enterAction("outside")).toBe("apply");
  });

  it("a value the script sets replaces an unsubmitted change", () => {
    const { s, sent } = page();
    s.change("name", "Ada");
    s.handle({ type: "script_started", run_id: 2, fragment_ids: [] });
    s.handle(blk(2, [0, 0], form("f")));
    s.handle(el(2, [0, 0, 0], textInput("name", "reset", true)));
    s.handle(el(2, [0, 0, 1], submit("go", "f")));
    s.handle({ type: "script_finished", run_id: 2, status: "ok" });
    s.rerun();
    expect(values(sent[0]).name).toBe("reset");
  });
});
