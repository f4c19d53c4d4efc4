// Renderers render synchronously in unit tests: load what the page loads
// lazily (Note [Lazy renderers], Note [Lazy markdown]) before any test runs.
// (Sanitizing is tested in Chromium, playwright/elements.spec.ts: DOMPurify
// under happy-dom does not behave as in a browser.)
import { preloadRenderers } from "../src/app/lazy";
import { loadMarkdown } from "../src/app/markdown_lazy";
import "../src/app/registry";

await Promise.all([preloadRenderers(), loadMarkdown()]);
