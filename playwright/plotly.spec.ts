// apps/plotly/ (requirements.txt: plotly from PyPI): st.plotly_chart draws with
// plotly.js (a lazy chunk of its own), and chart selections (on_select="rerun")
// rerun the app with Streamlit's selection state: a clicked or box-selected
// Plotly point, a clicked Vega-Lite bar (issue #6). A --single-file build of
// it carries plotly.js and works from file:// (issue #8).
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundlesDir } from "./global-setup";
import { BOOT_TIMEOUT, expect, test, type App } from "./helpers";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const python = existsSync(path.join(root, ".venv/bin/python")) ? path.join(root, ".venv/bin/python") : "python3";

/** Opens the plotly app: its first boot unpacks plotly's wheel (slow on a busy machine). */
async function openPlotly(app: App): Promise<void> {
  test.setTimeout(240_000);
  await app.page.goto(app.url("plotly"));
  await app.waitReady(200_000);
}

/** The centre of a locator's box, in page coordinates. */
async function centre(loc: import("@playwright/test").Locator): Promise<{ x: number; y: number }> {
  const box = await loc.boundingBox();
  if (!box) throw new Error("not visible");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test("a Plotly figure from a PyPI wheel draws its points with plotly.js", async ({ app }) => {
  const requested: string[] = [];
  app.page.on("request", (r) => requested.push(r.url()));
  await openPlotly(app);
  const chart = app.main().getByTestId("stPlotlyChart");
  await expect(chart).toHaveCount(1);
  await expect(chart.locator(".scatterlayer path.point")).toHaveCount(4);
  expect(requested.some((u) => u.includes("plotly_draw"))).toBe(true);
  // theme="streamlit": Streamlit's first colour, on a transparent background
  await expect.poll(() => chart.locator("path.point").first().evaluate((p) => getComputedStyle(p).fill)).toBe("rgb(0, 104, 201)");
  await expect(app.main().getByTestId("stText").first()).toHaveText("plotly points: []");
});

test("clicking a Plotly point, then box-selecting two, reruns with their indices", async ({ app }) => {
  await openPlotly(app);
  const chart = app.main().getByTestId("stPlotlyChart");
  const points = chart.locator(".scatterlayer path.point");
  await expect(points).toHaveCount(4);
  const second = await centre(points.nth(1));
  await app.rerunBy(() => app.page.mouse.click(second.x, second.y));
  await expect(app.main().getByTestId("stText").nth(0)).toHaveText("plotly points: [1]");

  // A box around the third and fourth points (x = 3, 4).
  const third = await centre(points.nth(2));
  const fourth = await centre(points.nth(3));
  const top = Math.min(third.y, fourth.y) - 25;
  const bottom = Math.max(third.y, fourth.y) + 25;
  await app.rerunBy(async () => {
    await app.page.mouse.move(third.x - 20, top);
    await app.page.mouse.down();
    await app.page.mouse.move((third.x + fourth.x) / 2, bottom, { steps: 5 });
    await app.page.mouse.move(fourth.x + 20, bottom, { steps: 5 });
    await app.page.mouse.up();
  });
  await expect(app.main().getByTestId("stText").nth(0)).toHaveText("plotly points: [2, 3]");
  await expect(app.main().getByTestId("stText").nth(1)).toHaveText("plotly box: 1");
});

test("clicking a bar of a Vega-Lite chart with a point selection reruns with its field value", async ({ app }) => {
  await openPlotly(app);
  const bars = app.main().getByTestId("stVegaLiteChart").locator("g.mark-rect path");
  await expect(bars).toHaveCount(3);
  await app.rerunBy(() => bars.nth(1).click());
  await expect(app.main().getByTestId("stText").nth(2)).toHaveText("vega pick: ['banana']");
  await expect(app.main().getByTestId("stText").nth(3)).toHaveText("same in session state: True");
});

test("the plotly chunk is not downloaded by an app without st.plotly_chart", async ({ app }) => {
  test.setTimeout(240_000);
  const requested: string[] = [];
  app.page.on("request", (r) => requested.push(r.url()));
  await app.page.goto(app.url("charts"));
  await app.waitReady(200_000);
  await expect(app.main().getByTestId("stVegaLiteChart").first().locator("svg").first()).toBeVisible();
  expect(requested.some((u) => u.includes("charts_vega"))).toBe(true);
  expect(requested.filter((u) => u.includes("plotly"))).toEqual([]);
});

test("a --single-file build of a Plotly app carries plotly.js and selects from file://", async ({ app }) => {
  test.setTimeout(720_000);
  const src = path.join(bundlesDir, "plotly-single", "src");
  mkdirSync(src, { recursive: true });
  for (const f of ["streamlit_app.py", "requirements.txt"]) copyFileSync(path.join(root, "playwright/apps/plotly", f), path.join(src, f));
  const out = path.join(bundlesDir, "plotly-single", "plotly.html");
  await new Promise<void>((resolve, reject) =>
    execFile(
      python,
      ["-m", "wasmlit.cli", "build", path.join(src, "streamlit_app.py"), "--single-file", "--out", out],
      { cwd: root, env: { ...process.env, PYTHONPATH: path.join(root, "py") }, timeout: 360_000 },
      (err, _stdout, stderr) => (err ? reject(new Error(`${String(err)}\n${stderr}`)) : resolve()),
    ),
  );
  const requests: string[] = [];
  app.page.on("request", (r) => requests.push(r.url()));
  await app.page.goto(pathToFileURL(out).href);
  // 17 MB of one file to decode, Pyodide and plotly's wheel to unpack: slow on a busy machine.
  await app.waitReady(BOOT_TIMEOUT * 3);
  const points = app.main().getByTestId("stPlotlyChart").locator(".scatterlayer path.point");
  await expect(points).toHaveCount(4);
  const second = await centre(points.nth(1));
  await app.rerunBy(() => app.page.mouse.click(second.x, second.y));
  await expect(app.main().getByTestId("stText").nth(0)).toHaveText("plotly points: [1]");
  expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
});
