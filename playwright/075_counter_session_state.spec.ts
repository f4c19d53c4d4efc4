// apps/075_counter_session_state.py (example 075): the counter of
// CHECKLIST §Session State, button-condition variant.
import { expect, test } from "./helpers";

test("SS-33 SS-03 SS-08 EL-06 counter with session state: Count = 0, then one more per click", async ({ app }) => {
  await app.open("075_counter_session_state");
  await expect(app.page.getByTestId("stHeading")).toHaveText("Counter Example");
  await expect(app.main()).toContainText(/Count =\s*0\b/);
  for (const n of [1, 2, 3]) {
    await app.click("Increment");
    await expect(app.main()).toContainText(new RegExp(`Count =\\s*${n}\\b`));
  }
  await expect(app.main()).not.toContainText(/Count =\s*2\b/);
});
