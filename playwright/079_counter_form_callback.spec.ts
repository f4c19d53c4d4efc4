// apps/079_counter_form_callback.py (example 079): a counter updated by a
// form's submit callback from the form widgets' keys.
import { expect, test } from "./helpers";
import { fillNumbers, submit } from "./seed_helpers";

test("SS-35 FORM-14 SS-24 WID-37 WID-44 the form callback adds the value and records the submitted time", async ({ app }) => {
  await app.open("079_counter_form_callback");
  await expect(app.page.getByTestId("stHeading")).toHaveText("Counter Example");
  await expect(app.main()).toContainText(/Current Count =\s*0\b/);
  await expect(app.main()).toContainText(/Last Updated =\s*00:00:00/);
  const time = app.page.getByTestId("stTimeInput").locator("input");
  await expect(time).toHaveValue(/^\d\d:\d\d$/);

  await fillNumbers(app, { "Enter a value": "3" });
  await expect(app.main()).toContainText(/Current Count =\s*0\b/); // not before the submit
  await submit(app, "Update");
  await expect(app.main()).toContainText(/Current Count =\s*3\b/);
  await expect(app.main()).toContainText(/Last Updated =\s*\d\d:\d\d:\d\d/);
  await expect(app.main()).not.toContainText(/Last Updated =\s*00:00:00/);

  await submit(app, "Update");
  await expect(app.main()).toContainText(/Current Count =\s*6\b/);
});
