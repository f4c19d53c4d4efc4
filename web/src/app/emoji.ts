// Emoji shortcodes (`:paw_prints:` -> 🐾), loaded on first use.
//
// Note [Lazy emoji map]
// ~~~~~~~~~~~~~~~~~~~~~
// The full GitHub shortcode map (markdown-it-emoji's data file: ~1,900 names,
// 15 KB gz) is a chunk of its own, imported only when some markdown contains a
// `:name:` pattern. Markdown rendered before it arrives shows the shortcode as
// text; renderers read `emojiMap` (a signal) and redraw once it is there.

import { signal } from "@preact/signals";

export const emojiMap = signal<Readonly<Record<string, string>> | null>(null);

const SHORTCODE = /:[a-z0-9_+-]+:/;
let loading = false;

/** Starts loading the map if `text` may contain a shortcode. */
export function wantEmoji(text: string): void {
  if (loading || emojiMap.value !== null || !SHORTCODE.test(text)) return;
  loading = true;
  import("markdown-it-emoji/lib/data/full.mjs")
    .then((mod) => {
      emojiMap.value = mod.default;
    })
    .catch((err: unknown) => {
      console.warn("wasmlit: could not load the emoji map", err);
    });
}
