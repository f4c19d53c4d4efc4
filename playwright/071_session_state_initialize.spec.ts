// apps/071_session_state_initialize.py (example 071): no visible output.
import { expect, test } from "./helpers";

test("SS-02 SS-03 initialising session state with item and attribute syntax shows nothing and raises nothing", async ({ app }) => {
  await app.open("071_session_state_initialize");
  await expect(app.main()).toHaveText("");
  await expect(app.page.getByTestId("stException")).toHaveCount(0);
  expect(app.errors).toEqual([]);
});
