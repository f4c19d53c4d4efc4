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


def write_hosting_files(out: Path) -> None:
    """Write `.nojekyll` and `404.html` into a bundle folder."""
    (out / ".nojekyll").write_bytes(b"")
    (out / "404.html").write_text(NOT_FOUND_HTML, encoding="utf-8")
