// apps/040_apptest_bean_counter.py (example 040): the seed's AppTest
// (TEST-28), driven by clicks in the browser.
import { expect, test } from "./helpers";

test("TEST-28 WID-30 WID-32 SS-05 SS-08 EXE-11 bean counter: +1 then Add counts one bean", async ({ app }) => {
  await app.open("040_apptest_bean_counter");
  // The module docstring """app.py""" is not drawn: one markdown only.
  const markdown = app.main().getByTestId("stMarkdown");
  await expect(markdown).toHaveText(["Beans counted: 0"]);
  const beans = app.numberInput("Beans to add");
  await expect(beans.locator("input")).toHaveValue("0");

  await app.step("Beans to add");
  await expect(beans.locator("input")).toHaveValue("1");
  await expect(markdown).toHaveText(["Beans counted: 0"]);

  await app.click("Add");
  await expect(markdown).toHaveText(["Beans counted: 1"]);
  await app.click("Add");
  await expect(markdown).toHaveText(["Beans counted: 2"]);
  await expect(beans.locator("input")).toHaveValue("1");
});

test("EL-01 the title renders the :paw_prints: shortcode as an emoji", async ({ app }) => {
  await app.open("040_apptest_bean_counter");
  const title = app.page.getByTestId("stHeading");
  await expect(title).toContainText("Bean counter 🐾");
  await expect(title).not.toContainText(":paw_prints:");
});
