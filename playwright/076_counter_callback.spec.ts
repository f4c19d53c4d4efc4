// apps/076_counter_callback.py (example 076): the counter of CHECKLIST
// §Session State, on_click variant.
import { expect, test } from "./helpers";

test("SS-33 EXE-14 SS-21 counter with a callback: Count = N after N clicks", async ({ app }) => {
  await app.open("076_counter_callback");
  await expect(app.page.getByTestId("stHeading")).toHaveText("Counter Example using Callbacks");
  await expect(app.main()).toContainText(/Count =\s*0\b/);
  for (const n of [1, 2, 3]) {
    await app.click("Increment");
    await expect(app.main()).toContainText(new RegExp(`Count =\\s*${n}\\b`));
  }
});
