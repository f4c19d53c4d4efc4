// The renderer core: a node -> its element or block renderer, looked up in a
// registry by kind. Nothing here knows any particular kind.
//
// Note [Registries]
// ~~~~~~~~~~~~~~~~~
// `ElementRegistry` is a mapped type over every ElementKind of the generated
// protocol, so adding an element to protocol.py without a renderer is a type
// error here. Each file in elements/ exports the renderers of one family; the
// registry is their union (registry.ts).

import { useComputed } from "@preact/signals";
import { createContext, type ComponentChildren, type JSX } from "preact";
import { useContext } from "preact/hooks";
import type { Block, BlockKind, Element, ElementKind } from "../protocol.gen";
import type { Session } from "./session";
import type { RootBlock, TreeNode } from "./tree";

export interface ElementProps<K extends ElementKind> {
  readonly el: Extract<Element, { readonly kind: K }>;
  readonly node: TreeNode;
}
export type ElementRenderer<K extends ElementKind> = (props: ElementProps<K>) => JSX.Element | null;
export type ElementRegistry = { readonly [K in ElementKind]: ElementRenderer<K> };

export interface BlockProps<K extends BlockKind> {
  readonly block: Extract<Block, { readonly kind: K }>;
  readonly node: TreeNode;
  readonly children: ComponentChildren;
}
export type BlockRenderer<K extends BlockKind> = (props: BlockProps<K>) => JSX.Element | null;
export type BlockRegistry = { readonly [K in BlockKind]: BlockRenderer<K> };

export interface Registries {
  readonly elements: ElementRegistry;
  readonly blocks: BlockRegistry;
}

export const SessionContext = createContext<Session | null>(null);
export const RegistryContext = createContext<Registries | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error("internal: no SessionContext");
  return s;
}

function useRegistries(): Registries {
  const r = useContext(RegistryContext);
  if (!r) throw new Error("internal: no RegistryContext");
  return r;
}

/**
 * Cast: TypeScript cannot correlate `registry[el.kind]` with the narrowed
 * type of `el` (a correlated union); the mapped type guarantees the entry
 * for a kind takes that kind's payload.
 */
function elementRenderer(reg: ElementRegistry, kind: ElementKind): ElementRenderer<ElementKind> {
  return reg[kind] as ElementRenderer<ElementKind>;
}
/** Cast: as elementRenderer. */
function blockRenderer(reg: BlockRegistry, kind: BlockKind): BlockRenderer<BlockKind> {
  return reg[kind] as BlockRenderer<BlockKind>;
}

/** The children of a block node, keyed by node identity. */
export function Children({ node }: { node: TreeNode }): JSX.Element {
  const st = node.state.value;
  if (st.node !== "block") return <></>;
  return <>{st.children.map((c) => (c ? <NodeView key={c.key} node={c} /> : null))}</>;
}

export function NodeView({ node }: { node: TreeNode }): JSX.Element | null {
  const session = useSession();
  const reg = useRegistries();
  // Only elements carry data-stale: a stale block's children are stale too,
  // and dimming both would multiply the opacity.
  const stale = useComputed(() => session.tree.isStale(node.state.value, node));
  const st = node.state.value;
  if (st.node === "element") {
    const R = elementRenderer(reg.elements, st.element.kind);
    return (
      <div
        class="wl-el"
        data-testid="stElementContainer"
        data-kind={st.element.kind}
        data-stale={stale.value ? "true" : undefined}
      >
        <R el={st.element} node={node} />
      </div>
    );
  }
  if (st.block.kind === "root") return <RootView block={st.block} node={node} />;
  // No wrapper: a column must be the flex item of its row.
  const B = blockRenderer(reg.blocks, st.block.kind);
  return (
    <B block={st.block} node={node}>
      <Children node={node} />
    </B>
  );
}

/** A root container (main, sidebar, event, bottom) as a vertical block. */
export function RootView({ block, node }: { block: RootBlock; node: TreeNode }): JSX.Element {
  return (
    <div class="wl-vblock" data-testid="stVerticalBlock" data-root={block.name}>
      <Children node={node} />
    </div>
  );
}
