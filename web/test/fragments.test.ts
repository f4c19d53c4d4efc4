// Fragment runs in the page (Note [Fragment scope] in tree.ts): CHECKLIST
// FRAG-02, FRAG-03, FRAG-09, FRAG-10, FRAG-14.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { BackMsg, ForwardMsg } from "../src/protocol.gen";
import { Session } from "../src/app/session";
import type { TreeNode } from "../src/app/tree";
import { blk, button, el, md, vertical } from "./helpers";

function shape(node: TreeNode | undefined): unknown {
  if (!node) return null;
  const st = node.state.value;
  if (st.node === "element") return st.element.kind === "markdown" ? st.element.body : st.element.kind;
  return { [st.block.kind]: st.children.map(shape) };
}

const body = (run_id: number, path: number[], run_every: number | null = null): ForwardMsg => ({
  type: "fragment_body",
  run_id,
  path,
  fragment_id: "frag",
  run_every,
});

/**
 * A full run: "count 1", an outside container [0, 1], the fragment's body at
 * [0, 2] (a button and a text), a button outside.
 */
function page(runEvery: number | null = null): { s: Session; sent: BackMsg[] } {
  const sent: BackMsg[] = [];
  const s = new Session((m) => sent.push(m));
  s.handle({ type: "script_started", run_id: 1, fragment_ids: [] });
  s.handle(el(1, [0, 0], md("count 1")));
  s.handle(blk(1, [0, 1], vertical));
  s.handle(blk(1, [0, 2], vertical));
  s.handle(body(1, [0, 2], runEvery));
  s.handle(el(1, [0, 2, 0], button("inside")));
  s.handle(el(1, [0, 2, 1], md("frag 1")));
  s.handle(el(1, [0, 1, 0], md("written 1")));
  s.handle(el(1, [0, 3], button("outside")));
  s.handle({ type: "script_finished", run_id: 1, status: "ok" });
  return { s, sent };
}

describe("fragments", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("FRAG-02: a widget below a fragment's body asks for that fragment only", () => {
    const { s, sent } = page();
    s.press("inside");
    expect(sent[0]).toMatchObject({ type: "rerun", fragment_id: "frag" });
    s.press("outside");
    expect(sent[1]).toMatchObject({ type: "rerun", fragment_id: null });
  });

  it("FRAG-02 FRAG-09 FRAG-10: a fragment run dims and prunes only the body; outside writes stay", () => {
    const { s } = page();
    s.handle({ type: "script_started", run_id: 2, fragment_ids: ["frag"] });
    const t = s.tree;
    const stale = (p: number[]): boolean => t.isStale(t.at(p)!.state.value, t.at(p));
    expect(stale([0, 0])).toBe(false); // outside: not dimmed
    expect(stale([0, 3])).toBe(false);
    expect(stale([0, 2, 1])).toBe(true); // the body's old content is
    s.handle(blk(2, [0, 2], vertical));
    s.handle(body(2, [0, 2]));
    s.handle(el(2, [0, 2, 0], button("inside")));
    s.handle(el(2, [0, 1, 1], md("written 2")));
    s.handle({ type: "script_finished", run_id: 2, status: "ok" });
    expect(shape(t.root("main"))).toEqual({
      root: ["count 1", { vertical: ["written 1", "written 2"] }, { vertical: ["button"] }, "button"],
    });
  });

  it("FRAG-03: a full run prunes everything it did not write", () => {
    const { s } = page();
    s.handle({ type: "script_started", run_id: 2, fragment_ids: [] });
    s.handle(el(2, [0, 0], md("count 2")));
    s.handle({ type: "script_finished", run_id: 2, status: "ok" });
    expect(shape(s.tree.root("main"))).toEqual({ root: ["count 2"] });
  });

  it("FRAG-14: run_every reruns the fragment from a timer until a full run drops it", () => {
    const { s, sent } = page(2);
    vi.advanceTimersByTime(4100);
    expect(sent.map((m) => m.type === "rerun" && m.fragment_id)).toEqual(["frag", "frag"]);
    // A full run that no longer calls the fragment stops its timer.
    s.handle({ type: "script_started", run_id: 2, fragment_ids: [] });
    s.handle({ type: "script_finished", run_id: 2, status: "ok" });
    vi.advanceTimersByTime(10000);
    expect(sent).toHaveLength(2);
  });
});
