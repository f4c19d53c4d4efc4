// apps/070_counter_without_state.py (example 070, NEGATIVE): module
// variables start over on every run.
import { expect, test } from "./helpers";

test("EXE-03 EXE-02 a counter kept in a script variable shows Count = 1 however often it is clicked", async ({ app }) => {
  await app.open("070_counter_without_state");
  await expect(app.main()).toContainText(/Count =\s*0\b/);
  for (let i = 0; i < 3; i++) {
    await app.click("Increment");
    await expect(app.main()).toContainText(/Count =\s*1\b/);
  }
});
