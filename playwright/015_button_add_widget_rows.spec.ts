// apps/015_button_add_widget_rows.py (example 015): rows of keyed inputs
// added by a callback.
import { expect, test } from "./helpers";

test("BTN-14 WID-03 EL-17 SS-13 each click adds a row of three keyed inputs; their values are listed", async ({ app }) => {
  await app.open("015_button_add_widget_rows");
  await app.click("Add person");
  await app.click("Add person");
  await expect(app.main().getByTestId("stHorizontalBlock")).toHaveCount(2);
  await expect(app.page.getByTestId("stTextInput")).toHaveCount(6);
  await expect(app.page.getByTestId("stException")).toHaveCount(0);

  const field = (label: string, row: number) =>
    app.page.getByTestId("stTextInput").filter({ hasText: label }).nth(row).locator("input");
  for (const [label, row, text] of [["First", 0, "Ada"], ["Last", 0, "Lovelace"], ["First", 1, "Grace"]] as const) {
    await field(label, row).fill(text);
    await app.rerunBy(() => field(label, row).press("Enter"));
  }
  await expect(app.main()).toContainText(/Person 1:\s+Ada\s+Lovelace/);
  await expect(app.main()).toContainText(/Person 2:\s+Grace/);
});
