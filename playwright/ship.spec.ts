// Shipping (issue #8): the single HTML file opened from disk, a folder build
// under a GitHub-Pages-like sub-path with its 404.html (both with
// apps/interrupt.py: a click starts a 20 s loop that a checkbox interrupts),
// and `wasmlit run` rerunning the open page on save.
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { BOOT_TIMEOUT, expect, RUN_TIMEOUT, test, type App } from "./helpers";
import { bundlesDir } from "./global-setup";
import { python, root, wasmlitRun } from "./dev_server";


function buildSingleFile(app: string, out: string, extra: string[] = [], extraEnv: Record<string, string> = {}): Promise<string> {
  const args = ["-m", "wasmlit.cli", "build", app, "--single-file", "--out", out, ...extra];
  const env = { ...process.env, PYTHONPATH: path.join(root, "py"), ...extraEnv };
  return new Promise((resolve, reject) =>
    execFile(python, args, { cwd: root, env, timeout: 300_000 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${String(err)}\n${stderr}`)) : resolve(stdout),
    ),
  );
}

async function clickRerunInterrupt(app: App): Promise<void> {
  const page = app.page;
  await expect(app.main().getByText("Idle")).toBeVisible();
  await app.button("Start the long run").click();
  await expect(app.main().getByText("Run long started")).toBeVisible({ timeout: RUN_TIMEOUT });
  await expect(page.getByTestId("stProgress")).toContainText(/long: step ([5-9]|\d\d+) of 200/, { timeout: RUN_TIMEOUT });
  await app.checkbox("Interrupt with a short run").getByText("Interrupt with a short run", { exact: true }).click();
  await expect(app.main().getByText("Run short started")).toBeVisible({ timeout: 8_000 });
  await expect(app.main().getByText("Run short finished")).toBeVisible({ timeout: RUN_TIMEOUT });
  await expect(app.main().getByText(/Run long/)).toHaveCount(0);
}

test("EXE-02 --single-file: one HTML file opened from file:// boots with no server, reruns on a click and is interrupted", async ({ app }) => {
  test.setTimeout(300_000);
  const src = path.join(bundlesDir, "ship-single", "src", "interrupt.py"); // alone in its folder
  mkdirSync(path.dirname(src), { recursive: true });
  copyFileSync(path.join(root, "playwright/apps/interrupt.py"), src);
  const out = path.join(bundlesDir, "ship-single", "interrupt.html");
  const stdout = await buildSingleFile(src, out);
  expect(stdout).toMatch(/\(\d+\.\d MB, one file\)/);
  expect(statSync(out).size).toBeLessThan(9_000_000);
  // Nothing but the file itself is loaded: every request is file:// or data:/blob:.
  const requests: string[] = [];
  app.page.on("request", (r) => requests.push(r.url()));
  await app.page.goto(pathToFileURL(out).href);
  await app.waitReady(BOOT_TIMEOUT);
  await clickRerunInterrupt(app);
  expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
  expect(app.errors.filter((e) => !e.includes("IndexedDB"))).toEqual([]);
});

test("EXE-02 PWD SECU-01 MPA-17 MPA-34 EXE-22 CACHE-03 --single-file --password --encrypt-app: from file:// a wrong password starts nothing, the right one runs a pages/ app that reads its secret, whose nav and hash routes work, and whose persist=disk cache survives a reload (Chromium gives file:// IndexedDB)", async ({ app }) => {
  test.setTimeout(300_000);
  const dir = path.join(bundlesDir, "ship-single-mpa", "src");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "pages"), { recursive: true });
  mkdirSync(path.join(dir, ".streamlit"), { recursive: true });
  writeFileSync(path.join(dir, ".streamlit", "secrets.toml"), 'api_key = "s3cret-4711"\n');
  writeFileSync(path.join(dir, "counter.py"), "calls = 0\n");
  writeFileSync(path.join(dir, "streamlit_app.py"), [
    "import streamlit as st",
    "import counter",
    'st.title("Home page")',
    'st.write("secret: " + st.secrets["api_key"])',
    '@st.cache_data(persist="disk")',
    "def double(x):",
    "    counter.calls += 1",
    "    return 2 * x",
    'st.write(f"double: {double(21)}, computed {counter.calls} time(s)")',
    'st.button("Again")',
    "",
  ].join("\n"));
  writeFileSync(path.join(dir, "pages", "1_Other.py"), 'import streamlit as st\nst.title("Other page")\nst.write(f"q: {st.query_params.to_dict()}")\n');
  const out = path.join(bundlesDir, "ship-single-mpa", "mpa.html");
  const password = "open sesame 4711";
  const stdout = await buildSingleFile(path.join(dir, "streamlit_app.py"), out, ["--password", "--encrypt-app"], { WASMLIT_PASSWORD: password });
  expect(stdout).toMatch(/\(\d+\.\d MB, one file\)/);
  expect(readFileSync(out, "latin1")).not.toContain("s3cret-4711");
  const workerLog: string[] = [];
  app.page.on("worker", (w) => w.on("console", (m) => workerLog.push(m.text())));
  const page = app.page;
  const href = pathToFileURL(out).href;
  const unlock = async (): Promise<void> => {
    const gate = page.getByTestId("stPasswordGate");
    await expect(gate).toBeVisible({ timeout: BOOT_TIMEOUT });
    await gate.getByLabel("Password").fill(password);
    await gate.getByRole("button", { name: "Open the app" }).click();
    await expect(gate).toHaveCount(0, { timeout: BOOT_TIMEOUT });
    await app.waitReady(BOOT_TIMEOUT);
  };
  await page.goto(href);
  const gate = page.getByTestId("stPasswordGate");
  await expect(gate).toBeVisible({ timeout: BOOT_TIMEOUT });
  await gate.getByLabel("Password").fill("not the password");
  await gate.getByRole("button", { name: "Open the app" }).click();
  await expect(gate.getByRole("alert")).toHaveText("Incorrect password. Please try again.", { timeout: RUN_TIMEOUT });
  await expect(page.getByText("Home page")).toHaveCount(0);
  await unlock();
  await expect(app.main().getByText("secret: s3cret-4711")).toBeVisible();
  await expect(app.main().getByText("double: 42, computed 1 time(s)")).toBeVisible();
  await app.rerunBy(() => app.button("Again").click());
  await expect(app.main().getByText("double: 42, computed 1 time(s)")).toBeVisible();

  // Pages from file://: the sidebar nav switches pages by the URL's hash.
  const links = page.getByTestId("stSidebarNavLink");
  await expect(links).toHaveText(["streamlit app", "Other"]);
  await links.getByText("Other").click();
  await expect(app.main().getByText("Other page")).toBeVisible({ timeout: RUN_TIMEOUT });
  expect(new URL(page.url()).hash).toBe("#/Other");
  await page.goBack();
  await expect(app.main().getByText("Home page")).toBeVisible({ timeout: RUN_TIMEOUT });

  // Chromium gives a file:// page (and its blob: worker) IndexedDB, so a
  // persist="disk" cache outlives the page view here; where a browser gives
  // none, persist.ts keeps it in memory (cache_persist_unavailable.spec.ts).
  const idb = await page.evaluate(() => new Promise<string>((resolve) => {
    try {
      const req = indexedDB.open("wasmlit-probe");
      req.onsuccess = () => resolve("ok");
      req.onerror = () => resolve(`error: ${String(req.error)}`);
    } catch (e) {
      resolve(`throws: ${String(e)}`);
    }
  }));
  expect(idb).toBe("ok");
  expect(workerLog.filter((t) => /persist="disk" cache storage is unavailable/.test(t))).toEqual([]);

  // A hash route opened directly (a bookmark) lands on the page, after the password.
  await page.goto(`${href}#/Other?tab=x`);
  await page.reload();
  await unlock();
  await expect(app.main().getByText("Other page")).toBeVisible();
  await expect(app.main().getByText("q: {'tab': 'x'}")).toBeVisible();
  await links.getByText("streamlit app").click();
  await expect(app.main().getByText("secret: s3cret-4711")).toBeVisible({ timeout: RUN_TIMEOUT });
  // A new page view: the persisted value is read back, not computed again.
  await expect(app.main().getByText("double: 42, computed 0 time(s)")).toBeVisible();
  expect(app.errors.filter((e) => !e.includes("IndexedDB"))).toEqual([]);
});

test("a folder build served under /some/sub/path/ works, and its 404.html sends a path-style URL to the hash route", async ({ app }) => {
  const dir = path.join(bundlesDir, "interrupt");
  const prefix = "/some/sub/path/";
  // A GitHub-Pages-like host: the bundle under a sub-path, 404.html for anything missing.
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x").pathname;
    const rel = url.startsWith(prefix) ? url.slice(prefix.length) : null;
    const file = rel === null ? "" : path.join(dir, rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel);
    const found = file !== "" && file.startsWith(dir) && existsSync(file) && statSync(file).isFile();
    const body = readFileSync(found ? file : path.join(dir, "404.html"));
    const type = (found ? path.extname(file) : ".html") === ".html" ? "text/html" : path.extname(file) === ".js" ? "text/javascript" : path.extname(file) === ".wasm" ? "application/wasm" : "application/octet-stream";
    res.writeHead(found ? 200 : 404, { "Content-Type": type });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await app.page.goto(`${base}${prefix}`);
    await app.waitReady(BOOT_TIMEOUT);
    await app.button("Start the long run").click();
    await expect(app.main().getByText("Run long started")).toBeVisible({ timeout: RUN_TIMEOUT });

    const page = await app.page.context().newPage();
    await page.goto(`${base}${prefix}some_page?x=1`);
    await page.waitForURL(`${base}${prefix}#/some_page?x=1`);
    await expect(page.getByTestId("stBootScreen")).toHaveCount(0, { timeout: BOOT_TIMEOUT });
  } finally {
    await new Promise((r) => server.close(r));
  }
});

test("EXE-25 MPA-36 CFG-05 CHROME-03 wasmlit run: script args reach sys.argv; a saved script shows File change. until Rerun, then Always rerun (the A key) turns run-on-save on, shown in Settings; reruns keep session state; a saved [theme] applies at once", async ({ app }) => {
  test.setTimeout(300_000);
  const dir = path.join(bundlesDir, "ship-dev");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const script = path.join(dir, "app.py");
  const source = [
    "import sys",
    "import streamlit as st",
    'st.title("Version one")',
    'st.write("argv: " + " ".join(sys.argv[1:]))',
    'st.session_state.setdefault("n", 0)',
    'if st.button("Count"):',
    "    st.session_state.n += 1",
    'st.write(f"count = {st.session_state.n}")',
    "",
  ].join("\n");
  writeFileSync(script, source);
  const { child, url } = await wasmlitRun(script, ["--", "alpha", "beta"]);
  try {
    await app.page.goto(url);
    await app.waitReady(BOOT_TIMEOUT);
    await expect(app.main().getByText("argv: alpha beta")).toBeVisible();
    await app.rerunBy(() => app.button("Count").click());
    await app.rerunBy(() => app.button("Count").click());
    await expect(app.main().getByText("count = 2")).toBeVisible();

    // server.runOnSave is off by default, as in Streamlit: a save shows the prompt and runs nothing.
    const status = app.page.getByTestId("stStatusWidget");
    writeFileSync(script, source.replace("Version one", "Version two"));
    await expect(status).toContainText("File change.", { timeout: RUN_TIMEOUT });
    await expect(app.main().getByText("Version one")).toBeVisible();
    await status.getByRole("button", { name: "Rerun", exact: true }).click();
    await expect(app.main().getByText("Version two")).toBeVisible({ timeout: RUN_TIMEOUT });
    await expect(app.main().getByText("count = 2")).toBeVisible();
    await expect(app.main().getByText("Version one")).toHaveCount(0);
    await expect(status).toHaveCount(0);

    // "Always rerun" (here its A key) reruns and turns run-on-save on for the page.
    writeFileSync(script, source.replace("Version one", "Version three"));
    await expect(status.getByRole("button", { name: "Always rerun" })).toBeVisible({ timeout: RUN_TIMEOUT });
    await app.page.keyboard.press("a");
    await expect(app.main().getByText("Version three")).toBeVisible({ timeout: RUN_TIMEOUT });
    writeFileSync(script, source.replace("Version one", "Version four"));
    await expect(app.main().getByText("Version four")).toBeVisible({ timeout: RUN_TIMEOUT });
    await expect(app.main().getByText("count = 2")).toBeVisible();
    await app.waitReady();
    await app.page.getByRole("button", { name: "Main menu" }).click();
    await app.page.getByRole("menuitem", { name: "Settings" }).click();
    await expect(app.page.getByTestId("stSettingsRunOnSave")).toBeChecked();
    await app.page.keyboard.press("Escape");

    // CFG-05: a [theme] saved in .streamlit/config.toml applies while the app runs.
    const background = () => app.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe("rgb(255, 255, 255)");
    mkdirSync(path.join(dir, ".streamlit"), { recursive: true });
    writeFileSync(path.join(dir, ".streamlit", "config.toml"), '[theme]\nbase = "dark"\nprimaryColor = "#00aa55"\n');
    await expect.poll(background, { timeout: RUN_TIMEOUT }).toBe("rgb(14, 17, 23)");
    await expect(app.main().getByText("count = 2")).toBeVisible();
  } finally {
    child.kill();
  }
});

test("MPA-36 CHROME-03 wasmlit run: an added page joins the nav, a deleted or renamed one leaves it at once (with run-on-save off too, without a run), and a deleted module fails the rerun instead of running stale code", async ({ app }) => {
  test.setTimeout(300_000);
  const dir = path.join(bundlesDir, "ship-dev-delete");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "pages"), { recursive: true });
  const script = path.join(dir, "app.py");
  writeFileSync(script, ["import streamlit as st", "import helper", 'st.title("Main page")', "st.write(helper.GREETING)", ""].join("\n"));
  writeFileSync(path.join(dir, "helper.py"), 'GREETING = "hello from helper"\n');
  writeFileSync(path.join(dir, "pages", "1_Second.py"), 'import streamlit as st\nst.write("on the second page")\n');
  writeFileSync(path.join(dir, "pages", "2_Third.py"), 'import streamlit as st\nst.write("on the third page")\n');
  const { child, url } = await wasmlitRun(script, []);
  try {
    await app.page.goto(url);
    await app.waitReady(BOOT_TIMEOUT);
    await expect(app.main().getByText("hello from helper")).toBeVisible();
    const links = app.page.getByTestId("stSidebarNavLink");
    await expect(links).toHaveText(["app", "Second", "Third"]);
    // Run-on-save off (the default): a new page joins the nav at once, and the app does not run.
    writeFileSync(path.join(dir, "pages", "0_Early.py"), 'import streamlit as st\nst.write("on the early page")\n');
    await expect(links).toHaveText(["app", "Early", "Second", "Third"], { timeout: RUN_TIMEOUT });
    await expect(app.page.getByTestId("stStatusWidget")).toContainText("File change.");
    rmSync(path.join(dir, "pages", "0_Early.py"));
    await expect(links).toHaveText(["app", "Second", "Third"], { timeout: RUN_TIMEOUT });
    // Always rerun: run-on-save from now on.
    await app.page.getByTestId("stStatusWidget").getByRole("button", { name: "Always rerun" }).click();
    await app.waitReady();
    // Adding a page file: it joins the nav (MPA-36).
    writeFileSync(path.join(dir, "pages", "3_Added.py"), 'import streamlit as st\nst.write("on the added page")\n');
    await expect(links).toHaveText(["app", "Second", "Third", "Added"], { timeout: RUN_TIMEOUT });
    rmSync(path.join(dir, "pages", "3_Added.py"));
    await expect(links).toHaveText(["app", "Second", "Third"], { timeout: RUN_TIMEOUT });
    // Deleting a page file: it leaves the nav (MPA-36).
    rmSync(path.join(dir, "pages", "1_Second.py"));
    await expect(links).toHaveText(["app", "Third"], { timeout: RUN_TIMEOUT });
    // Renaming one: the old name leaves, the new one comes, and it runs.
    renameSync(path.join(dir, "pages", "2_Third.py"), path.join(dir, "pages", "2_Fourth.py"));
    await expect(links).toHaveText(["app", "Fourth"], { timeout: RUN_TIMEOUT });
    await links.getByText("Fourth").click();
    await expect(app.main().getByText("on the third page")).toBeVisible({ timeout: RUN_TIMEOUT });
    await links.getByText("app").click();
    await expect(app.main().getByText("hello from helper")).toBeVisible({ timeout: RUN_TIMEOUT });
    // Renaming away a module the script imports: the rerun shows the error.
    renameSync(path.join(dir, "helper.py"), path.join(dir, "helper_old.py"));
    await expect(app.page.getByTestId("stException")).toContainText("No module named 'helper'", { timeout: RUN_TIMEOUT });
    await expect(app.main().getByText("hello from helper")).toHaveCount(0);
    // Putting it back recovers.
    writeFileSync(path.join(dir, "helper.py"), 'GREETING = "helper is back"\n');
    await expect(app.main().getByText("helper is back")).toBeVisible({ timeout: RUN_TIMEOUT });
    await expect(app.page.getByTestId("stException")).toHaveCount(0);
  } finally {
    child.kill();
  }
});

test("embedding: two ?embed=true apps on one host page size their iframes, hide the chrome, and report ready/rerun; the host sets query params and the theme (CFG-27 fields)", async ({ app }) => {
  const dir = path.join(bundlesDir, "interrupt");
  const host = `<!doctype html><html><body>
    <p>Docs page</p>
    <iframe id="a" src="/app/?embed=true" style="width:45%;border:0"></iframe>
    <iframe id="b" src="/app/?embed=true&embed_options=show_toolbar" style="width:45%;border:0"></iframe>
    <script src="/app/wasmlit-embed.js"></script>
    <script>
      window.events = [];
      for (const f of document.querySelectorAll("iframe"))
        for (const t of ["ready", "rerun", "error"]) f.addEventListener("wasmlit:" + t, () => events.push(f.id + ":" + t));
    </script></body></html>`;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x").pathname;
    if (url === "/") {
      res.writeHead(200, { "Content-Type": "text/html" });
      res.end(host);
      return;
    }
    const rel = url.startsWith("/app/") ? url.slice(5) || "index.html" : "";
    const file = path.join(dir, rel);
    if (!rel || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    const ext = path.extname(file);
    res.writeHead(200, { "Content-Type": ext === ".html" ? "text/html" : ext === ".js" ? "text/javascript" : ext === ".css" ? "text/css" : ext === ".wasm" ? "application/wasm" : "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const page = app.page;
    await page.goto(`${base}/`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { events: string[] }).events.sort().join(" ")), { timeout: BOOT_TIMEOUT })
      .toBe("a:ready a:rerun b:ready b:rerun");
    const a = page.frameLocator("#a");
    const b = page.frameLocator("#b");
    await expect(a.getByText("Idle")).toBeVisible();
    await expect(b.getByText("Idle")).toBeVisible();
    // The chrome is hidden unless embed_options brings the toolbar back.
    await expect(a.getByTestId("stMainMenu")).toBeHidden();
    await expect(b.getByTestId("stMainMenu")).toBeVisible();
    // Each iframe was sized to its content (not the 150 px default) by wasmlit-embed.js.
    const heightOf = (id: string) => page.locator(`#${id}`).evaluate((f) => (f as HTMLIFrameElement).style.height);
    await expect.poll(() => heightOf("a")).toMatch(/^\d+px$/);
    await expect.poll(() => heightOf("b")).toMatch(/^\d+px$/);
    const before = parseInt(await heightOf("a"), 10);
    expect(before).toBeGreaterThan(100);
    // A click in one app grows it; the other is untouched.
    await a.getByRole("button", { name: "Start the long run" }).click();
    await expect(a.getByText("Run long started")).toBeVisible({ timeout: RUN_TIMEOUT });
    await expect.poll(async () => parseInt(await heightOf("a"), 10)).toBeGreaterThan(before);
    await expect(b.getByText("Idle")).toBeVisible();
    // The host sets query params: the app reruns with them in its URL.
    await page.evaluate(() => (window as unknown as { wasmlit: { setQueryParams(f: Element | null, p: object): void } }).wasmlit.setQueryParams(document.getElementById("b"), { x: "1" }));
    await expect.poll(() => page.frame({ url: /embed_options/ })?.evaluate(() => location.hash)).toBe("#/?x=1");
    await expect.poll(() => page.evaluate(() => (window as unknown as { events: string[] }).events.filter((e) => e === "b:rerun").length)).toBeGreaterThan(1);

    // The host sets the theme: app a turns dark at once, with no rerun, its
    // state kept; b is untouched; null gives back the app's own theme.
    const frameA = page.frame({ url: (u) => u.search === "?embed=true" });
    if (!frameA) throw new Error("no frame a");
    const bgOf = (f: typeof frameA) => f.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const frameB = page.frame({ url: /embed_options/ });
    if (!frameB) throw new Error("no frame b");
    expect(await bgOf(frameA)).toBe("rgb(255, 255, 255)");
    // A rerun would lose the button's click and show "Idle" again.
    await expect(a.getByText("Run long finished")).toBeVisible({ timeout: 30_000 });
    const rerunsOfA = () => page.evaluate(() => (window as unknown as { events: string[] }).events.filter((e) => e === "a:rerun").length);
    const reruns = await rerunsOfA();
    await page.evaluate(() => (window as unknown as { wasmlit: { setTheme(f: Element | null, t: object | null): void } }).wasmlit.setTheme(document.getElementById("a"), { base: "dark", primaryColor: "#00aa55" }));
    await expect.poll(() => bgOf(frameA)).toBe("rgb(14, 17, 23)");
    expect(await frameA.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--wl-primary").trim())).toBe("#00aa55");
    await expect(a.getByText("Run long finished")).toBeVisible();
    expect(await rerunsOfA()).toBe(reruns);
    expect(await bgOf(frameB)).toBe("rgb(255, 255, 255)");
    await page.evaluate(() => (window as unknown as { wasmlit: { setTheme(f: Element | null, t: object | null): void } }).wasmlit.setTheme(document.getElementById("a"), null));
    await expect.poll(() => bgOf(frameA)).toBe("rgb(255, 255, 255)");
  } finally {
    await new Promise((r) => server.close(r));
  }
});

/** A host page at / with built bundles mounted at /<name>/; resolves with the base URL. */
async function serveHost(html: string, mounts: Record<string, string>, missing?: RegExp): Promise<{ base: string; close: () => Promise<void> }> {
  const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm" };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x").pathname;
    if (url === "/") {
      res.writeHead(200, { "Content-Type": "text/html" });
      res.end(html);
      return;
    }
    const [, name = "", ...rest] = url.split("/");
    const dir = mounts[name];
    const file = dir ? path.join(dir, rest.join("/") || "index.html") : "";
    if (!dir || !file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile() || missing?.test(url)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { "Content-Type": types[path.extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

test("EXE-24 embedding: the host hears an error event with the exception's text, and a clean rerun sends rerun but no new error; embed_options=dark_theme starts dark", async ({ app }) => {
  const host = `<!doctype html><html><body>
    <iframe id="x" src="/exc/?embed=true&embed_options=dark_theme" style="width:90%;border:0"></iframe>
    <script src="/exc/wasmlit-embed.js"></script>
    <script>
      window.events = [];
      const f = document.getElementById("x");
      for (const t of ["ready", "rerun", "error"]) f.addEventListener("wasmlit:" + t, (e) => events.push(t === "error" ? "error:" + e.detail.message : t));
    </script></body></html>`;
  const { base, close } = await serveHost(host, { exc: path.join(bundlesDir, "exception") });
  try {
    const page = app.page;
    const events = () => page.evaluate(() => (window as unknown as { events: string[] }).events);
    await page.goto(`${base}/`);
    await expect.poll(async () => (await events()).length, { timeout: BOOT_TIMEOUT }).toBeGreaterThanOrEqual(3);
    const first = await events();
    expect(first.slice(0, 2)).toEqual(["ready", "rerun"]);
    expect(first[2]).toMatch(/^error:.*ValueError.*inventory is empty \(count=0\)/s);
    // embed_options=dark_theme starts the app on the Dark theme.
    const frameX = page.frame({ url: /embed_options=dark_theme/ });
    expect(await frameX?.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(14, 17, 23)");
    // Unticking the box reruns with no exception: a rerun event, no new error.
    const frame = page.frameLocator("#x");
    await frame.getByTestId("stCheckbox").getByText("Raise an error", { exact: true }).click();
    await expect(frame.getByText("The script ran to the end.")).toBeVisible({ timeout: RUN_TIMEOUT });
    await expect.poll(async () => (await events()).filter((e) => e === "rerun").length).toBe(2);
    expect((await events()).filter((e) => e.startsWith("error:"))).toHaveLength(1);
  } finally {
    await close();
  }
});

test("embedding: an app that cannot start sends the host an error event with the page's message", async ({ app }) => {
  const host = `<!doctype html><html><body>
    <iframe id="x" src="/broken/?embed=true" style="width:90%;border:0"></iframe>
    <script src="/broken/wasmlit-embed.js"></script>
    <script>
      window.events = [];
      const f = document.getElementById("x");
      for (const t of ["ready", "error"]) f.addEventListener("wasmlit:" + t, (e) => events.push(t + ":" + (e.detail.message || "")));
    </script></body></html>`;
  // The runtime's zip is missing from the host: the boot stops with a message.
  const { base, close } = await serveHost(host, { broken: path.join(bundlesDir, "exception") }, /\/runtime\/wasmlit-[^/]+\.zip$/);
  try {
    const page = app.page;
    await page.goto(`${base}/`);
    await expect(page.frameLocator("#x").getByTestId("stFatalError")).toBeVisible({ timeout: BOOT_TIMEOUT });
    await expect.poll(() => page.evaluate(() => (window as unknown as { events: string[] }).events)).toEqual([expect.stringMatching(/^error:.*wasmlit-[0-9a-f]+\.zip/s)]);
    app.errors.length = 0; // the 404 and the boot failure are what this test is about
  } finally {
    await close();
  }
});

test("--pyodide cdn: a small bundle takes Pyodide from the CDN URL, each file checked against the sha256 from the lock", async ({ app }) => {
  test.setTimeout(300_000);
  // The CDN is unreachable here: the browser's requests to it are answered
  // from the same files (the npm package and the shared package folder).
  const src = path.join(bundlesDir, "ship-cdn", "src", "interrupt.py");
  mkdirSync(path.dirname(src), { recursive: true });
  copyFileSync(path.join(root, "playwright/apps/interrupt.py"), src);
  const out = path.join(bundlesDir, "ship-cdn", "site");
  const env = { ...process.env, PYTHONPATH: path.join(root, "py") };
  await new Promise<void>((resolve, reject) =>
    execFile(python, ["-m", "wasmlit.cli", "build", src, "--out", out, "--pyodide", "cdn"], { cwd: root, env, timeout: 300_000 }, (err, _o, stderr) =>
      err ? reject(new Error(`${String(err)}\n${stderr}`)) : resolve(),
    ),
  );
  expect(existsSync(path.join(out, "pyodide"))).toBe(false);
  let tamper = false;
  const fromCdn: string[] = [];
  await app.page.context().route("https://cdn.jsdelivr.net/pyodide/v0.27.7/full/**", async (route) => {
    const name = route.request().url().split("/").pop() ?? "";
    fromCdn.push(name);
    const file = path.join(root, "node_modules/pyodide", name);
    const body = readFileSync(file);
    if (tamper && name === "python_stdlib.zip") body.writeUInt8((body[100] ?? 0) ^ 0xff, 100);
    await route.fulfill({ status: 200, body, headers: { "Access-Control-Allow-Origin": "*", "Content-Type": name.endsWith(".wasm") ? "application/wasm" : "application/octet-stream" } });
  });
  const server = createServer((req, res) => {
    const rel = new URL(req.url ?? "/", "http://x").pathname.slice(1) || "index.html";
    const file = path.join(out, rel);
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    const ext = path.extname(file);
    res.writeHead(200, { "Content-Type": ext === ".html" ? "text/html" : ext === ".js" ? "text/javascript" : ext === ".css" ? "text/css" : "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  try {
    await app.page.goto(base);
    await app.waitReady(BOOT_TIMEOUT);
    await expect(app.main().getByText("Idle")).toBeVisible();
    expect(fromCdn.sort()).toEqual(["pyodide-lock.json", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip"]);
    // A CDN that serves other bytes stops the boot with a message.
    tamper = true;
    await app.page.reload();
    await expect(app.page.getByTestId("stFatalError")).toContainText("python_stdlib.zip is damaged", { timeout: BOOT_TIMEOUT });
  } finally {
    await new Promise((r) => server.close(r));
  }
});
