"""Files that static hosts need beside index.html (GitHub Pages).

Note [GitHub Pages files]
~~~~~~~~~~~~~~~~~~~~~~~~~
- `.nojekyll`: without it GitHub Pages runs Jekyll over the folder, which
  drops files and folders whose names start with `_` or `.`.
- `404.html`: GitHub Pages answers any missing path with it. Pages of a
  wasmlit app live in the URL hash (`#/page?query`), so a visitor who types
  or follows a path-style link (`/repo/page_name`, as Streamlit's URLs look)
  lands here. The page does not know where the bundle's root is (a project
  site lives under `/<repo>/`), so it looks for the nearest parent folder
  holding a wasmlit manifest.json and redirects there, turning the rest of
  the path into the hash route. Relative URLs only: it works under any
  sub-path.
"""

from __future__ import annotations

from pathlib import Path

NOT_FOUND_HTML = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Page not found</title>
<style>body{font-family:system-ui,sans-serif;color:#31333f;max-width:36rem;margin:4rem auto;padding:0 1rem}</style>
</head>
<body>
<h1>Page not found</h1>
<p id="msg">Looking for the app&hellip;</p>
<script>
// Note [GitHub Pages files] in py/wasmlit/build/hosting.py.
(async () => {
  const parts = location.pathname.split("/").filter(Boolean);
  for (let n = parts.length - 1; n >= 0; n--) {
    const root = "/" + parts.slice(0, n).map((p) => p + "/").join("");
    try {
      const resp = await fetch(root + "manifest.json", { cache: "no-cache" });
      if (!resp.ok) continue;
      const m = await resp.json();
      if (!m || typeof m.wasmlit !== "string") continue;
      const rest = parts.slice(n).join("/").replace(/\\.html?$/, "");
      const page = rest && rest !== "index" ? "#/" + rest + location.search : location.search + location.hash;
      location.replace(root + page);
      return;
    } catch (e) {}
  }
  document.getElementById("msg").textContent = "There is no page at this address.";
})();
</script>
</body>
</html>
"""


# For host pages (Note [Embedding] in web/src/app/embed.ts):
# <script src=".../wasmlit-embed.js"></script> sizes every iframe showing a
# wasmlit app to its content and re-dispatches the app's messages on the
# iframe element as DOM events ("wasmlit:ready", "wasmlit:rerun",
# "wasmlit:error", "wasmlit:height"; the message in event.detail).
EMBED_JS = """// wasmlit-embed.js: include it in a page that embeds wasmlit apps in iframes.
(function () {
  "use strict";
  window.addEventListener("message", function (ev) {
    var d = ev.data;
    if (!d || d.wasmlit !== 1 || typeof d.type !== "string") return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== ev.source) continue;
      if (d.type === "height" && typeof d.height === "number" && !f.hasAttribute("data-fixed-height")) {
        f.style.height = d.height + "px";
      }
      f.dispatchEvent(new CustomEvent("wasmlit:" + d.type, { detail: d }));
    }
  });
  window.wasmlit = {
    /** Replaces the embedded app's query parameters (st.query_params) and reruns it. */
    setQueryParams: function (iframe, params) {
      iframe.contentWindow.postMessage({ wasmlit: 1, type: "set_query_params", params: params }, "*");
    },
    /**
     * Sets the embedded app's theme at once, with no rerun: {base: "light" or
     * "dark", primaryColor, backgroundColor, secondaryBackgroundColor,
     * textColor, font}, each optional; null gives back the app's own.
     */
    setTheme: function (iframe, theme) {
      iframe.contentWindow.postMessage({ wasmlit: 1, type: "set_theme", theme: theme }, "*");
    },
  };
})();
"""


def write_hosting_files(out: Path) -> None:
    """Write `.nojekyll`, `404.html` and `wasmlit-embed.js` into a bundle folder."""
    (out / ".nojekyll").write_bytes(b"")
    (out / "404.html").write_text(NOT_FOUND_HTML, encoding="utf-8")
    (out / "wasmlit-embed.js").write_text(EMBED_JS, encoding="utf-8")
