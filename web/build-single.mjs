#!/usr/bin/env node
// Builds the page for a single-file bundle: `node web/build-single.mjs --outdir DIR`.
//
// The same output contract as web/build.mjs (DIR/index.html, DIR/assets/*, one
// JSON line `{"files": [...]}` on stdout), but the app is ONE script with no
// lazy chunks (a file:// page cannot import modules by URL), named
// assets/app.js, assets/app.css and assets/worker.js, which
// py/wasmlit/build/single_file.py then inlines into one HTML file
// (Note [Single-file bundle] in web/src/worker/embedded.ts). The worker is a
// classic script (format iife), not a module.
import * as esbuild from "esbuild";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

async function main() {
  const argv = process.argv.slice(2);
  const i = argv.indexOf("--outdir");
  if (i < 0 || !argv[i + 1]) throw new Error("build-single.mjs: --outdir DIR is required");
  const outdir = resolve(argv[i + 1]);
  const assets = join(outdir, "assets");
  await rm(assets, { recursive: true, force: true });
  await mkdir(assets, { recursive: true });
  const common = {
    bundle: true,
    format: "esm",
    target: "es2022",
    platform: "browser",
    minify: true,
    sourcemap: false,
    legalComments: "none",
    logLevel: "warning",
    jsx: "automatic",
    jsxImportSource: "preact",
    absWorkingDir: join(here, ".."),
    loader: { ".woff2": "dataurl", ".woff": "dataurl", ".ttf": "dataurl", ".png": "dataurl", ".svg": "dataurl" },
  };
  await esbuild.build({
    ...common,
    entryPoints: [join(here, "src/worker/boot.ts")],
    outfile: join(assets, "worker.js"),
    external: ["node:*", "ws"],
    // A module worker from a Blob does not start in a file:// page (Chromium
    // 156: an error event with no message); a classic one does.
    format: "iife",
  });
  // plotly.js is 4.8 MB: only a file whose app draws Plotly charts carries it
  // (single_file.py sets WASMLIT_SINGLE_PLOTLY=1 then; Note [Lazy plotly]).
  const withoutPlotly = {
    name: "without-plotly",
    setup(build) {
      build.onResolve({ filter: /^plotly\.js-dist-min$/ }, () => ({ path: "plotly-stub", namespace: "wasmlit-stub" }));
      build.onLoad({ filter: /.*/, namespace: "wasmlit-stub" }, () => ({
        contents:
          'const missing = () => { throw new Error("this single-file build has no plotly.js: rebuild it with plotly in requirements.txt"); };' +
          "export default { react: missing, purge() {}, Plots: { resize() {} } };",
        loader: "js",
      }));
    },
  };
  await esbuild.build({
    ...common,
    plugins: process.env.WASMLIT_SINGLE_PLOTLY === "1" ? [] : [withoutPlotly],
    entryPoints: [join(here, "src/app/main.tsx")],
    outfile: join(assets, "app.js"),
    splitting: false,
    format: "iife", // single_file.py runs it as a classic script, decompressed in the page
    define: { __WASMLIT_WORKER__: JSON.stringify("assets/worker.js") },
  });
  const template = await readFile(join(here, "index.html"), "utf8");
  const html = template.replaceAll("%APP_JS%", "assets/app.js").replaceAll("%APP_CSS%", "assets/app.css");
  if (/%[A-Z_]+%/.test(html)) throw new Error("build-single.mjs: unreplaced placeholder in index.html");
  await writeFile(join(outdir, "index.html"), html);
  const files = ["index.html", "assets/app.js", "assets/app.css", "assets/worker.js"];
  process.stdout.write(JSON.stringify({ files }) + "\n");
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exit(1);
});
