// Embedding in an iframe: `?embed=true` and the postMessage API.
//
// Note [Embedding]
// ~~~~~~~~~~~~~~~~
// As in Streamlit, `?embed=true` in the page's URL hides the app's chrome
// (the main menu, the running indicator) and tightens the padding;
// `embed_options` (repeated or comma-separated) brings parts back:
// show_toolbar, show_padding, disable_scrolling, light_theme, dark_theme
// (the last two set the page's theme as a host theme would, below).
// Inside an iframe the page talks to its host with window.postMessage, each
// message an object with `wasmlit: 1` and a `type`:
//   page -> host: {type: "height", height} whenever the content's height
//     changes; {type: "ready"} after the first run; {type: "rerun", runs}
//     after each run; {type: "error", message} when a run shows an
//     exception or the app cannot start.
//   host -> page: {type: "set_query_params", params: {...}} replaces the
//     query (st.query_params) and reruns; {type: "set_theme", theme:
//     {base, primaryColor, backgroundColor, secondaryBackgroundColor,
//     textColor, font}} (the fields of Streamlit's component theme, CHECKLIST
//     COMP-15; each optional, unset ones inherit from `base`) sets the theme
//     at once, with no rerun (so nothing is lost), over the app's own and the
//     viewer's Settings; `theme: null` gives those back.
// The host side is the bundle's wasmlit-embed.js (py/wasmlit/build/hosting.py).
// It watches the DOM (stApp's run counter), not the session, so it stays out
// of the renderer's way.
import type { Theme } from "../protocol.gen";
import { hostTheme } from "./chrome/theme";
import { formatHash, parseHash } from "./routing";

const CSS = `
html[data-embed="true"]:not([data-embed-toolbar]) [data-testid="stMainMenu"],
html[data-embed="true"]:not([data-embed-toolbar]) [data-testid="stStatusWidget"] { display: none !important; }
html[data-embed="true"]:not([data-embed-padding]) [data-testid="stMainBlockContainer"] { padding: 1rem 1rem 1rem !important; }
html[data-embed="true"] .wl-main, html[data-embed="true"] .wl-app { min-height: 0 !important; }
html[data-embed-scrolling="false"], html[data-embed-scrolling="false"] body { overflow: hidden !important; }
`;

// A colour goes into a CSS custom property: names, #hex and rgb()/hsl()
// forms only, nothing that could close the declaration.
const COLOR = /^[#a-zA-Z0-9(),.%\s-]{1,64}$/;
const FONTS = new Set(["sans serif", "serif", "monospace"]);

/** A `set_theme` message's theme as the page's Theme; null clears, undefined: not a theme. */
export function parseHostTheme(raw: unknown): Theme | null | undefined {
  if (raw === null) return null;
  if (typeof raw !== "object") return undefined;
  // Cast: reading optional properties, each checked below.
  const t = raw as Record<string, unknown>;
  const color = (k: string): string | null => {
    const v = t[k];
    return typeof v === "string" && COLOR.test(v) ? v.trim() : null;
  };
  const font = typeof t["font"] === "string" && FONTS.has(t["font"]) ? t["font"] : null;
  return {
    base: t["base"] === "dark" ? "dark" : "light",
    primary_color: color("primaryColor"),
    background_color: color("backgroundColor"),
    secondary_background_color: color("secondaryBackgroundColor"),
    text_color: color("textColor"),
    font,
  };
}

function post(msg: Record<string, unknown>): void {
  window.parent.postMessage({ wasmlit: 1, ...msg }, "*");
}

/** Reads ?embed / ?embed_options and, in an iframe, starts the postMessage API. */
export function installEmbed(): void {
  const params = new URLSearchParams(location.search);
  const root = document.documentElement;
  if (params.get("embed")?.toLowerCase() === "true") {
    const options = new Set(params.getAll("embed_options").flatMap((o) => o.split(",")).map((o) => o.trim().toLowerCase()));
    root.setAttribute("data-embed", "true");
    if (options.has("show_toolbar")) root.setAttribute("data-embed-toolbar", "");
    if (options.has("show_padding")) root.setAttribute("data-embed-padding", "");
    if (options.has("disable_scrolling")) root.setAttribute("data-embed-scrolling", "false");
    if (options.has("light_theme")) hostTheme.value = parseHostTheme({ base: "light" }) ?? null;
    if (options.has("dark_theme")) hostTheme.value = parseHostTheme({ base: "dark" }) ?? null;
    const style = document.createElement("style");
    style.textContent = CSS;
    document.head.append(style);
  }
  if (window.parent === window) return;

  let lastHeight = -1;
  const measure = (): void => {
    const app = document.querySelector('[data-testid="stApp"]');
    const block = document.querySelector('[data-testid="stMainBlockContainer"]') ?? document.querySelector('[data-testid="stFatalError"]');
    const boot = document.querySelector('[data-testid="stBootScreen"]:not([hidden])');
    const el = block ?? app;
    if (!el || boot) return;
    const height = Math.ceil(el.getBoundingClientRect().bottom + window.scrollY);
    if (height !== lastHeight && height > 0) {
      lastHeight = height;
      post({ type: "height", height });
    }
  };
  const sizes = new ResizeObserver(measure);
  let runs = 0;
  let watchedApp: Element | null = null;
  const onRun = (app: Element): void => {
    const n = Number(app.getAttribute("data-test-run-count"));
    if (!(n > runs) || app.getAttribute("data-test-script-state") !== "notRunning") return;
    if (runs === 0) post({ type: "ready" });
    runs = n;
    post({ type: "rerun", runs: n });
    const exception = document.querySelector('[data-testid="stException"]');
    if (exception) post({ type: "error", message: (exception.textContent ?? "").slice(0, 500) });
  };
  let fatalSent = false;
  new MutationObserver(() => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (app && app !== watchedApp) {
      watchedApp = app;
      sizes.observe(app);
      const block = document.querySelector('[data-testid="stMainBlockContainer"]');
      if (block) sizes.observe(block);
    }
    if (app) onRun(app);
    const fatal = document.querySelector('[data-testid="stFatalError"]');
    if (fatal && !fatalSent) {
      fatalSent = true;
      post({ type: "error", message: (fatal.textContent ?? "").slice(0, 500) });
    }
    measure();
  }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-test-run-count", "data-test-script-state", "hidden"] });

  window.addEventListener("message", (ev: MessageEvent<unknown>) => {
    if (ev.source !== window.parent || typeof ev.data !== "object" || ev.data === null) return;
    // Cast: reading properties of a message object, checked below.
    const { wasmlit, type, params, theme } = ev.data as { wasmlit?: unknown; type?: unknown; params?: unknown; theme?: unknown };
    if (wasmlit !== 1) return;
    if (type === "set_theme") {
      const parsed = parseHostTheme(theme);
      if (parsed !== undefined) hostTheme.value = parsed;
      return;
    }
    if (type !== "set_query_params" || typeof params !== "object" || params === null) return;
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      for (const one of Array.isArray(v) ? v : [v]) query.append(k, String(one));
    }
    const hash = formatHash({ page: parseHash(location.hash).page, query: query.toString() });
    if (hash !== location.hash) location.hash = hash || "#";
  });
}
