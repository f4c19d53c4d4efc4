// The element tree: pure delta application, no DOM.
//
// Note [One signal per node]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~
// Every node holds its state in one signal. A delta replaces the state of the
// node it addresses (and, for a new child, the children list of its parent),
// so a run of 1,000 deltas re-renders only the nodes that changed. Staleness
// is not stored: a node is stale while a run is in progress and the node was
// last written by an older run (see `isStale`), so starting a run dims the
// whole page by changing one signal.
//
// Note [Block updates]
// ~~~~~~~~~~~~~~~~~~~~
// st.status(...).update(label=..., state=...) changes a block that already
// has children, often in the run that made it. A BlockDelta with `update`
// set replaces the block's own fields and keeps its children; without it, a
// block sent again within one run starts empty (st.empty().container()).
//
// Note [Pruning]
// ~~~~~~~~~~~~~~
// When a run finishes with any status but "rerun", every node not written
// during that run is removed. Children keep their indices (a removed child
// leaves a hole that is trimmed at the end), because the next run addresses
// children by the same indices. A "rerun" finish keeps everything: the next
// run starts at once and overwrites what it redraws.
//
// Note [Fragment scope]
// ~~~~~~~~~~~~~~~~~~~~~
// A fragment run (py/wasmlit/runtime/fragment.py, Note [Fragment runs])
// redraws only the bodies of its fragments: while it runs, only nodes below
// those bodies can be stale, and when it ends only they are pruned. What the
// fragment wrote into containers outside its body stays (it accumulates until
// the next full run), and the rest of the page is neither dimmed nor touched.

import { signal, type Signal } from "@preact/signals";
import { ROOTS, type Block, type BlockDelta, type Element, type ElementDelta, type RunStatus } from "../protocol.gen";

/** The payload of a root container (main, sidebar, event, bottom). */
export interface RootBlock {
  readonly kind: "root";
  readonly name: (typeof ROOTS)[number];
}

export interface ElementState {
  readonly node: "element";
  readonly element: Element;
  readonly runId: number;
}

export interface BlockState {
  readonly node: "block";
  readonly block: Block | RootBlock;
  readonly runId: number;
  /** Sparse: a hole is a pruned (or not yet written) index. */
  readonly children: readonly (TreeNode | undefined)[];
}

export type NodeState = ElementState | BlockState;

let nextKey = 1;

export class TreeNode {
  /** Unique per node object: a stable Preact key. */
  readonly key = nextKey++;
  readonly state: Signal<NodeState>;
  constructor(state: NodeState) {
    this.state = signal(state);
  }
}

/** Widgets are identified by `id`; a different id at a path is a new widget. */
function identity(el: Element): string {
  return "id" in el ? `${el.kind}:${el.id}` : el.kind;
}

/** A different kind (or widget id) at a path is a new node, not an update. */
function sameElement(a: Element, b: Element): boolean {
  return identity(a) === identity(b);
}

export class AppTree {
  readonly roots: readonly TreeNode[];
  /** The run in progress, or null while idle. */
  readonly currentRun: Signal<number | null> = signal(null);

  constructor() {
    this.roots = ROOTS.map((name) => new TreeNode({ node: "block", block: { kind: "root", name }, runId: 0, children: [] }));
  }

  root(name: RootBlock["name"]): TreeNode {
    const i = ROOTS.indexOf(name);
    const r = this.roots[i];
    if (!r) throw new Error(`unknown root ${name}`);
    return r;
  }

  /** `scope`: the fragment bodies a fragment run redraws; null for a full run (Note [Fragment scope]). */
  scriptStarted(runId: number, scope: readonly TreeNode[] | null = null): void {
    this.scope = scope === null ? null : { runId, bodies: scope, nodes: this.below(scope) };
    this.currentRun.value = runId;
  }

  /** See Note [Pruning] and Note [Fragment scope]. */
  scriptFinished(runId: number, status: RunStatus): void {
    if (runId === this.currentRun.value) this.currentRun.value = null;
    const scope = this.scope?.runId === runId ? this.scope.bodies : null;
    if (status === "rerun") return;
    for (const node of scope ?? this.roots) this.prune(node, runId);
  }

  applyElement(delta: ElementDelta): TreeNode {
    return this.put(delta.path, delta.run_id, (old) => {
      const st = old?.state.value;
      if (old && st?.node === "element" && sameElement(st.element, delta.element)) {
        old.state.value = { node: "element", element: delta.element, runId: delta.run_id };
        return old;
      }
      return new TreeNode({ node: "element", element: delta.element, runId: delta.run_id });
    });
  }

  applyBlock(delta: BlockDelta): TreeNode {
    return this.put(delta.path, delta.run_id, (old) => {
      // A block redrawn by a later run keeps its children until that run ends
      // (no flicker); a block made again within the same run starts empty,
      // unless the delta updates it in place (Note [Block updates]).
      // (py/wasmlit/testing/tree.py mirrors this.)
      const st = old?.state.value;
      if (old && st?.node === "block" && st.block.kind === delta.block.kind) {
        const children = st.runId === delta.run_id && !delta.update ? [] : st.children;
        old.state.value = { node: "block", block: delta.block, runId: delta.run_id, children };
        return old;
      }
      return new TreeNode({ node: "block", block: delta.block, runId: delta.run_id, children: [] });
    });
  }

  /** The node at `path`, if any. */
  at(path: readonly number[]): TreeNode | undefined {
    const [rootIndex, ...rest] = path;
    let node = rootIndex === undefined ? undefined : this.roots[rootIndex];
    for (const i of rest) {
      const st = node?.state.value;
      if (!st || st.node !== "block") return undefined;
      node = st.children[i];
    }
    return node;
  }

  /** Every node, depth first (parents before children). */
  *walk(): Generator<TreeNode> {
    const stack = [...this.roots].reverse();
    for (let n = stack.pop(); n; n = stack.pop()) {
      yield n;
      const st = n.state.value;
      if (st.node === "block") {
        for (let i = st.children.length - 1; i >= 0; i--) {
          const c = st.children[i];
          if (c) stack.push(c);
        }
      }
    }
  }

  /**
   * True while a run is in progress and `state` was written by an older one;
   * in a fragment run, only for nodes below its bodies (Note [Fragment scope]).
   */
  isStale(state: NodeState, node?: TreeNode): boolean {
    const run = this.currentRun.value;
    if (run === null || state.runId === run || state.runId === 0) return false;
    const scope = this.scope;
    return !(scope && scope.runId === run && node && !scope.nodes.has(node));
  }

  // ----------------------------------------------------------------- private

  /** The fragment run in progress: its bodies and every node below them. */
  private scope: { runId: number; bodies: readonly TreeNode[]; nodes: ReadonlySet<TreeNode> } | null = null;

  private below(bodies: readonly TreeNode[]): Set<TreeNode> {
    const out = new Set<TreeNode>();
    const stack = [...bodies];
    for (let n = stack.pop(); n; n = stack.pop()) {
      out.add(n);
      const st = n.state.value;
      if (st.node === "block") for (const c of st.children) if (c) stack.push(c);
    }
    return out;
  }

  /** Writes the child at `path`, creating missing parent containers. */
  private put(path: readonly number[], runId: number, make: (old: TreeNode | undefined) => TreeNode): TreeNode {
    if (path.length < 2) throw new Error(`a delta path needs a root and an index: ${JSON.stringify(path)}`);
    const [rootIndex, ...rest] = path;
    let parent = rootIndex === undefined ? undefined : this.roots[rootIndex];
    if (!parent) throw new Error(`unknown root index in path ${JSON.stringify(path)}`);
    for (let depth = 0; depth < rest.length - 1; depth++) {
      const i = rest[depth] ?? 0;
      const st = this.blockState(parent);
      let child = st.children[i];
      if (!child || child.state.value.node !== "block") {
        // Robustness: a delta below a container that was never sent. Make an
        // implicit vertical block rather than drop the element.
        console.warn("wasmlit: delta below a missing container", path);
        child = new TreeNode({ node: "block", block: { kind: "vertical", border: false, height: null }, runId, children: [] });
        this.setChild(parent, i, child);
      }
      parent = child;
    }
    const last = rest[rest.length - 1] ?? 0;
    const old = this.blockState(parent).children[last];
    const node = make(old);
    if (node !== old) this.setChild(parent, last, node);
    return node;
  }

  private blockState(node: TreeNode): BlockState {
    const st = node.state.value;
    if (st.node !== "block") throw new Error("internal: not a block");
    return st;
  }

  private setChild(parent: TreeNode, index: number, child: TreeNode): void {
    const st = this.blockState(parent);
    const children = st.children.slice();
    while (children.length < index) children.push(undefined);
    children[index] = child;
    parent.state.value = { ...st, children };
  }

  /** Removes children of `node` not written in `runId` (recursively). */
  private prune(node: TreeNode, runId: number): void {
    const st = node.state.value;
    if (st.node !== "block") return;
    let changed = false;
    const kept = st.children.map((c) => {
      if (!c) return undefined;
      if (c.state.value.runId !== runId) {
        changed = true;
        return undefined;
      }
      this.prune(c, runId);
      return c;
    });
    while (kept.length > 0 && kept[kept.length - 1] === undefined) {
      kept.pop();
      changed = true;
    }
    if (changed) node.state.value = { ...st, children: kept };
  }
}
