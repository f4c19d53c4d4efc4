// apps/layout_params.py: label_visibility, the help tooltip (mouse and keyboard),
// st.columns (border, weights, nesting error), st.container(height) scrolling, icons.
import { expect, test } from "./helpers";

test("WID-41 label_visibility: hidden keeps the label's space, collapsed removes it", async ({ app }) => {
  await app.open("layout_params");
  const labels = app.page.getByTestId("stWidgetLabel");
  const visible = labels.filter({ hasText: "Visible label" });
  const hidden = labels.filter({ hasText: "Hidden label" });
  const collapsed = labels.filter({ hasText: "Collapsed label" });
  await expect(visible).toBeVisible();
  await expect(hidden).toBeHidden();
  await expect(collapsed).toBeHidden();
  const hiddenBox = await hidden.evaluate((e) => e.getBoundingClientRect().height);
  const collapsedBox = await collapsed.evaluate((e) => e.getBoundingClientRect().height);
  expect(hiddenBox).toBeGreaterThan(0);
  expect(collapsedBox).toBe(0);
});

test("help: the tooltip icon shows markdown on hover and on keyboard focus", async ({ app }) => {
  await app.open("layout_params");
  const icon = app.page.getByTestId("stTooltipIcon").first();
  const tip = app.page.getByTestId("stTooltipContent");
  await expect(tip).toHaveCount(0);
  await icon.hover();
  await expect(tip).toBeVisible();
  await expect(tip.locator("strong")).toHaveText("bold");
  await app.page.mouse.move(0, 0);
  await expect(tip).toHaveCount(0);
  await icon.focus();
  await expect(tip).toBeVisible();
  await app.page.keyboard.press("Escape");
  await expect(tip).toHaveCount(0);
});

test("EL-17 st.columns: weights, border and one level of nesting; deeper nesting is Streamlit's error", async ({ app }) => {
  await app.open("layout_params");
  const cols = app.main().getByTestId("stColumn");
  await expect(cols).toHaveCount(4);
  const [wide, narrow] = [cols.nth(0), cols.nth(1)];
  const w = await wide.evaluate((e) => e.getBoundingClientRect().width);
  const n = await narrow.evaluate((e) => e.getBoundingClientRect().width);
  expect(w).toBeGreaterThan(2 * n);
  await expect(wide).toHaveCSS("border-top-style", "solid");
  await expect(narrow.getByText("nested")).toBeVisible();
  await app.rerunBy(() => app.button("Nest too deep").click(), { exceptionOk: true });
  await expect(app.page.getByTestId("stException")).toContainText(
    "Columns can only be placed inside other columns up to one level of nesting.",
  );
});

test("st.container(height) scrolls inside a bordered box; EL-08 icons show beside text", async ({ app }) => {
  await app.open("layout_params");
  const box = app.page.getByTestId("stVerticalBlockBorderWrapper").filter({ hasText: "line 0" });
  await expect(box).toHaveCSS("overflow-y", "auto");
  const sizes = await box.evaluate((e) => [e.clientHeight, e.scrollHeight]);
  expect(sizes[0]).toBeLessThanOrEqual(120);
  expect(sizes[1]).toBeGreaterThan(sizes[0] ?? 0);
  await expect(app.page.getByTestId("stAlertDynamicIcon").first()).toHaveText("🔥");
  await expect(app.page.getByTestId("stIconMaterial")).toHaveText("thumb_up");
  await expect(app.page.getByTestId("stButton").filter({ hasText: "Launch" })).toContainText("🚀");
});
