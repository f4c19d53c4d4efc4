// apps/072_session_state_read.py (example 072).
import { expect, test } from "./helpers";

test("SS-02 SS-03 a value stored with item syntax reads back with attribute syntax: writes 'value'", async ({ app }) => {
  await app.open("072_session_state_read");
  await expect(app.main().getByTestId("stElementContainer")).toHaveText(["value"]);
});
