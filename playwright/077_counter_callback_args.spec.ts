// apps/077_counter_callback_args.py (example 077): the number input's value
// reaches the callback through args.
import { expect, test } from "./helpers";
import { numberInputByLabel } from "./seed_helpers";

test("SS-34 SS-21 SS-22 SS-23 WID-32 EXE-14 Increment adds the number entered, passed via args", async ({ app }) => {
  await app.open("077_counter_callback_args");
  await expect(app.page.getByTestId("stHeading")).toHaveText("Counter Example using Callbacks with args");
  await expect(app.main()).toContainText(/Count =\s*0\b/);
  await app.click("Increment");
  await expect(app.main()).toContainText(/Count =\s*0\b/); // adds the default, 0

  const field = numberInputByLabel(app, "Enter a value").getByTestId("stNumberInputField");
  await field.fill("3");
  await app.rerunBy(() => field.press("Enter"));
  await app.click("Increment");
  await expect(app.main()).toContainText(/Count =\s*3\b/);
  await app.step("Enter a value", "Up"); // + adds step 1: 4
  await expect(field).toHaveValue("4");
  await app.click("Increment");
  await expect(app.main()).toContainText(/Count =\s*7\b/);
});
