import { describe, expect, it } from "vitest";
import { AppTree, type TreeNode } from "../src/app/tree";
import { blk, checkbox, column, el, horizontal, md, vertical } from "./helpers";

/** The tree as plain data: kinds and markdown bodies, for readable asserts. */
function shape(node: TreeNode | undefined): unknown {
  if (!node) return null;
  const st = node.state.value;
  if (st.node === "element") return st.element.kind === "markdown" ? st.element.body : st.element.kind;
  return { [st.block.kind]: st.children.map(shape) };
}

describe("delta application", () => {
  it("places elements by path under the right root", () => {
    const t = new AppTree();
    t.scriptStarted(1);
    t.applyElement(el(1, [0, 0], md("a")));
    t.applyElement(el(1, [0, 1], md("b")));
    t.applyElement(el(1, [1, 0], md("side")));
    expect(shape(t.root("main"))).toEqual({ root: ["a", "b"] });
    expect(shape(t.root("sidebar"))).toEqual({ root: ["side"] });
    expect(shape(t.root("bottom"))).toEqual({ root: [] });
  });

  it("builds nested blocks: columns inside a row inside a container", () => {
    const t = new AppTree();
    t.scriptStarted(1);
    t.applyBlock(blk(1, [0, 0], vertical));
    t.applyBlock(blk(1, [0, 0, 0], horizontal));
    t.applyBlock(blk(1, [0, 0, 0, 0], column()));
    t.applyBlock(blk(1, [0, 0, 0, 1], column()));
    t.applyElement(el(1, [0, 0, 0, 1, 0], md("right")));
    t.applyElement(el(1, [0, 0, 0, 0, 0], md("left")));
    t.applyElement(el(1, [0, 1], md("after")));
    expect(shape(t.root("main"))).toEqual({
      root: [{ vertical: [{ horizontal: [{ column: ["left"] }, { column: ["right"] }] }] }, "after"],
    });
    expect(shape(t.at([0, 0, 0, 1, 0]))).toBe("right");
  });

  it("updates an element of the same kind in place (same node, new state)", () => {
    const t = new AppTree();
    t.scriptStarted(1);
    const a = t.applyElement(el(1, [0, 0], md("a")));
    const b = t.applyElement(el(1, [0, 0], md("b")));
    expect(b).toBe(a);
    expect(shape(t.at([0, 0]))).toBe("b");
  });

  it("replaces an element of another kind (or another widget id) with a new node", () => {
    const t = new AppTree();
    t.scriptStarted(1);
    const a = t.applyElement(el(1, [0, 0], md("a")));
    const b = t.applyElement(el(1, [0, 0], checkbox("w1", false)));
    expect(b).not.toBe(a);
    expect(shape(t.at([0, 0]))).toBe("checkbox");
    const c = t.applyElement(el(1, [0, 0], checkbox("w2", false)));
    expect(c).not.toBe(b);
  });

  it("a block replacing an element starts empty; the same block kind keeps its children", () => {
    const t = new AppTree();
    t.scriptStarted(1);
    t.applyElement(el(1, [0, 0], md("a")));
    t.applyBlock(blk(1, [0, 0], vertical));
    t.applyElement(el(1, [0, 0, 0], md("inner")));
    expect(shape(t.root("main"))).toEqual({ root: [{ vertical: ["inner"] }] });
    t.scriptFinished(1, "ok");
    t.scriptStarted(2);
    t.applyBlock(blk(2, [0, 0], vertical));
    expect(shape(t.root("main"))).toEqual({ root: [{ vertical: ["inner"] }] });
    t.applyBlock(blk(2, [0, 0], horizontal));
    expect(shape(t.root("main"))).toEqual({ root: [{ horizontal: [] }] });
  });

  it("a block made again within the same run starts empty", () => {
    const t = new AppTree();
    t.scriptStarted(1);
    t.applyBlock(blk(1, [0, 0], vertical));
    t.applyElement(el(1, [0, 0, 0], md("first")));
    t.applyBlock(blk(1, [0, 0], vertical));
    expect(shape(t.root("main"))).toEqual({ root: [{ vertical: [] }] });
  });

  it("ANIM-07 a block updated in place keeps its children (Note [Block updates])", () => {
    const t = new AppTree();
    t.scriptStarted(1);
    t.applyBlock(blk(1, [0, 0], { kind: "status", label: "Working", expanded: false, state: "running" }));
    t.applyElement(el(1, [0, 0, 0], md("step 1")));
    t.applyBlock(blk(1, [0, 0], { kind: "status", label: "Done", expanded: true, state: "complete" }, true));
    t.applyElement(el(1, [0, 0, 1], md("step 2")));
    expect(shape(t.root("main"))).toEqual({ root: [{ status: ["step 1", "step 2"] }] });
    const st = t.at([0, 0])?.state.value;
    expect(st?.node === "block" && st.block.kind === "status" ? st.block.label : null).toBe("Done");
  });

  it("creates a missing parent container instead of dropping the element", () => {
    const t = new AppTree();
    t.scriptStarted(1);
    t.applyElement(el(1, [0, 2, 0], md("x")));
    expect(shape(t.at([0, 2, 0]))).toBe("x");
  });

  it("rejects paths without a root and an index", () => {
    const t = new AppTree();
    expect(() => t.applyElement(el(1, [0], md("x")))).toThrow();
    expect(() => t.applyElement(el(1, [9, 0], md("x")))).toThrow();
  });
});

describe("stale marking and pruning", () => {
  function twoRuns(): AppTree {
    const t = new AppTree();
    t.scriptStarted(1);
    t.applyElement(el(1, [0, 0], md("a")));
    t.applyElement(el(1, [0, 1], md("b")));
    t.applyBlock(blk(1, [0, 2], vertical));
    t.applyElement(el(1, [0, 2, 0], md("c")));
    t.scriptFinished(1, "ok");
    return t;
  }

  it("nothing is stale while idle", () => {
    const t = twoRuns();
    for (const n of t.walk()) expect(t.isStale(n.state.value)).toBe(false);
  });

  it("during a run, nodes of older runs are stale and rewritten ones are not", () => {
    const t = twoRuns();
    t.scriptStarted(2);
    t.applyElement(el(2, [0, 0], md("a2")));
    const stale = (p: number[]): boolean => t.isStale(t.at(p)!.state.value);
    expect(stale([0, 0])).toBe(false);
    expect(stale([0, 1])).toBe(true);
    expect(stale([0, 2])).toBe(true);
    expect(stale([0, 2, 0])).toBe(true);
    expect(t.isStale(t.root("main").state.value)).toBe(false);
  });

  it("a finished run removes every node it did not write", () => {
    const t = twoRuns();
    t.scriptStarted(2);
    t.applyElement(el(2, [0, 0], md("a2")));
    t.applyBlock(blk(2, [0, 1], vertical));
    t.scriptFinished(2, "ok");
    expect(shape(t.root("main"))).toEqual({ root: ["a2", { vertical: [] }] });
    expect(t.currentRun.value).toBeNull();
  });

  it("prunes inside kept blocks too", () => {
    const t = twoRuns();
    t.scriptStarted(2);
    t.applyBlock(blk(2, [0, 2], vertical));
    t.scriptFinished(2, "ok");
    expect(shape(t.root("main"))).toEqual({ root: [null, null, { vertical: [] }] });
    // Holes keep the indices the next run addresses.
    expect(shape(t.at([0, 2]))).toEqual({ vertical: [] });
  });

  it.each(["ok", "error", "stopped"] as const)("status %s prunes", (status) => {
    const t = twoRuns();
    t.scriptStarted(2);
    t.applyElement(el(2, [0, 0], md("a2")));
    t.scriptFinished(2, status);
    expect(shape(t.root("main"))).toEqual({ root: ["a2"] });
  });

  it('status "rerun" keeps stale nodes for the next run, which then prunes', () => {
    const t = twoRuns();
    t.scriptStarted(2);
    t.applyElement(el(2, [0, 0], md("a2")));
    t.scriptFinished(2, "rerun");
    expect(shape(t.root("main"))).toEqual({ root: ["a2", "b", { vertical: ["c"] }] });
    t.scriptStarted(3);
    const b = t.at([0, 1])!;
    expect(t.isStale(b.state.value)).toBe(true);
    t.applyElement(el(3, [0, 0], md("a3")));
    t.applyElement(el(3, [0, 1], md("b3")));
    t.scriptFinished(3, "ok");
    expect(shape(t.root("main"))).toEqual({ root: ["a3", "b3"] });
  });

  it("the sidebar is pruned like main", () => {
    const t = new AppTree();
    t.scriptStarted(1);
    t.applyElement(el(1, [1, 0], md("side")));
    t.scriptFinished(1, "ok");
    t.scriptStarted(2);
    t.scriptFinished(2, "ok");
    expect(shape(t.root("sidebar"))).toEqual({ root: [] });
  });

  it("a finish for another run id does not end the current run", () => {
    const t = twoRuns();
    t.scriptStarted(3);
    t.scriptFinished(2, "rerun");
    expect(t.currentRun.value).toBe(3);
  });

  it("walk() lists parents before children, in order", () => {
    const t = twoRuns();
    const kinds = [...t.walk()].map((n) => {
      const st = n.state.value;
      return st.node === "element" ? st.element.kind : st.block.kind;
    });
    expect(kinds).toEqual(["root", "markdown", "markdown", "vertical", "markdown", "root", "root", "root"]);
  });
});
