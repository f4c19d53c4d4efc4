// The small HTML helpers of markdown.ts that the always-loaded renderers need
// too (headings' anchors), kept apart so that importing them does not pull in
// marked and DOMPurify (Note [Lazy markdown] in markdown_lazy.ts).

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The anchor id Streamlit gives a heading: lower case, words joined by "-". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, "")
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .trim()
    .replace(/\s+/g, "-");
}

const LINK_ICON =
  '<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path fill="none" stroke="currentColor" ' +
  'stroke-width="2" stroke-linecap="round" d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"/></svg>';

export function anchorLink(id: string): string {
  // An icon, not a "#" character: the link must not add to the heading's text.
  return id
    ? `<a class="wl-anchor" href="#${escapeHtml(id)}" aria-label="Link to this heading">${LINK_ICON}</a>`
    : "";
}
