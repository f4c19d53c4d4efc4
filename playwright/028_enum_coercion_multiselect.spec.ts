// apps/028_enum_coercion_multiselect.py (example 028): an Enum redefined on
// every run still compares equal after it is picked in a multiselect.
import { expect, test } from "./helpers";

test("CLS-09 CLS-10 picking RED and GREEN of a redefined Enum shows the YELLOW message", async ({ app }) => {
  await app.open("028_enum_coercion_multiselect");
  const combo = app.page.getByTestId("stMultiSelect").getByRole("combobox");
  for (const color of ["Color.RED", "Color.GREEN"]) {
    await app.rerunBy(async () => {
      await combo.click();
      await app.page.getByRole("option", { name: color }).click();
    });
  }
  await expect(app.main()).toContainText("Hooray, you found the color YELLOW!");
  await app.rerunBy(() => app.page.getByRole("button", { name: "Delete Color.GREEN" }).click());
  await expect(app.main()).not.toContainText("Hooray");
});
