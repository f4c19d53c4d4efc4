// The collapsible sidebar: shown only when the app writes to st.sidebar or
// has a page navigation (SidebarNav.tsx) at its top.

import type { JSX } from "preact";
import { useState } from "preact/hooks";
import { RootView, useSession } from "../render";
import type { TreeNode } from "../tree";
import { useSidebarState } from "./sidebarState";
import { showsNavigation, SidebarNav } from "./SidebarNav";

export function Sidebar({ node }: { node: TreeNode }): JSX.Element | null {
  const [open, setOpen] = useState(() => typeof window === "undefined" || window.innerWidth > 768);
  useSidebarState(setOpen);
  const session = useSession();
  const st = node.state.value;
  if (st.node !== "block" || st.block.kind !== "root") return null;
  if (!st.children.some((c) => c !== undefined) && !showsNavigation(session)) return null;
  if (!open) {
    return (
      <div class="wl-sidebar-collapsed" data-testid="stSidebarCollapsedControl">
        <button type="button" class="wl-icon-btn" aria-label="Open sidebar" onClick={() => setOpen(true)}>
          &#8250;
        </button>
      </div>
    );
  }
  return (
    <section class="wl-sidebar" data-testid="stSidebar" aria-expanded="true">
      <div class="wl-sidebar-header" data-testid="stSidebarHeader">
        <button type="button" class="wl-icon-btn" aria-label="Close sidebar" onClick={() => setOpen(false)}>
          &#8249;
        </button>
      </div>
      <div class="wl-sidebar-content" data-testid="stSidebarContent">
        <SidebarNav session={session} />
        <div class="wl-sidebar-user" data-testid="stSidebarUserContent">
          <RootView block={st.block} node={node} />
        </div>
      </div>
    </section>
  );
}
