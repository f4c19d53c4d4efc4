// apps/dataframe_grid.py: the grid's toolbar (resize, fullscreen, search), the
// clipboard, bulk edits, date/time formats, index editing, and selections in a
// form and a fragment (issue #6; CHECKLIST DF-04..08, DF-14, DF-15, DF-22,
// DF-27, DF-42, DF-43, DF-46).
import type { Locator } from "@playwright/test";
import { expect, test, type App } from "./helpers";

const DATA_BOOT_TIMEOUT = 200_000;
test.describe.configure({ timeout: 300_000 });

async function open(app: App): Promise<void> {
  await app.page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await app.page.goto(app.url("dataframe_grid"));
  await app.waitReady(DATA_BOOT_TIMEOUT);
}

function cell(grid: Locator, row: number, column: string): Locator {
  return grid.locator(`[role=row][aria-rowindex="${row + 2}"] [role=gridcell][data-column="${column}"]`);
}

function grids(app: App): Locator {
  return app.main().getByTestId("stDataFrame");
}

function text(app: App, prefix: string): Locator {
  return app.main().getByTestId("stText").filter({ hasText: prefix });
}

async function box(l: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await l.boundingBox();
  if (!b) throw new Error("not visible");
  return b;
}

test("DF-04: dragging a header border resizes the column; the bottom-right corner resizes the table", async ({ app }) => {
  await open(app);
  const grid = grids(app).first();
  const header = grid.locator('[role=columnheader][data-column="command"]');
  const w0 = (await box(header)).width;
  const handle = await box(header.locator(".wl-df-resize"));
  await app.page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await app.page.mouse.down();
  await app.page.mouse.move(handle.x + 80, handle.y + handle.height / 2, { steps: 4 });
  await app.page.mouse.up();
  await expect.poll(async () => (await box(header)).width).toBeGreaterThan(w0 + 60);
  await expect.poll(async () => (await box(cell(grid, 0, "command"))).width).toBeGreaterThan(w0 + 60);

  const scroller = grid.getByRole("grid");
  const before = await box(scroller);
  const corner = await box(grid.getByTestId("stDataFrameResizeHandle"));
  await app.page.mouse.move(corner.x + corner.width / 2, corner.y + corner.height / 2);
  await app.page.mouse.down();
  await app.page.mouse.move(corner.x + 60, corner.y + 90, { steps: 4 });
  await app.page.mouse.up();
  await expect.poll(async () => (await box(scroller)).height).toBeGreaterThan(before.height + 70);
  await expect.poll(async () => (await box(grid)).width).toBeGreaterThan(before.width + 40);
});

test("DF-05 DF-06: the toolbar's fullscreen enlarges the table; its search and Ctrl+F highlight the matching cells", async ({ app }) => {
  await open(app);
  const grid = grids(app).first();
  const small = await box(grid);
  await grid.hover();
  await grid.getByRole("button", { name: "Fullscreen" }).click();
  await expect(grid).toHaveAttribute("data-fullscreen", "");
  const big = await box(grid);
  expect(big.width).toBeGreaterThan(small.width);
  expect(big.height).toBeGreaterThan(small.height * 2);
  await grid.getByRole("grid").press("Escape");
  await expect(grid).not.toHaveAttribute("data-fullscreen", "");

  // As in Streamlit's grid, a search highlights the matching cells (rows are not filtered).
  await grid.hover();
  await grid.getByRole("button", { name: "Search" }).click();
  const search = grid.getByRole("searchbox", { name: "Search" });
  await search.fill("ball");
  await expect(grid.getByTestId("stDataFrameSearchCount")).toHaveText("1 of 1");
  await expect(cell(grid, 1, "command")).toHaveAttribute("data-search-current", "");
  await expect(cell(grid, 0, "command")).not.toHaveAttribute("data-search-match", "");
  await expect(grid).toHaveAttribute("data-rows", "3");
  await search.fill("st.");
  await expect(grid.getByTestId("stDataFrameSearchCount")).toHaveText("1 of 3");
  await search.press("Enter");
  await expect(grid.getByTestId("stDataFrameSearchCount")).toHaveText("2 of 3");
  await expect(cell(grid, 1, "command")).toHaveAttribute("data-search-current", "");
  await search.press("Escape");
  await expect(grid.locator("[data-search-match]")).toHaveCount(0);

  await grid.getByRole("grid").focus();
  await grid.getByRole("grid").press("Control+f");
  await expect(search).toBeFocused();
  await app.page.keyboard.type("time");
  await expect(grid.locator("[data-search-match]")).toHaveCount(1);
  await expect(cell(grid, 2, "command")).toHaveAttribute("data-search-match", "");
});

test("DF-08 DF-14 DF-15: copied cells are TSV; pasting into an editor checks each cell against its column", async ({ app }) => {
  await open(app);
  const grid = grids(app).first();
  await cell(grid, 0, "command").click();
  await cell(grid, 1, "rating").click({ modifiers: ["Shift"] });
  await expect(cell(grid, 1, "command")).toHaveAttribute("aria-selected", "true");
  await grid.getByRole("grid").press("Control+c");
  await expect.poll(() => app.page.evaluate(() => navigator.clipboard.readText()))
    .toBe("st.selectbox\t4\nst.balloons\t5");

  // DF-15: paste what the dataframe copied into the editor (name, score).
  const editor = grids(app).nth(1);
  await cell(editor, 0, "name").click();
  await app.rerunBy(() => editor.getByRole("grid").press("Control+v"));
  await expect(text(app, "ed:")).toHaveText("ed: st.selectbox,4,True;st.balloons,5,False;c,3,True");

  // DF-14: text in the number column and a non-boolean in the checkbox column are ignored.
  await app.page.evaluate(() => navigator.clipboard.writeText("x\tlots\tfalse\ny\t9\tmaybe"));
  await cell(editor, 0, "name").click();
  await app.rerunBy(() => editor.getByRole("grid").press("Control+v"));
  await expect(text(app, "ed:")).toHaveText("ed: x,4,False;y,9,False;c,3,True");
});

test("DF-22: Ctrl+D fills the first selected row down the selected cells; so does dragging the fill handle", async ({ app }) => {
  await open(app);
  const editor = grids(app).nth(1);
  await cell(editor, 0, "score").click();
  await cell(editor, 2, "score").click({ modifiers: ["Shift"] });
  await app.rerunBy(() => editor.getByRole("grid").press("Control+d"));
  await expect(text(app, "ed:")).toHaveText("ed: a,1,True;b,1,False;c,1,True");

  // The fill handle of the selected cell, dragged down two rows, repeats it there.
  await cell(editor, 0, "name").click();
  const handle = await box(editor.getByTestId("stDataFrameFillHandle"));
  const target = await box(cell(editor, 2, "name"));
  await app.rerunBy(async () => {
    await app.page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await app.page.mouse.down();
    await app.page.mouse.move(target.x + 10, target.y + target.height / 2, { steps: 5 });
    await app.page.mouse.up();
  });
  await expect(text(app, "ed:")).toHaveText("ed: a,1,True;a,1,False;a,1,True");
});

test("DF-14 DF-12: a paste past the last row of a num_rows='dynamic' editor adds rows", async ({ app }) => {
  await open(app);
  const dyn = grids(app).nth(2);
  await app.page.evaluate(() => navigator.clipboard.writeText("st.a\t7\nst.b\t8\n"));
  await cell(dyn, 2, "command").click();
  await app.rerunBy(() => dyn.getByRole("grid").press("Control+v"));
  await expect(text(app, "dyn:")).toHaveText("dyn: st.selectbox,4;st.balloons,5;st.a,7;st.b,8");
  await expect(dyn).toHaveAttribute("data-rows", "4");
});

test("DF-43: a data_editor with num_rows='dynamic' does not sort", async ({ app }) => {
  await open(app);
  const dyn = grids(app).nth(2);
  const header = dyn.locator('[role=columnheader][data-column="rating"]');
  await header.click();
  await expect(header).not.toHaveAttribute("aria-sort", /.+/);
  await expect(cell(dyn, 0, "rating")).toHaveText("4");
  // The plain dataframe does sort (DF-03), so the click itself works.
  const plain = grids(app).first();
  await plain.locator('[role=columnheader][data-column="rating"]').click();
  await expect(cell(plain, 0, "rating")).toHaveText("3");
});

test("DF-27: format= on Date, Datetime and Time columns", async ({ app }) => {
  await open(app);
  const dates = grids(app).nth(3);
  await expect(cell(dates, 0, "day")).toHaveText("05/01/2024");
  await expect(cell(dates, 0, "at")).toHaveText("2024-01-05T14:07:09.000Z");
  await expect(cell(dates, 0, "clock")).toHaveText("02:07 PM");
});

test("DF-42: a data_editor edits its index", async ({ app }) => {
  await open(app);
  const keyed = grids(app).nth(4);
  await expect(text(app, "index:")).toHaveText("index: a,b");
  const indexCell = keyed.locator('[role=row][aria-rowindex="3"] [role=gridcell][data-index]');
  await indexCell.dblclick();
  await app.rerunBy(async () => {
    await indexCell.locator("input").fill("z");
    await indexCell.locator("input").press("Enter");
  });
  await expect(text(app, "index:")).toHaveText("index: a,z");
  await expect(indexCell).toHaveText("z");
});

test("DF-46: a selection in a form waits for the submit; one in a fragment reruns only the fragment", async ({ app }) => {
  await open(app);
  const inForm = grids(app).nth(5);
  await inForm.locator('[role=row][aria-rowindex="3"]').getByTestId("stDataFrameRowSelect").check();
  await expect(inForm.locator('[role=row][aria-rowindex="3"]')).toHaveAttribute("aria-selected", "true");
  await expect(text(app, "form rows:")).toHaveText("form rows: []");
  await expect(text(app, "runs:")).toHaveText("runs: 1");
  await app.rerunBy(() => app.page.getByTestId("stFormSubmitButton").getByRole("button", { name: "Submit" }).click());
  await expect(text(app, "form rows:")).toHaveText("form rows: [1]");
  await expect(text(app, "runs:")).toHaveText("runs: 2");

  const inFrag = grids(app).nth(6);
  await app.rerunBy(() => inFrag.locator('[role=row][aria-rowindex="4"]').getByTestId("stDataFrameRowSelect").check());
  await expect(text(app, "fragment rows:")).toHaveText("fragment rows: [2]");
  await expect(text(app, "runs:")).toHaveText("runs: 2");
});
