// Layout blocks: vertical (st.container), horizontal (the row of
// st.columns), column, expander, status. Mirrors py/wasmlit/elements/layout.py.

import type { ComponentChildren, JSX } from "preact";
import { useEffect, useState } from "preact/hooks";
import { NodeView, type BlockProps, type BlockRegistry } from "../render";
import type { TreeNode } from "../tree";
import { Icon, MarkdownHtml, urlWithScheme } from "./common";

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
    <div
      class={block.border ? "wl-col wl-bordered" : "wl-col"}
      data-testid="stColumn"
      style={{ flex: `${block.weight} 1 0%` }}
    >
      <div class="wl-vblock" data-testid="stVerticalBlock">
        {children}
      </div>
    </div>
  );
}

interface ExpandableProps {
  readonly label: string;
  readonly expanded: boolean;
  /** Drawn before the label (the expander's icon, the status's state). */
  readonly icon: ComponentChildren;
  readonly class?: string;
  readonly state?: string;
  readonly children: ComponentChildren;
}

/**
 * The <details> behind st.expander and st.status. The user's open/closed
 * choice wins over later reruns, as in Streamlit; a change of `expanded` by
 * the script still applies.
 */
function Expandable(p: ExpandableProps): JSX.Element {
  const [open, setOpen] = useState(p.expanded);
  useEffect(() => setOpen(p.expanded), [p.expanded]);
  return (
    <details
      class={p.class ? `wl-expander ${p.class}` : "wl-expander"}
      data-testid="stExpander"
      data-state={p.state}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary class="wl-expander-summary">
        {p.icon}
        <MarkdownHtml body={p.label} inline tag="span" testid="stMarkdownContainer" class="wl-expander-label" />
        <svg class="wl-chevron" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path d="M7 10l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
      </summary>
      <div class="wl-expander-details" data-testid="stExpanderDetails">
        <div class="wl-vblock" data-testid="stVerticalBlock">
          {p.children}
        </div>
      </div>
    </details>
  );
}

function ExpanderBlock({ block, children }: BlockProps<"expander">): JSX.Element {
  const icon = block.icon ? (
    <span class="wl-expander-icon">
      <Icon icon={block.icon} />
    </span>
  ) : null;
  return (
    <Expandable label={block.label} expanded={block.expanded} icon={icon}>
      {children}
    </Expandable>
  );
}

const STATUS_ICONS = { running: "", complete: "✓", error: "✕" } as const;

/** st.status: an expander whose icon shows the state; update() changes it in place. */
function StatusBlock({ block, children }: BlockProps<"status">): JSX.Element {
  const icon = (
    <span
      class="wl-st-status-icon"
      data-testid={block.state === "running" ? "stExpanderIconSpinner" : "stExpanderIcon"}
      role="img"
      aria-label={block.state}
    >
      {STATUS_ICONS[block.state]}
    </span>
  );
  return (
    <Expandable label={block.label} expanded={block.expanded} icon={icon} class="wl-st-status" state={block.state}>
      {children}
    </Expandable>
  );
}

function tabLabel(node: TreeNode): string {
  const st = node.state.value;
  return st.node === "block" && st.block.kind === "tab" ? st.block.label : "";
}

/**
 * st.tabs: a row of tab buttons and one panel per Tab child. Every tab's
 * content is drawn (the script runs them all, as in Streamlit); the others
 * are hidden. The chosen tab is the user's and survives reruns.
 */
function TabContainerBlock({ node }: BlockProps<"tab_container">): JSX.Element {
  const st = node.state.value;
  const tabs = st.node === "block" ? st.children.filter((c): c is TreeNode => c !== undefined) : [];
  const [chosen, setChosen] = useState(0);
  const active = Math.min(chosen, Math.max(0, tabs.length - 1));
  const onKey = (e: KeyboardEvent): void => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (step === 0 || tabs.length === 0) return;
    e.preventDefault();
    const next = (active + step + tabs.length) % tabs.length;
    setChosen(next);
    const list = (e.currentTarget as HTMLElement).parentElement;
    (list?.children[next] as HTMLElement | undefined)?.focus();
  };
  return (
    <div class="wl-tabs" data-testid="stTabs">
      <div class="wl-tab-list" role="tablist">
        {tabs.map((t, i) => (
          <button
            key={t.key}
            type="button"
            role="tab"
            class="wl-tab"
            data-testid="stTab"
            aria-selected={i === active}
            tabIndex={i === active ? 0 : -1}
            onClick={() => setChosen(i)}
            onKeyDown={onKey}
          >
            <MarkdownHtml body={tabLabel(t)} inline tag="span" testid="stMarkdownContainer" />
          </button>
        ))}
      </div>
      {tabs.map((t, i) => (
        <div key={t.key} role="tabpanel" class="wl-tab-panel" hidden={i !== active}>
          <NodeView node={t} />
        </div>
      ))}
    </div>
  );
}

function TabBlock({ children }: BlockProps<"tab">): JSX.Element {
  return (
    <div class="wl-vblock" data-testid="stVerticalBlock">
      {children}
    </div>
  );
}

/**
 * st.popover: a button; its content floats below it while open. The content
 * is in the DOM (hidden) while closed, so widgets inside keep their values.
 * Escape or a click outside closes it.
 */
function PopoverBlock({ block, children }: BlockProps<"popover">): JSX.Element {
  const [open, setOpen] = useState(false);
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!open) return undefined;
    const onDown = (e: MouseEvent): void => {
      if (root && !root.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === "Escape") setOpen(false);
    };
    document.addEventListener("mousedown", onDown);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("mousedown", onDown);
      document.removeEventListener("keydown", onKey);
    };
  }, [open, root]);
  return (
    <div class="wl-popover" data-testid="stPopover" ref={setRoot} data-width={block.use_container_width ? "full" : undefined}>
      <button
        type="button"
        class="wl-btn"
        data-testid="stPopoverButton"
        aria-expanded={open}
        disabled={block.disabled}
        title={block.help ?? undefined}
        onClick={() => setOpen(!open)}
      >
        <MarkdownHtml body={block.label} inline tag="span" testid="stMarkdownContainer" />
        <svg class="wl-chevron" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <path d="M7 10l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
      </button>
      <div class="wl-popover-body" data-testid="stPopoverBody" hidden={!open}>
        <div class="wl-vblock" data-testid="stVerticalBlock">
          {children}
        </div>
      </div>
    </div>
  );
}

/** An avatar image URL the page may load: web images or inline image data, nothing else. */
export function safeImageUrl(url: string): string | null {
  if (/^data:image\/(png|jpeg|gif|webp);/i.test(url)) return url;
  return urlWithScheme(url, ["http:", "https:"]);
}

const CHAT_AVATAR_IDS: Readonly<Record<string, string>> = {
  user: "stChatMessageAvatarUser",
  human: "stChatMessageAvatarUser",
  assistant: "stChatMessageAvatarAssistant",
  ai: "stChatMessageAvatarAssistant",
};

function ChatMessageBlock({ block, children }: BlockProps<"chat_message">): JSX.Element {
  const src = block.avatar_is_image ? safeImageUrl(block.avatar) : null;
  return (
    <div class="wl-chat" data-testid="stChatMessage" aria-label={`Chat message from ${block.name}`}>
      <div class="wl-chat-avatar" data-testid={CHAT_AVATAR_IDS[block.name.toLowerCase()] ?? "stChatMessageAvatarCustom"}>
        {src ? <img src={src} alt="" /> : <MarkdownHtml body={block.avatar_is_image ? "?" : block.avatar} inline tag="span" />}
      </div>
      <div class="wl-chat-content" data-testid="stChatMessageContent">
        <div class="wl-vblock" data-testid="stVerticalBlock">
          {children}
        </div>
      </div>
    </div>
  );
}

export const layoutRenderers = {
  vertical: VerticalBlock,
  horizontal: HorizontalBlock,
  column: ColumnBlock,
  expander: ExpanderBlock,
  status: StatusBlock,
  tab_container: TabContainerBlock,
  tab: TabBlock,
  popover: PopoverBlock,
  chat_message: ChatMessageBlock,
} satisfies Partial<BlockRegistry>;
