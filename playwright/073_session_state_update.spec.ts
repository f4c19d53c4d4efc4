// apps/073_session_state_update.py (example 073): no visible output.
import { expect, test } from "./helpers";

test("SS-02 SS-01 updating session state with attribute and item syntax shows nothing and raises nothing", async ({ app }) => {
  await app.open("073_session_state_update");
  await expect(app.main()).toHaveText("");
  await expect(app.page.getByTestId("stException")).toHaveCount(0);
  expect(app.errors).toEqual([]);
});
