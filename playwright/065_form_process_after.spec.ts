// apps/065_form_process_after.py (example 065): the sum is computed after
// the form and written into a column above it.
import { expect, test } from "./helpers";
import { fillNumbers } from "./seed_helpers";

test("FORM-16 FORM-03 FORM-08 WID-31 after submit, the column above the form shows a+b with two decimals", async ({ app }) => {
  await app.open("065_form_process_after");
  const cols = app.page.getByTestId("stColumn");
  await expect(cols.nth(0).getByTestId("stHeading")).toHaveText("Sum:");
  await expect(cols.nth(1).getByTestId("stHeading")).toHaveCount(0);
  // number_input('a') with no numbers: a float 0.0, shown with two decimals
  await expect(app.page.getByTestId("stNumberInputField").first()).toHaveValue("0.00");

  const runs = await app.page.getByTestId("stApp").getAttribute("data-test-run-count");
  await fillNumbers(app, { a: "1.25", b: "2.00" });
  await expect(app.page.getByTestId("stApp")).toHaveAttribute("data-test-run-count", runs ?? "");
  await expect(cols.nth(1).getByTestId("stHeading")).toHaveCount(0);

  await app.rerunBy(() => app.page.getByTestId("stFormSubmitButton").getByRole("button", { name: "add" }).click());
  await expect(cols.nth(1).getByTestId("stHeading")).toHaveText("3.25");
});
