// Builds every app under playwright/apps/ (and the demo app) into
// playwright/.bundles/<name>/ with the real `wasmlit build`, then serves
// playwright/.bundles/ on 127.0.0.1 and hands its URL to the tests through
// WASMLIT_BUNDLES_URL (see helpers.ts: openApp).
//
// Note [Builds that fail]
// ~~~~~~~~~~~~~~~~~~~~~~~
// A failing build does not stop the run: its output goes to
// .bundles/<name>.build-error.txt and only the tests of that app fail, each
// with the build's error as its message. One broken app (or a build step that
// does not exist yet) must not hide what works in the others.
//
// Note [One run at a time]
// ~~~~~~~~~~~~~~~~~~~~~~~~~
// Two runs in one checkout would rebuild (delete) each other's bundles under
// the other's running tests. A run holds .bundles/.lock (its pid) from global
// setup to teardown; another run waits for it, and takes over a lock whose
// process is gone. WASMLIT_BUNDLES_DIR builds elsewhere (and skips the wait).
//
// Note [One folder per app]
// ~~~~~~~~~~~~~~~~~~~~~~~~~
// The build bundles the entry script's whole folder and resolves the Pyodide
// packages its imports need. Building straight from apps/ would give every
// bundle every other app (and pandas, because three seed examples import it),
// so each app is first copied alone into .bundles/.src/<name>/. An app may
// also be a folder, apps/<name>/streamlit_app.py with its pages/ and modules
// (a multipage app): the whole folder is copied.
//
// Note [Component frontends]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~
// A folder app may hold a custom component's source in frontend_src/
// (index.html and index.jsx, e.g. apps/components_react/, written with the
// real streamlit-component-lib). Its copy gets frontend/ made from it before
// the build, index.html copied and index.jsx bundled by esbuild into main.js
// (React in its production build), and loses frontend_src/: no minified
// bundle is committed, and the npm packages it uses are devDependencies that
// never reach wasmlit's own bundle. A bundling error fails that app's build
// (Note [Builds that fail]).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build as esbuild } from "esbuild";
import { startStaticServer } from "./static-server";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
export const bundlesDir = path.resolve(process.env.WASMLIT_BUNDLES_DIR || path.join(here, ".bundles"));

/** `folder`: the app is apps/<name>/ (Note [One folder per app]); else one file. */
type AppSource = { name: string; file: string; folder?: boolean };

function appSources(): Promise<AppSource[]> {
  return readdir(path.join(here, "apps")).then((files) => [
    ...files
      .filter((f) => f.endsWith(".py") || existsSync(path.join(here, "apps", f, "streamlit_app.py")))
      .sort()
      .map((f) =>
        f.endsWith(".py")
          ? { name: f.slice(0, -3), file: path.join(here, "apps", f) }
          : { name: f, file: path.join(here, "apps", f, "streamlit_app.py"), folder: true },
      ),
    { name: "demo", file: path.join(root, "py/wasmlit/demo/streamlit_app.py") },
  ].filter(wanted));
}

/**
 * WASMLIT_PW_APPS=name,prefix*,... builds only those apps (a developer running
 * one spec need not wait for every bundle); unset, every app is built.
 */
function wanted(app: AppSource): boolean {
  const only = process.env.WASMLIT_PW_APPS;
  if (!only) return true;
  return only.split(",").some((p) => {
    const want = p.trim();
    return want.endsWith("*") ? app.name.startsWith(want.slice(0, -1)) : app.name === want;
  });
}

/** The build command: the venv's console script, else the package from py/. */
function buildCommand(): { cmd: string; args: string[]; env: NodeJS.ProcessEnv } {
  const env: NodeJS.ProcessEnv = { ...process.env };
  const shared = path.resolve(root, "../shared/pyodide-0.27.7");
  if (!env.WASMLIT_PYODIDE_PACKAGES && existsSync(shared)) env.WASMLIT_PYODIDE_PACKAGES = shared;
  const venvCli = path.join(root, ".venv/bin/wasmlit");
  if (existsSync(venvCli)) return { cmd: venvCli, args: ["build"], env };
  env.PYTHONPATH = [path.join(root, "py"), env.PYTHONPATH].filter(Boolean).join(path.delimiter);
  return { cmd: "python3", args: ["-m", "wasmlit.cli", "build"], env };
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd: root, env, maxBuffer: 16 << 20, timeout: 300_000 }, (err, stdout, stderr) =>
      resolve(err ? `$ ${cmd} ${args.join(" ")}\n${err.message}\n${stdout}\n${stderr}` : null),
    );
  });
}

/** Note [Component frontends]: frontend_src/ of the app's copy `src` made into frontend/. */
async function bundleFrontend(app: AppSource, src: string): Promise<string | null> {
  const source = path.join(path.dirname(app.file), "frontend_src");
  const out = path.join(src, "frontend");
  try {
    await mkdir(out, { recursive: true });
    await copyFile(path.join(source, "index.html"), path.join(out, "index.html"));
    await esbuild({
      entryPoints: [path.join(source, "index.jsx")],
      outfile: path.join(out, "main.js"),
      bundle: true,
      minify: true,
      format: "iife",
      target: "es2020",
      define: { "process.env.NODE_ENV": '"production"' },
      logLevel: "silent",
    });
  } catch (e) {
    return `bundling ${source}: ${(e as Error).message}`;
  } finally {
    await rm(path.join(src, "frontend_src"), { recursive: true, force: true });
  }
  return null;
}

async function buildOne(app: AppSource): Promise<string | null> {
  const src = path.join(bundlesDir, ".src", app.name);
  const out = path.join(bundlesDir, app.name);
  const errorFile = path.join(bundlesDir, `${app.name}.build-error.txt`);
  await Promise.all([rm(src, { recursive: true, force: true }), rm(out, { recursive: true, force: true }), rm(errorFile, { force: true })]);
  await mkdir(src, { recursive: true });
  const entry = path.join(src, path.basename(app.file));
  if (app.folder) await cp(path.dirname(app.file), src, { recursive: true });
  else await copyFile(app.file, entry);
  const frontend = app.folder && existsSync(path.join(src, "frontend_src")) ? await bundleFrontend(app, src) : null;
  const { cmd, args, env } = buildCommand();
  const error = frontend ?? (await run(cmd, [...args, entry, "--out", out], env));
  if (error !== null) await writeFile(errorFile, error);
  return error;
}

/** Runs `task` over `items`, at most `limit` at a time. */
async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Note [One run at a time]: resolves once this process holds the lock. */
async function lock(file: string): Promise<() => Promise<void>> {
  let said = false;
  for (;;) {
    try {
      await writeFile(file, String(process.pid), { flag: "wx" });
      return () => rm(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const holder = Number(await readFile(file, "utf8").catch(() => "0"));
    if (!holder || !alive(holder)) {
      await rm(file, { force: true });
      continue;
    }
    if (!said) console.log(`global setup: waiting for another Playwright run (pid ${holder}) to finish with ${bundlesDir}`);
    said = true;
    await new Promise((r) => setTimeout(r, 2000));
  }
}

/** Note [Output per run] in playwright.config.ts: drops the output of runs that have ended. */
async function removeEarlierRuns(): Promise<void> {
  const results = path.join(here, "test-results");
  const entries = await readdir(results).catch(() => [] as string[]);
  await Promise.all(
    entries
      .filter((e) => {
        const pid = /^run-\w+-(\d+)$/.exec(e)?.[1];
        return e !== process.env.WASMLIT_PW_RUN && !(pid !== undefined && alive(Number(pid)));
      })
      .map((e) => rm(path.join(results, e), { recursive: true, force: true })),
  );
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  await mkdir(bundlesDir, { recursive: true });
  const unlock = await lock(path.join(bundlesDir, ".lock"));
  await removeEarlierRuns();
  const apps = await appSources();
  const started = Date.now();
  const errors = await pool(apps, 4, buildOne);
  const failed = apps.filter((_, i) => errors[i] !== null).map((a) => a.name);
  console.log(
    `global setup: built ${apps.length - failed.length} of ${apps.length} apps in ${((Date.now() - started) / 1000).toFixed(1)} s` +
      (failed.length ? `; build failed for: ${failed.join(", ")} (see playwright/.bundles/<name>.build-error.txt)` : ""),
  );
  if (failed.length) console.log((errors.find((e) => e !== null) ?? "").split("\n").slice(0, 12).join("\n"));
  const server = await startStaticServer(bundlesDir);
  process.env.WASMLIT_BUNDLES_URL = server.url;
  return async () => {
    await server.close();
    await unlock();
  };
}
