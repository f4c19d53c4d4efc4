// Pieces shared by element renderers: markdown HTML, help icons, labels.

import type { JSX } from "preact";
import { useMemo, useState } from "preact/hooks";
import type { LabelVisibility } from "../../protocol.gen";
import { emojiMap } from "../emoji";
import { loadMarkdown, markdown, markdownFailed } from "../markdown_lazy";
import { escapeHtml } from "../markup";

/** Sanitized markdown as HTML; redraws once the emoji map arrives. */
export function MarkdownHtml(props: {
  body: string;
  allowHtml?: boolean;
  inline?: boolean;
  testid?: string;
  class?: string;
  tag?: "div" | "span";
}): JSX.Element {
  const emoji = emojiMap.value; // Subscribes: see Note [Lazy emoji map].
  const md = markdown.value; // Subscribes: see Note [Lazy markdown].
  const failed = markdownFailed.value;
  const { body, allowHtml = false, inline = false } = props;
  const html = useMemo(() => {
    if (md) return inline ? md.renderInline(body, allowHtml) : md.renderMarkdown(body, allowHtml);
    // Without the renderer, the source as plain text beats a blank element.
    return failed !== null ? escapeHtml(body) : null;
  }, [body, allowHtml, inline, emoji, md, failed]);
  const Tag = props.tag ?? "div";
  if (html === null) {
    void loadMarkdown().catch(() => undefined);
    return <Tag data-testid={props.testid} class={props.class} aria-busy="true" />;
  }
  return <Tag data-testid={props.testid} class={props.class} dangerouslySetInnerHTML={{ __html: html }} />;
}

/**
 * A "?" icon whose tooltip is the help text, as markdown: shown while the
 * pointer is over the icon or while it has keyboard focus; Escape hides it.
 */
export function Help({ text }: { text: string | null }): JSX.Element | null {
  const [open, setOpen] = useState(false);
  if (!text) return null;
  return (
    <span
      class="wl-help"
      data-testid="stTooltipIcon"
      aria-label={text}
      tabIndex={0}
      role="img"
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
      onKeyDown={(e) => {
        if (e.key === "Escape") setOpen(false);
      }}
      onClick={(e) => {
        // Inside a <label>, a click would otherwise toggle or focus the widget.
        e.preventDefault();
        e.stopPropagation();
        setOpen(true);
      }}
    >
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
        <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="1.6" />
        <path
          d="M9.6 9.3a2.5 2.5 0 0 1 4.85.85c0 1.7-2.45 2.2-2.45 3.6"
          fill="none"
          stroke="currentColor"
          stroke-width="1.6"
          stroke-linecap="round"
        />
        <circle cx="12" cy="16.9" r="1" fill="currentColor" />
      </svg>
      {open ? (
        <span class="wl-tooltip" role="tooltip" data-testid="stTooltipContent">
          <MarkdownHtml body={text} tag="span" />
        </span>
      ) : null}
    </span>
  );
}

/** A widget's label (markdown, inline), honouring label_visibility. */
export function WidgetLabel(props: {
  label: string;
  help: string | null;
  visibility: LabelVisibility;
  htmlFor?: string;
  disabled?: boolean;
}): JSX.Element {
  return (
    <label
      class="wl-label"
      data-testid="stWidgetLabel"
      data-visibility={props.visibility}
      for={props.htmlFor}
      aria-disabled={props.disabled ? "true" : undefined}
    >
      <MarkdownHtml body={props.label} inline tag="span" testid="stMarkdownContainer" />
      <Help text={props.help} />
    </label>
  );
}

/**
 * An `icon=` value: an emoji, or `:material/name:` drawn from the Material
 * Symbols font when the page has it (the bundle does not ship the font, so
 * without it the icon's name shows, small and muted).
 */
export function Icon({ icon }: { icon: string }): JSX.Element {
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon);
  if (material) {
    return (
      <span class="wl-material-icon" data-testid="stIconMaterial" translate={false}>
        {material[1]}
      </span>
    );
  }
  return <span data-testid="stIconEmoji">{icon}</span>;
}

let nextDomId = 0;
/** A unique DOM id for label/input pairs. */
export function domId(prefix: string): string {
  return `${prefix}-${++nextDomId}`;
}

/**
 * `url` resolved against the page if its scheme is one of `schemes` (e.g.
 * "https:"), else null: URLs from the script are data, so a `javascript:` one
 * must never become a link or an image source.
 */
export function urlWithScheme(url: string, schemes: readonly string[]): string | null {
  try {
    const parsed = new URL(url, document.baseURI);
    return schemes.includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}
