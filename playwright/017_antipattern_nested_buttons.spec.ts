// apps/017_antipattern_nested_buttons.py (example 017, NEGATIVE): a button
// nested in another button's `if` never runs its body.
import { expect, test } from "./helpers";

test("BTN-16 BTN-01 BTN-02 a button nested inside a button never shows its message", async ({ app }) => {
  await app.open("017_antipattern_nested_buttons");
  await expect(app.button("Button 1")).toBeVisible();
  await expect(app.button("Button 2")).toHaveCount(0);

  await app.click("Button 1");
  await expect(app.element("Button 1 was clicked")).toBeVisible();
  await expect(app.button("Button 2")).toBeVisible();

  // Clicking Button 2 reruns with Button 1 False: both messages and Button 2 go.
  await app.click("Button 2");
  await expect(app.button("Button 1")).toBeVisible();
  await expect(app.main()).not.toContainText("Button 2 was clicked");
  await expect(app.main()).not.toContainText("Button 1 was clicked");
  await expect(app.button("Button 2")).toHaveCount(0);
});
