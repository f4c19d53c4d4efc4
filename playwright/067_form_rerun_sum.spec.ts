// apps/067_form_rerun_sum.py (example 067): the sum is stored after the
// form and st.rerun() shows it at the top.
import { expect, test } from "./helpers";
import { fillNumbers } from "./seed_helpers";

test("FORM-18 EXE-13 FORM-08 a submitted form reruns twice and the top column shows the new sum", async ({ app }) => {
  await app.open("067_form_rerun_sum");
  const cols = app.page.getByTestId("stColumn");
  await expect(cols.nth(0).getByTestId("stHeading")).toHaveText("Sum:");
  await expect(cols.nth(1).getByTestId("stHeading")).toHaveCount(0);

  await fillNumbers(app, { a: "2.00", b: "0.50" });
  await app.page.getByTestId("stFormSubmitButton").getByRole("button", { name: "add" }).click();
  await expect(cols.nth(1).getByTestId("stHeading")).toHaveText("2.50");
  await app.waitReady();
  await expect(app.page.getByTestId("stException")).toHaveCount(0);
});
