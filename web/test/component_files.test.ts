// Note [Single-file components] (web/src/app/elements/component_files.ts): a
// component's files in a single-file bundle, with relative references
// rewritten to URLs the iframe can load (CHECKLIST COMP-04, COMP-21).
import { describe, expect, it } from "vitest";
import { resolveRef, rewriteCss, rewriteHtml } from "../src/app/elements/component_files";

const FROM = "components/site/st_x/frontend/index.html";
const URLS: Record<string, string> = {
  "components/site/st_x/frontend/main.js": "data:text/javascript;base64,MQ==",
  "components/site/st_x/frontend/static/a.css": "data:text/css;base64,MQ==",
  "components/site/st_x/frontend/img/dot.svg": "data:image/svg+xml;base64,MQ==",
};
const urlOf = (p: string): string | undefined => URLS[p];

describe("single-file component files (COMP-04, COMP-21)", () => {
  it("resolves relative references against the file, and leaves absolute ones and fragments", () => {
    expect(resolveRef("./main.js", FROM)).toBe("components/site/st_x/frontend/main.js");
    expect(resolveRef("static/../main.js?v=1#x", FROM)).toBe("components/site/st_x/frontend/main.js");
    expect(resolveRef("img/dot.svg", "components/site/st_x/frontend/static/a.css")).toBe(
      "components/site/st_x/frontend/static/img/dot.svg",
    );
    for (const ref of ["https://cdn.example/x.js", "//cdn.example/x.js", "data:,x", "#top", ""]) expect(resolveRef(ref, FROM)).toBeNull();
  });

  it("rewrites url() and @import in CSS, leaving what the folder lacks", () => {
    const css = `@import "static/a.css"; p { background: url('img/dot.svg') } q { background: url(missing.png) }`;
    expect(rewriteCss(css, FROM, urlOf)).toBe(
      `@import "${URLS["components/site/st_x/frontend/static/a.css"]}"; p { background: url('${URLS["components/site/st_x/frontend/img/dot.svg"]}') } q { background: url(missing.png) }`,
    );
  });

  it("rewrites script, link and img references and runs the fetch shim first", () => {
    const html =
      '<!doctype html><html><head><script src="./main.js"></script><link rel="stylesheet" href="static/a.css"></head>' +
      '<body><img src="img/dot.svg"><a href="#top">top</a><script src="https://cdn.example/x.js"></script></body></html>';
    const out = rewriteHtml(html, FROM, urlOf, URLS);
    expect(out.startsWith("<!DOCTYPE html>\n")).toBe(true);
    const doc = new DOMParser().parseFromString(out, "text/html");
    const scripts = Array.from(doc.querySelectorAll("script"));
    expect(scripts[0]?.getAttribute("src")).toBeNull(); // the shim
    expect(scripts[0]?.textContent).toContain("XMLHttpRequest.prototype.open");
    expect(scripts[1]?.getAttribute("src")).toBe(URLS["components/site/st_x/frontend/main.js"]);
    expect(doc.querySelector("link")?.getAttribute("href")).toBe(URLS["components/site/st_x/frontend/static/a.css"]);
    expect(doc.querySelector("img")?.getAttribute("src")).toBe(URLS["components/site/st_x/frontend/img/dot.svg"]);
    expect(doc.querySelector("a")?.getAttribute("href")).toBe("#top");
    expect(scripts[2]?.getAttribute("src")).toBe("https://cdn.example/x.js");
  });

  it("keeps a file name with </script> inside the shim from closing it", () => {
    const out = rewriteHtml("<p>x</p>", FROM, urlOf, { "components/a</script>.js": "data:," });
    expect(out).not.toContain("a</script>");
  });
});
