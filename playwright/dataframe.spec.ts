// apps/dataframe.py and apps/dataframe_big.py: the data grid (CHECKLIST DF, TZ).
import type { Locator } from "@playwright/test";
import { expect, test, type App } from "./helpers";

/** pandas and pyarrow load before the first run: allow a slow, shared machine more time. */
const DATA_BOOT_TIMEOUT = 200_000;
test.describe.configure({ timeout: 300_000 });

async function open(app: App, name: string): Promise<void> {
  await app.page.goto(app.url(name));
  await app.waitReady(DATA_BOOT_TIMEOUT);
}

/** The body cell of `grid` in display row `row` (0-based) and column `column`. */
function cell(grid: Locator, row: number, column: string): Locator {
  return grid.locator(`[role=row][aria-rowindex="${row + 2}"] [role=gridcell][data-column="${column}"]`);
}

test("DF-01 DF-03 DF-09: st.dataframe shows the rows, and a header click sorts ascending then descending", async ({ app }) => {
  await open(app, "dataframe");
  const grid = app.main().getByTestId("stDataFrame").first();
  await expect(cell(grid, 0, "command")).toHaveText("st.selectbox");
  await expect(grid.locator("[role=row][aria-rowindex]")).toHaveCount(4);
  const header = grid.locator('[role=columnheader][data-column="rating"]');
  await header.click();
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await expect(cell(grid, 0, "rating")).toHaveText("3");
  await header.click();
  await expect(cell(grid, 0, "rating")).toHaveText("5");
  await expect(cell(grid, 0, "command")).toHaveText("st.balloons");
});

test("DF-10 DF-23: editing a cell of st.data_editor reruns the app with the edited data; text in a number column is ignored", async ({ app }) => {
  await open(app, "dataframe");
  const editor = app.main().getByTestId("stDataFrame").nth(1);
  await expect(app.main().getByText("Your favorite command is st.balloons 🎈")).toBeVisible();
  await cell(editor, 0, "rating").dblclick();
  const input = cell(editor, 0, "rating").locator("input");
  await input.fill("abc");
  await input.press("Enter");
  await expect(cell(editor, 0, "rating")).toHaveText("4");
  await cell(editor, 0, "rating").dblclick();
  await app.rerunBy(async () => {
    await cell(editor, 0, "rating").locator("input").fill("10");
    await cell(editor, 0, "rating").locator("input").press("Enter");
  });
  await expect(app.main().getByText("Your favorite command is st.selectbox 🎈")).toBeVisible();
  await expect(cell(editor, 0, "rating")).toHaveText("10");
});

test("DF-11 DF-12 DF-13: num_rows='dynamic' adds and deletes rows, and the list comes back as a list", async ({ app }) => {
  await open(app, "dataframe");
  const editor = app.main().getByTestId("stDataFrame").nth(2);
  const out = app.main().getByTestId("stText").filter({ hasText: "colors:" });
  await expect(out).toHaveText("colors: red, green, blue");
  await app.rerunBy(() => editor.getByTestId("stDataFrameAddRow").click());
  await expect(editor.locator("[role=row][aria-rowindex]")).toHaveCount(5);
  await cell(editor, 3, "value").dblclick();
  await app.rerunBy(async () => {
    await cell(editor, 3, "value").locator("input").fill("pink");
    await cell(editor, 3, "value").locator("input").press("Enter");
  });
  await expect(out).toHaveText("colors: red, green, blue, pink");
  await editor.getByRole("checkbox", { name: "Select row 1" }).check();
  await app.rerunBy(() => editor.getByRole("button", { name: "Delete row(s)" }).click());
  await expect(out).toHaveText("colors: green, blue, pink");
});

test("TZ-01 TZ-02 TZ-03 TZ-04 DF-44: datetimes show as stored, the aware one with its own offset", async ({ app }) => {
  await open(app, "dataframe");
  const grid = app.main().getByTestId("stDataFrame").nth(3);
  await expect(cell(grid, 0, "naive")).toHaveText("2020-01-10 10:30:00");
  await expect(cell(grid, 0, "aware")).toHaveText("2020-01-10 10:30:00-05:00");
});

test("st.metric shows its value and a red down delta; st.table shows every row", async ({ app }) => {
  await open(app, "dataframe");
  const metric = app.main().getByTestId("stMetric");
  await expect(metric.getByTestId("stMetricValue")).toHaveText("70 °F");
  await expect(metric.getByTestId("stMetricDelta")).toHaveAttribute("data-direction", "down");
  await expect(metric.getByTestId("stMetricDelta")).toHaveAttribute("data-color", "red");
  await expect(app.main().getByTestId("stTable").locator("tbody tr")).toHaveCount(3);
});

test("DF-37: a 1,000,000-row dataframe scrolls to its last row", async ({ app }) => {
  await open(app, "dataframe_big");
  const grid = app.main().getByTestId("stDataFrame");
  await expect(grid).toHaveAttribute("data-rows", "1000000");
  const scroller = grid.getByRole("grid");
  await scroller.evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await expect(cell(grid, 999_999, "c0")).toHaveText("999999");
  await expect(cell(grid, 999_999, "c9")).toHaveText("9999990");
  await expect(cell(grid, 999_999, "c0")).toBeInViewport();
});
