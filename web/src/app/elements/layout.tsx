// Layout blocks: vertical (st.container), horizontal (the row of
// st.columns), column, expander, status. Mirrors py/wasmlit/elements/layout.py.

import type { JSX } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { BlockProps, BlockRegistry } from "../render";
import { MarkdownHtml } from "./common";

function VerticalBlock({ block, children }: BlockProps<"vertical">): JSX.Element {
  const inner = (
    <div class="wl-vblock" data-testid="stVerticalBlock">
      {children}
    </div>
  );
  if (!block.border && block.height === null) return inner;
  return (
    <div
      class={block.border ? "wl-border-wrap wl-bordered" : "wl-border-wrap"}
      data-testid="stVerticalBlockBorderWrapper"
      style={block.height !== null ? { height: `${block.height}px`, overflowY: "auto" } : undefined}
    >
      {inner}
    </div>
  );
}

function HorizontalBlock({ block, children }: BlockProps<"horizontal">): JSX.Element {
  return (
    <div class="wl-hblock" data-testid="stHorizontalBlock" data-gap={block.gap} data-valign={block.vertical_alignment}>
      {children}
    </div>
  );
}

function ColumnBlock({ block, children }: BlockProps<"column">): JSX.Element {
  // Streamlit sizes columns by weight: flex-grow in proportion, from zero.
  return (
    <div class="wl-col" data-testid="stColumn" style={{ flex: `${block.weight} 1 0%` }}>
      <div class="wl-vblock" data-testid="stVerticalBlock">
        {children}
      </div>
    </div>
  );
}

function ExpanderBlock({ block, children }: BlockProps<"expander">): JSX.Element {
  // The user's open/closed choice wins over later reruns, as in Streamlit;
  // a change of `expanded` by the script still applies.
  const [open, setOpen] = useState(block.expanded);
  useEffect(() => setOpen(block.expanded), [block.expanded]);
  return (
    <details
      class="wl-expander"
      data-testid="stExpander"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary class="wl-expander-summary">
        {block.icon ? <MarkdownHtml body={block.icon} inline tag="span" class="wl-expander-icon" /> : null}
        <MarkdownHtml body={block.label} inline tag="span" testid="stMarkdownContainer" class="wl-expander-label" />
        <svg class="wl-chevron" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path d="M7 10l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
      </summary>
      <div class="wl-expander-details" data-testid="stExpanderDetails">
        <div class="wl-vblock" data-testid="stVerticalBlock">
          {children}
        </div>
      </div>
    </details>
  );
}

const STATUS_ICONS = { running: "", complete: "✓", error: "✕" } as const;

/** st.status: an expander whose icon shows the state; update() changes it in place. */
function StatusBlock({ block, children }: BlockProps<"status">): JSX.Element {
  const [open, setOpen] = useState(block.expanded);
  useEffect(() => setOpen(block.expanded), [block.expanded]);
  return (
    <details
      class="wl-expander wl-st-status"
      data-testid="stExpander"
      data-state={block.state}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary class="wl-expander-summary">
        <span
          class="wl-st-status-icon"
          data-testid={block.state === "running" ? "stExpanderIconSpinner" : "stExpanderIcon"}
          role="img"
          aria-label={block.state}
        >
          {STATUS_ICONS[block.state]}
        </span>
        <MarkdownHtml body={block.label} inline tag="span" testid="stMarkdownContainer" class="wl-expander-label" />
        <svg class="wl-chevron" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path d="M7 10l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
      </summary>
      <div class="wl-expander-details" data-testid="stExpanderDetails">
        <div class="wl-vblock" data-testid="stVerticalBlock">
          {children}
        </div>
      </div>
    </details>
  );
}

export const layoutRenderers = {
  vertical: VerticalBlock,
  horizontal: HorizontalBlock,
  column: ColumnBlock,
  expander: ExpanderBlock,
  status: StatusBlock,
} satisfies Partial<BlockRegistry>;
