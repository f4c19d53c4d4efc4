// apps/004_button_callback_no_lag.py (example 004): the same app with
// on_click callbacks, which run before the script.
import { expect, test } from "./helpers";

test("BTN-09 EXE-14 SS-18 SS-22 a callback with args updates both headers in the same run", async ({ app }) => {
  await app.open("004_button_callback_no_lag");
  const headers = app.page.getByTestId("stHeading");
  await expect(headers).toHaveText(["John Doe", "John Doe"]);

  // app.click waits for the one run the click starts to finish, so a lagging
  // top header could not be fixed by a later run before this assertion.
  await app.click("Jane");
  await expect(headers).toHaveText(["Jane Doe", "Jane Doe"]);

  await app.click("John");
  await expect(headers).toHaveText(["John Doe", "John Doe"]);
});
