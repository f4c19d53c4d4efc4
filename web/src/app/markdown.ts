// Markdown as Streamlit renders it: GitHub-flavoured (marked), Streamlit's
// extras (`:red[text]`, `:blue-background[text]`, `:shortcode:` emoji),
// heading anchors, and ALWAYS sanitized by DOMPurify.
//
// Note [allow_html]
// ~~~~~~~~~~~~~~~~~
// `unsafe_allow_html` only decides whether raw HTML in the source is kept as
// HTML (then sanitized) or escaped into visible text. The output of marked is
// sanitized either way: a bundle is a public page, so script-like HTML never
// runs, whatever the app asks for.

import DOMPurify from "dompurify";
import { Marked, type Tokens, type TokenizerAndRendererExtension } from "marked";
import { emojiMap, wantEmoji } from "./emoji";
import { anchorLink, escapeHtml, slugify } from "./markup";

export { anchorLink, escapeHtml, slugify };

export const COLORS = ["red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "rainbow", "primary"] as const;

const COLOR_RE = new RegExp(
  String.raw`^:(${COLORS.join("|")})(-background)?\[((?:\\.|[^\[\]\\]|\[(?:\\.|[^\[\]\\])*\])*)\]`,
);

const colorText: TokenizerAndRendererExtension = {
  name: "stColor",
  level: "inline",
  start: (src: string) => {
    const i = src.indexOf(":");
    return i < 0 ? undefined : i;
  },
  tokenizer(src: string) {
    const m = COLOR_RE.exec(src);
    if (!m) return undefined;
    return {
      type: "stColor",
      raw: m[0],
      color: m[1] === "grey" ? "gray" : m[1],
      background: m[2] !== undefined,
      tokens: this.lexer.inlineTokens(m[3] ?? ""),
    };
  },
  renderer(token: Tokens.Generic) {
    const cls = `wl-${token["background"] ? "bg" : "fg"}-${String(token["color"])}`;
    return `<span class="${cls}">${this.parser.parseInline(token.tokens ?? [])}</span>`;
  },
};

const emoji: TokenizerAndRendererExtension = {
  name: "stEmoji",
  level: "inline",
  start: (src: string) => {
    const i = src.indexOf(":");
    return i < 0 ? undefined : i;
  },
  tokenizer(src: string) {
    const m = /^:([a-z0-9_+-]+):/.exec(src);
    const map = emojiMap.peek();
    const char = m?.[1] !== undefined ? map?.[m[1]] : undefined;
    if (!m || char === undefined) return undefined;
    return { type: "stEmoji", raw: m[0], text: char };
  },
  renderer(token: Tokens.Generic) {
    return escapeHtml(token.text ?? "");
  },
};

// `:material/name:` in markdown (labels of tabs and popovers included) draws
// the icon from the bundled Material Symbols font (CHECKLIST MPA-14, Note
// [Icon font] in styles.css), like the `icon=` of elements (common.tsx Icon).
const materialIcon: TokenizerAndRendererExtension = {
  name: "stMaterialIcon",
  level: "inline",
  start: (src: string) => {
    const i = src.indexOf(":material/");
    return i < 0 ? undefined : i;
  },
  tokenizer(src: string) {
    const m = /^:material\/([a-z0-9_]+):/.exec(src);
    if (!m) return undefined;
    return { type: "stMaterialIcon", raw: m[0], text: m[1] ?? "" };
  },
  renderer(token: Tokens.Generic) {
    return `<span class="wl-material-icon" data-testid="stIconMaterial">${escapeHtml(token.text ?? "")}</span>`;
  },
};

function makeMarked(allowHtml: boolean): Marked {
  const md = new Marked({ gfm: true, breaks: false, async: false });
  md.use({
    extensions: [colorText, materialIcon, emoji],
    renderer: {
      html({ text }: Tokens.HTML | Tokens.Tag) {
        return allowHtml ? text : escapeHtml(text);
      },
      heading({ tokens, depth, text }: Tokens.Heading) {
        const id = slugify(text);
        const inner = this.parser.parseInline(tokens);
        return `<h${depth} id="${escapeHtml(id)}">${inner}${anchorLink(id)}</h${depth}>\n`;
      },
    },
  });
  return md;
}

const markedSafe = makeMarked(false);
const markedHtml = makeMarked(true);

let hooked = false;
function sanitize(html: string): string {
  if (!hooked) {
    hooked = true;
    // Links open outside the app (as in Streamlit); same-page anchors stay.
    DOMPurify.addHook("afterSanitizeAttributes", (node) => {
      if (node.tagName === "A" && node.getAttribute("href") && !node.getAttribute("href")?.startsWith("#")) {
        node.setAttribute("target", "_blank");
        node.setAttribute("rel", "noopener noreferrer");
      }
    });
  }
  return DOMPurify.sanitize(html, { ADD_ATTR: ["target"] });
}

/** Markdown -> HTML, NOT yet sanitized (exported for unit tests). */
export function markdownToHtml(body: string, allowHtml: boolean, inline: boolean): string {
  wantEmoji(body);
  const md = allowHtml ? markedHtml : markedSafe;
  return inline ? md.parseInline(body, { async: false }) : md.parse(body, { async: false });
}

/** Markdown source -> sanitized HTML. See Note [allow_html]. */
export function renderMarkdown(body: string, allowHtml = false): string {
  return sanitize(markdownToHtml(body, allowHtml, false));
}

/** One line of markdown (labels, headings) -> sanitized inline HTML. */
export function renderInline(body: string, allowHtml = false): string {
  return sanitize(markdownToHtml(body, allowHtml, true));
}
