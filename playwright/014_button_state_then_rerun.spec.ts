// apps/014_button_state_then_rerun.py (example 014): session state set in a
// button's body, then st.rerun().
import { expect, test } from "./helpers";

test("BTN-10 EXE-13 st.rerun after a state change: both headers show the new name", async ({ app }) => {
  await app.open("014_button_state_then_rerun");
  const headers = app.page.getByTestId("stHeading");
  await expect(headers).toHaveText(["John Doe", "John Doe"]);

  await app.click("Jane");
  await expect(headers).toHaveText(["Jane Doe", "Jane Doe"]);
  await app.waitReady();
  await expect(headers).toHaveText(["Jane Doe", "Jane Doe"]);
  await expect(app.stale()).toHaveCount(0);

  await app.click("John");
  await expect(headers).toHaveText(["John Doe", "John Doe"]);
});
