// apps/charts.py, apps/010_add_rows_line_chart.py: charts draw with Vega (a
// lazily loaded chunk), st.pyplot and st.image show images, add_rows grows a
// chart without a rerun (EL-13, EL-15, EL-16, ANIM-04, ANIM-05).
import { BOOT_TIMEOUT, expect, test, type App } from "./helpers";

/** Opens the charts app: its first boot loads numpy, pandas and Pillow (slow on a busy machine). */
async function openCharts(app: App): Promise<void> {
  test.setTimeout(240_000);
  await app.page.goto(app.url("charts"));
  await app.waitReady(200_000);
}

test("EL-13: a line chart and a bar chart from a DataFrame draw their marks", async ({ app }) => {
  await openCharts(app);
  const charts = app.main().getByTestId("stVegaLiteChart");
  await expect(charts).toHaveCount(2);
  // Vega draws SVG: one line per column of the wide frame, one bar per row.
  await expect(charts.nth(0).locator("g.mark-line path")).toHaveCount(2);
  await expect(charts.nth(1).locator("g.mark-rect path")).toHaveCount(3);
  const box = await charts.nth(0).locator("svg").first().boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(300); // Streamlit's 400 px default height
  await expect(app.main().getByTestId("stDeckGlJsonChart").locator("g.mark-symbol path")).toHaveCount(2);
});

test("EL-16: st.image from numpy and from bytes shows loaded images with captions and width", async ({ app }) => {
  await openCharts(app);
  const images = app.main().getByTestId("stImage");
  await expect(images).toHaveCount(2);
  for (let i = 0; i < 2; i++) {
    await expect
      .poll(() => images.nth(i).locator("img").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
  }
  await expect(app.main().getByTestId("stImageCaption")).toHaveText(["red from numpy", "png bytes"]);
  const red = images.nth(0).locator("img");
  expect(await red.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([30, 20]);
  expect(await red.getAttribute("src")).toMatch(/^blob:/); // bytes, not base64
  expect(await images.nth(1).locator("img").evaluate((img: HTMLImageElement) => img.width)).toBe(200);
});

test("st.pyplot shows the figure as an image, with the font list the build made", async ({ app }) => {
  // matplotlib is big, and a loaded test machine is slow.
  test.setTimeout(300_000);
  await app.page.goto(app.url("pyplot"));
  await app.waitReady(280_000);
  await expect(app.main().getByTestId("stText")).toHaveText("figure shown");
  const img = app.main().locator('[data-pyplot="true"] [data-testid="stImage"] img');
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(400);
  // Note [Matplotlib's font list]: the page never scanned the fonts itself.
  expect(app.log.filter((line) => line.includes("building the font cache"))).toEqual([]);
});

test("ANIM-04/ANIM-05: example 010's line chart grows from 15 to 25 rows without a rerun", async ({ app }) => {
  await app.page.goto(app.url("010_add_rows_line_chart"));
  const chart = app.main().getByTestId("stVegaLiteChart");
  const points = () =>
    chart.locator("g.mark-line path").first().evaluate((p) => (p.getAttribute("d") ?? "").split(/[ML]/).length - 1);
  await expect.poll(points, { timeout: BOOT_TIMEOUT }).toBeGreaterThanOrEqual(15);
  await expect.poll(points, { timeout: 30_000 }).toBe(25);
  await expect(chart.locator("g.mark-line path")).toHaveCount(3);
  await app.waitReady();
  await expect(app.main().getByTestId("stButton")).toBeVisible();
});

test("the charts chunk is not downloaded by an app without charts", async ({ app }) => {
  const requested: string[] = [];
  app.page.on("request", (r) => requested.push(r.url()));
  await app.open("001_button_temp_message");
  expect(requested.some((u) => u.includes("/assets/app-"))).toBe(true);
  expect(requested.filter((u) => u.includes("charts_vega"))).toEqual([]);
});
