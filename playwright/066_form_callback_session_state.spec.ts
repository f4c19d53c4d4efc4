// apps/066_form_callback_session_state.py (example 066): the submit
// button's callback reads the submitted values from session state.
import { expect, test } from "./helpers";
import { fillNumbers } from "./seed_helpers";

test("FORM-17 FORM-14 SS-24 EXE-14 a form callback sums the submitted values; the sum shows at once above the form", async ({ app }) => {
  await app.open("066_form_callback_session_state");
  const cols = app.page.getByTestId("stColumn");
  await expect(cols.nth(0).getByTestId("stHeading")).toHaveText("Sum:");
  await expect(cols.nth(1).getByTestId("stHeading")).toHaveCount(0);

  await fillNumbers(app, { a: "1.50", b: "2.25" });
  await app.rerunBy(() => app.page.getByTestId("stFormSubmitButton").getByRole("button", { name: "add" }).click());
  await expect(cols.nth(1).getByTestId("stHeading")).toHaveText("3.75");

  await fillNumbers(app, { a: "10.00" });
  await app.rerunBy(() => app.page.getByTestId("stFormSubmitButton").getByRole("button", { name: "add" }).click());
  await expect(cols.nth(1).getByTestId("stHeading")).toHaveText("12.25");
});
