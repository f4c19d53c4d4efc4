// Custom components in a --single-file build opened from file:// with no
// server (Note [Single-file components] in web/src/app/elements/component_files.ts):
// apps/components_custom's frontend (one index.html with an inline script) and
// fixtures/component_files/ (a stylesheet, a script, an image and a relative
// fetch of a JSON file), both declared with path=.
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { BOOT_TIMEOUT, expect, RUN_TIMEOUT, test } from "./helpers";
import { bundlesDir } from "./global-setup";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const python = existsSync(path.join(root, ".venv/bin/python")) ? path.join(root, ".venv/bin/python") : "python3";

const APP = `import streamlit as st
import streamlit.components.v1 as components

counter = components.declare_component("counter", path="counter")
files = components.declare_component("files", path="files")
clicks = counter(name="Blackbeard", key="counter", default=0)
st.write(f"Clicks: {clicks}")
shout = files(word="ahoy", key="files", default="")
st.write(f"Shout: {shout}")
`;

function buildSingleFile(app: string, out: string): Promise<string> {
  const args = ["-m", "wasmlit.cli", "build", app, "--single-file", "--out", out];
  const env = { ...process.env, PYTHONPATH: path.join(root, "py") };
  return new Promise((resolve, reject) =>
    execFile(python, args, { cwd: root, env, timeout: 300_000 }, (err, _stdout, stderr) =>
      err ? reject(new Error(`${String(err)}\n${stderr}`)) : resolve(stderr),
    ),
  );
}

test("COMP-04 COMP-05 COMP-08 COMP-11 COMP-12 COMP-23 EXE-02 --single-file: path= components load from the one file opened from file://, get their args, their stylesheet, script, image and a relative fetch, and a click round-trips a value", async ({ app }) => {
  test.setTimeout(300_000);
  const dir = path.join(bundlesDir, "components-single");
  rmSync(dir, { recursive: true, force: true });
  const src = path.join(dir, "src");
  mkdirSync(src, { recursive: true });
  cpSync(path.join(root, "playwright/apps/components_custom/frontend"), path.join(src, "counter"), { recursive: true });
  cpSync(path.join(root, "playwright/fixtures/component_files"), path.join(src, "files"), { recursive: true });
  writeFileSync(path.join(src, "app.py"), APP);
  const out = path.join(dir, "components.html");
  const log = await buildSingleFile(path.join(src, "app.py"), out);
  // The build says what it embedded, and its bound.
  expect(log).toMatch(/custom components embedded: counter, files \(6 files, [\d.]+ kB; at most 16 MB\)/);

  const requests: string[] = [];
  app.page.on("request", (r) => requests.push(r.url()));
  await app.page.goto(pathToFileURL(out).href);
  await app.waitReady(BOOT_TIMEOUT);
  const page = app.page;
  const frames = page.getByTestId("stCustomComponentV1");
  await expect(frames).toHaveCount(2);
  // The sandbox of a folder build (COMP-08); the page is a blob: URL of the embedded files.
  await expect(frames.first()).toHaveAttribute("sandbox", "allow-scripts allow-same-origin allow-forms allow-popups allow-downloads");
  await expect(frames.first()).toHaveAttribute("src", /^blob:/);

  // apps/components_custom's frontend: args shown (COMP-05), a click reruns with the value (COMP-11).
  const counter = page.frameLocator("[data-testid=stCustomComponentV1]").first();
  await expect(counter.locator("#greeting")).toHaveText("Hello, Blackbeard!");
  await expect(frames.first()).toHaveCSS("height", "150px"); // setFrameHeight (COMP-12)
  await counter.getByRole("button", { name: "Click me" }).click();
  await expect(app.main().getByText("Clicks: 1", { exact: true })).toBeVisible({ timeout: RUN_TIMEOUT });
  await counter.getByRole("button", { name: "Click me" }).click();
  await expect(app.main().getByText("Clicks: 2", { exact: true })).toBeVisible({ timeout: RUN_TIMEOUT });

  // A frontend of several files: its script ran, its stylesheet and image
  // loaded, and fetch("data/info.json") answered from the file.
  const files = page.frameLocator("[data-testid=stCustomComponentV1]").nth(1);
  await expect(files.locator("#args")).toHaveText("Word: ahoy");
  await expect(files.locator("#args")).toHaveCSS("color", "rgb(0, 128, 0)");
  await expect(files.locator("#args")).toHaveCSS("background-image", /^url\("data:image\/svg\+xml;base64,/);
  await expect(files.locator("#fetched")).toHaveText("Answer: 42");
  await expect.poll(() => files.locator("#dot").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(10);
  await files.getByRole("button", { name: "Send" }).click();
  await expect(app.main().getByText("Shout: AHOY", { exact: true })).toBeVisible({ timeout: RUN_TIMEOUT });
  await expect(app.main().getByText("Clicks: 2", { exact: true })).toBeVisible(); // the other kept its value

  // Nothing but the file itself is loaded.
  expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
  expect(app.errors.filter((e) => !e.includes("IndexedDB"))).toEqual([]);
});

test("COMP-21 COMP-11 COMP-13 EXE-02 --single-file: a PyPI component package's React build (apps/components_pypi) runs from the one file opened from file:// and its value reaches Python", async ({ app }) => {
  test.setTimeout(300_000);
  const dir = path.join(bundlesDir, "components-single-pypi");
  rmSync(dir, { recursive: true, force: true });
  const src = path.join(dir, "src");
  cpSync(path.join(root, "playwright/apps/components_pypi"), src, { recursive: true });
  const out = path.join(dir, "pypi.html");
  const log = await buildSingleFile(path.join(src, "streamlit_app.py"), out).catch((e: Error) => {
    throw new Error(`this test downloads streamlit-javascript==0.1.5 from PyPI at build time (network needed):\n${e.message}`);
  });
  expect(log).toMatch(/custom components embedded: site\/streamlit_javascript\/frontend\/build \(\d+ files, [\d.]+ kB; at most 16 MB\)/);
  await app.page.goto(pathToFileURL(out).href);
  await app.waitReady(BOOT_TIMEOUT);
  await expect(app.page.getByTestId("stCustomComponentV1").first()).toHaveAttribute("src", /^blob:/);
  await expect(app.main().getByText("Result: 42", { exact: true })).toBeVisible({ timeout: RUN_TIMEOUT });
  await expect(app.main().getByText("Browser: has a language", { exact: true })).toBeVisible({ timeout: RUN_TIMEOUT });
  // Its bootstrap.min.css (a <link> of the build folder) applied.
  await expect(app.page.frameLocator("[data-testid=stCustomComponentV1]").first().locator("body")).toHaveCSS("margin", "0px"); // bootstrap.min.css: body { margin: 0 }
  expect(app.errors.filter((e) => !e.includes("IndexedDB"))).toEqual([]);
});
