// apps/104_run_counter.py (example 104): a run counter in session state.
import { expect, test } from "./helpers";

test("SS-32 SS-08 SS-01 the header counts the runs of this session", async ({ app }) => {
  await app.open("104_run_counter");
  const header = app.page.getByTestId("stHeading");
  await expect(header).toHaveText("This page has run 1 times.");
  await app.click("Run it again");
  await expect(header).toHaveText("This page has run 2 times.");
  await app.click("Run it again");
  await expect(header).toHaveText("This page has run 3 times.");
});
