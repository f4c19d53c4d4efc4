// apps/dataframe_select.py: st.dataframe(on_select="rerun") selections
// (issue #6; CHECKLIST DF-46: selections have no seed requirement).
import type { Locator } from "@playwright/test";
import { expect, test, type App } from "./helpers";

/** pandas and pyarrow load before the first run: allow a slow, shared machine more time. */
const DATA_BOOT_TIMEOUT = 200_000;
test.describe.configure({ timeout: 300_000 });

async function open(app: App): Promise<void> {
  await app.page.goto(app.url("dataframe_select"));
  await app.waitReady(DATA_BOOT_TIMEOUT);
}

function rowBox(grid: Locator, row: number): Locator {
  return grid.locator(`[role=row][aria-rowindex="${row + 2}"]`).getByTestId("stDataFrameRowSelect");
}

function text(app: App, prefix: string): Locator {
  return app.main().getByTestId("stText").filter({ hasText: prefix });
}

test("DF-46: selecting two rows reruns with their positions; it survives a rerun; Escape clears", async ({ app }) => {
  await open(app);
  const grid = app.main().getByTestId("stDataFrame").first();
  await expect(text(app, "rows:")).toHaveText("rows: []");
  await app.rerunBy(() => rowBox(grid, 2).check());
  await app.rerunBy(() => rowBox(grid, 0).check());
  await expect(text(app, "rows:")).toHaveText("rows: [0, 2]");
  await expect(text(app, "names:")).toHaveText("names: ['carol', 'bob']");
  await expect(text(app, "state:")).toHaveText("state: [0, 2]");
  await expect(grid.locator('[role=row][aria-rowindex="4"]')).toHaveAttribute("aria-selected", "true");
  // Another widget's rerun keeps the selection (the data is unchanged).
  const other = app.main().getByTestId("stDataFrame").nth(1);
  await app.rerunBy(() => other.locator('[role=columnheader][data-column="score"]').click());
  await expect(text(app, "rows:")).toHaveText("rows: [0, 2]");
  await expect(rowBox(grid, 2)).toBeChecked();
  await grid.locator("[role=grid]").focus();
  await app.rerunBy(() => grid.locator("[role=grid]").press("Escape"));
  await expect(text(app, "rows:")).toHaveText("rows: []");
  await expect(rowBox(grid, 0)).not.toBeChecked();
});

test("DF-46: a header click selects a column in column mode", async ({ app }) => {
  await open(app);
  const grid = app.main().getByTestId("stDataFrame").nth(1);
  const header = grid.locator('[role=columnheader][data-column="name"]');
  await app.rerunBy(() => header.click());
  await expect(text(app, "columns:")).toHaveText("columns: ['name']");
  await expect(header).toHaveAttribute("aria-selected", "true");
  await app.rerunBy(() => grid.getByRole("button", { name: "Clear selection" }).click());
  await expect(text(app, "columns:")).toHaveText("columns: []");
});

test("DF-46 DF-03: after sorting, a selected row is reported by its position in the original data", async ({ app }) => {
  await open(app);
  const grid = app.main().getByTestId("stDataFrame").first();
  await grid.locator('[role=columnheader][data-column="name"]').click();
  // Sorted by name: alice (original 1), bob (2), carol (0), dave (3).
  await expect(grid.locator('[role=row][aria-rowindex="2"] [data-column="name"]')).toHaveText("alice");
  await app.rerunBy(() => rowBox(grid, 0).check());
  await expect(text(app, "rows:")).toHaveText("rows: [1]");
  await expect(text(app, "names:")).toHaveText("names: ['alice']");
});
