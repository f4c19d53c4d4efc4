// apps/dataframe_arrow.py: the worker writes Arrow IPC itself for common column
// types (Note [Arrow IPC without pyarrow]), so a pandas app showing frames never
// fetches the pyarrow wheel; a type it does not write loads pyarrow on demand
// (Note [Deferred packages]). CHECKLIST DF-01, DF-02, DF-10, TZ-01.
import type { Locator } from "@playwright/test";
import { expect, test, type App } from "./helpers";

const DATA_BOOT_TIMEOUT = 200_000;
test.describe.configure({ timeout: 300_000 });

/** Opens the app, recording every request URL the page and its worker make. */
async function open(app: App): Promise<string[]> {
  const urls: string[] = [];
  app.page.context().on("request", (r) => urls.push(r.url()));
  await app.page.goto(app.url("dataframe_arrow"));
  await app.waitReady(DATA_BOOT_TIMEOUT);
  return urls;
}

function cell(grid: Locator, row: number, column: string): Locator {
  return grid.locator(`[role=row][aria-rowindex="${row + 2}"] [role=gridcell][data-column="${column}"]`);
}

const pyarrow = (urls: string[]): string[] => urls.filter((u) => u.toLowerCase().includes("pyarrow"));

test("DF-01 DF-10 TZ-01: frames of common types show without fetching the pyarrow wheel", async ({ app }) => {
  const urls = await open(app);
  const grid = app.main().getByTestId("stDataFrame").first();
  await expect(cell(grid, 0, "name")).toHaveText("ünïcødé 🎈");
  await expect(cell(grid, 1, "name")).toHaveText("");
  await expect(cell(grid, 0, "n")).toHaveText("1");
  await expect(cell(grid, 1, "n")).toHaveText("");
  await expect(cell(grid, 2, "x")).toHaveText("2.25");
  await expect(cell(grid, 0, "when")).toHaveText("2020-01-10 10:30:00-05:00");
  await expect(cell(grid, 1, "kind")).toHaveText("high");
  await expect(app.main().getByText("edited rows: 3; ok: 2")).toBeVisible();
  await expect(app.main().getByTestId("stTable")).toContainText("ünïcødé 🎈");
  expect(urls.some((u) => u.includes("pandas"))).toBe(true);
  expect(pyarrow(urls)).toEqual([]);
});

test("DF-02: a column type the worker does not write loads pyarrow when first needed", async ({ app }) => {
  const urls = await open(app);
  expect(pyarrow(urls)).toEqual([]);
  await app.rerunBy(() => app.main().getByRole("button", { name: "Show decimals" }).click(), {
    timeout: DATA_BOOT_TIMEOUT,
  });
  const grid = app.main().getByTestId("stDataFrame").nth(2);
  await expect(cell(grid, 1, "price")).toHaveText(/10\.5/);
  expect(pyarrow(urls).length).toBeGreaterThan(0);
});
