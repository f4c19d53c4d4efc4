#!/usr/bin/env node
// Builds the page: `node web/build.mjs --outdir DIR [--dev]`.
//
// Writes DIR/index.html and DIR/assets/* (content-hashed names) and prints ONE
// JSON line to stdout, `{"files": [...], "gzip": {...}}`: the build engineer's
// `wasmlit build` reads it (only the `files` key is part of the contract).
// Everything human-readable goes to stderr.
//
// Note [Two builds]
// ~~~~~~~~~~~~~~~~~
// The worker is built first; its hashed file name is then compiled into the
// main bundle (`__WASMLIT_WORKER__`), so the app's hash changes whenever the
// worker does and a cached page never starts a stale worker.
//
// Note [Pyodide in the worker]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// `pyodide/pyodide.mjs` is bundled INTO the worker (so the bundle's pyodide/
// folder needs only pyodide.asm.js, pyodide.asm.wasm, python_stdlib.zip and
// pyodide-lock.json). Its Node-only branches `import("node:fs")` etc. never
// run in a browser; they are marked external so esbuild leaves them alone.
import * as esbuild from "esbuild";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const args = { outdir: null, dev: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--outdir") args.outdir = argv[++i];
    else if (a.startsWith("--outdir=")) args.outdir = a.slice("--outdir=".length);
    else if (a === "--dev") args.dev = true;
    else throw new Error(`build.mjs: unknown argument ${a}`);
  }
  if (!args.outdir) throw new Error("build.mjs: --outdir DIR is required");
  return args;
}

/** Output files of one esbuild run, relative to outdir, from its metafile. */
function outputsOf(result, outdir) {
  return Object.keys(result.metafile.outputs).map((p) => relative(outdir, p).split("\\").join("/"));
}

function entryOutput(result, outdir, entryPoint, ext) {
  for (const [file, meta] of Object.entries(result.metafile.outputs)) {
    if (meta.entryPoint === entryPoint && file.endsWith(ext)) return relative(outdir, file).split("\\").join("/");
  }
  // CSS has no entryPoint of its own: it sits next to the JS entry as cssBundle.
  for (const meta of Object.values(result.metafile.outputs)) {
    if (meta.entryPoint === entryPoint && meta.cssBundle && ext === ".css") {
      return relative(outdir, meta.cssBundle).split("\\").join("/");
    }
  }
  return null;
}

async function main() {
  const { outdir: outArg, dev } = parseArgs(process.argv.slice(2));
  const outdir = resolve(outArg);
  const assets = join(outdir, "assets");
  await rm(assets, { recursive: true, force: true });
  await mkdir(assets, { recursive: true });

  const common = {
    bundle: true,
    format: "esm",
    target: "es2022",
    platform: "browser",
    minify: !dev,
    sourcemap: false,
    metafile: true,
    outdir: assets,
    entryNames: "[name]-[hash]",
    chunkNames: "[name]-[hash]",
    assetNames: "[name]-[hash]",
    legalComments: "none",
    logLevel: "warning",
    loader: { ".woff2": "file" }, // the icon font, fetched on first use (Note [Icon font] in styles.css)
    jsx: "automatic",
    jsxImportSource: "preact",
    absWorkingDir: join(here, ".."),
  };

  // See Note [Two builds] and Note [Pyodide in the worker].
  const worker = await esbuild.build({
    ...common,
    entryPoints: { worker: join(here, "src/worker/boot.ts") },
    external: ["node:*", "ws"],
  });
  const workerFile = entryOutput(worker, outdir, "web/src/worker/boot.ts", ".js");
  if (!workerFile) throw new Error("build.mjs: no worker output");

  const app = await esbuild.build({
    ...common,
    entryPoints: { app: join(here, "src/app/main.tsx") },
    splitting: true,
    define: { __WASMLIT_WORKER__: JSON.stringify(workerFile) },
  });
  const appJs = entryOutput(app, outdir, "web/src/app/main.tsx", ".js");
  const appCss = entryOutput(app, outdir, "web/src/app/main.tsx", ".css");
  if (!appJs || !appCss) throw new Error("build.mjs: no app js/css output");

  const template = await readFile(join(here, "index.html"), "utf8");
  const html = template
    .replaceAll("%APP_JS%", appJs)
    .replaceAll("%APP_CSS%", appCss);
  if (/%[A-Z_]+%/.test(html)) throw new Error("build.mjs: unreplaced placeholder in index.html");
  await writeFile(join(outdir, "index.html"), html);

  const files = ["index.html", ...outputsOf(worker, outdir), ...outputsOf(app, outdir)];
  const gz = async (f) => gzipSync(await readFile(join(outdir, f)), { level: 9 }).length;
  const gzip = {
    main_js: await gz(appJs),
    main_css: await gz(appCss),
    index_html: await gz("index.html"),
    worker_js: await gz(workerFile),
  };
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  process.stderr.write(
    `web: main ${kb(gzip.main_js)} gz js + ${kb(gzip.main_css)} gz css, ` +
      `index.html ${kb(gzip.index_html)} gz, worker ${kb(gzip.worker_js)} gz, ${files.length} files\n`,
  );
  process.stdout.write(JSON.stringify({ files, gzip }) + "\n");
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exit(1);
});
