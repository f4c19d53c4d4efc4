// apps/003_button_state_lag.py (example 003): state changed after the first
// header was drawn shows up in it only on the next run.
import { expect, test } from "./helpers";

test("BTN-08 BTN-01 SS-08 the header above the buttons lags one run behind the one below", async ({ app }) => {
  await app.open("003_button_state_lag");
  const headers = app.page.getByTestId("stHeading");
  await expect(headers).toHaveText(["John Doe", "John Doe"]);

  await app.click("Jane");
  await expect(headers).toHaveText(["John Doe", "Jane Doe"]);

  await app.click("Jane"); // any rerun: the top header catches up
  await expect(headers).toHaveText(["Jane Doe", "Jane Doe"]);

  await app.click("John");
  await expect(headers).toHaveText(["Jane Doe", "John Doe"]);
});
