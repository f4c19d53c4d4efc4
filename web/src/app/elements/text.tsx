// Text elements: markdown, heading, text, code, divider, empty (and caption,
// which is markdown with `caption: true`). Mirrors py/wasmlit/elements/text.py.

import type { JSX } from "preact";
import { useState } from "preact/hooks";
import { anchorLink, slugify } from "../markup";
import type { ElementProps, ElementRegistry } from "../render";
import { Help, MarkdownHtml } from "./common";

function MarkdownEl({ el }: ElementProps<"markdown">): JSX.Element {
  return (
    <div class={el.caption ? "wl-md wl-caption" : "wl-md"} data-testid="stMarkdown">
      <MarkdownHtml
        body={el.body}
        allowHtml={el.allow_html}
        testid={el.caption ? "stCaptionContainer" : "stMarkdownContainer"}
      />
      {el.help ? (
        <div class="wl-md-help">
          <Help text={el.help} />
        </div>
      ) : null}
    </div>
  );
}

const HEADING_TAGS = ["h1", "h2", "h3", "h4", "h5", "h6"] as const;

function HeadingEl({ el }: ElementProps<"heading">): JSX.Element {
  const Tag = HEADING_TAGS[Math.min(Math.max(el.level, 1), 6) - 1] ?? "h1";
  const id = el.anchor ?? slugify(el.body);
  return (
    <div class="wl-heading" data-testid="stHeading" data-level={el.level}>
      <div data-testid="stMarkdownContainer" class="wl-md">
        <Tag id={id || undefined}>
          <MarkdownHtml body={el.body} inline tag="span" />
          <span dangerouslySetInnerHTML={{ __html: anchorLink(id) }} />
          <Help text={el.help} />
        </Tag>
      </div>
      {el.divider ? <hr class={`wl-heading-divider wl-divider-${el.divider}`} data-testid="stHeadingDivider" /> : null}
    </div>
  );
}

function TextEl({ el }: ElementProps<"text">): JSX.Element {
  return (
    <div class="wl-text" data-testid="stText">
      {el.body}
      <Help text={el.help} />
    </div>
  );
}

function CodeEl({ el }: ElementProps<"code">): JSX.Element {
  const [copied, setCopied] = useState(false);
  const lines = el.body.split("\n");
  const copy = (): void => {
    void navigator.clipboard?.writeText(el.body).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 1200);
    });
  };
  return (
    <div class="wl-code" data-testid="stCode">
      <pre>
        {el.line_numbers ? (
          <span class="wl-code-gutter" aria-hidden="true">
            {lines.map((_, i) => `${i + 1}\n`).join("")}
          </span>
        ) : null}
        <code class={el.language ? `language-${el.language}` : undefined} data-language={el.language ?? undefined}>
          {el.body}
        </code>
      </pre>
      <button type="button" class="wl-code-copy" data-testid="stCodeCopyButton" title="Copy to clipboard" onClick={copy}>
        {copied ? "Copied" : "Copy"}
      </button>
    </div>
  );
}

function DividerEl(): JSX.Element {
  return <hr class="wl-divider" data-testid="stDivider" />;
}

type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

function JsonScalar({ v }: { v: JsonValue }): JSX.Element {
  if (v === null) return <span class="wl-json-null">null</span>;
  if (typeof v === "string") return <span class="wl-json-str">{JSON.stringify(v)}</span>;
  if (typeof v === "number") return <span class="wl-json-num">{String(v)}</span>;
  return <span class="wl-json-bool">{String(v)}</span>;
}

/** One JSON value; containers fold with <details> (open to `depth` levels). */
function JsonNode({ name, v, open }: { name: string | null; v: JsonValue; open: boolean }): JSX.Element {
  const key = name === null ? null : <span class="wl-json-key">{name}: </span>;
  if (v === null || typeof v !== "object") {
    return (
      <div class="wl-json-row">
        {key}
        <JsonScalar v={v} />
      </div>
    );
  }
  const entries: [string, JsonValue][] = Array.isArray(v) ? v.map((x, i) => [String(i), x]) : Object.entries(v);
  const [lb, rb] = Array.isArray(v) ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) {
    return (
      <div class="wl-json-row">
        {key}
        {lb}
        {rb}
      </div>
    );
  }
  return (
    <details class="wl-json-node" open={open}>
      <summary>
        {key}
        {lb}
        <span class="wl-json-count">
          {" "}
          {entries.length} {Array.isArray(v) ? "items" : "keys"} {rb}
        </span>
      </summary>
      <div class="wl-json-children">
        {entries.map(([k, x]) => (
          <JsonNode key={k} name={Array.isArray(v) ? k : JSON.stringify(k)} v={x} open={open} />
        ))}
      </div>
      <div class="wl-json-close">{rb}</div>
    </details>
  );
}

function JsonEl({ el }: ElementProps<"json">): JSX.Element {
  let value: JsonValue;
  try {
    // Cast: JSON.parse yields exactly the JsonValue shapes.
    value = JSON.parse(el.body) as JsonValue;
  } catch {
    value = el.body;
  }
  return (
    <div class="wl-json" data-testid="stJson">
      <JsonNode name={null} v={value} open={el.expanded} />
    </div>
  );
}

function EmptyEl(): JSX.Element {
  return <div class="wl-empty" data-testid="stEmpty" />;
}

export const textRenderers = {
  markdown: MarkdownEl,
  heading: HeadingEl,
  text: TextEl,
  code: CodeEl,
  divider: DividerEl,
  empty: EmptyEl,
  json: JsonEl,
} satisfies Partial<ElementRegistry>;
