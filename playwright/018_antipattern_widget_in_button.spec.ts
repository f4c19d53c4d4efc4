// apps/018_antipattern_widget_in_button.py (example 018, NEGATIVE): a text
// input nested in a button's `if` vanishes as soon as it is used.
import { expect, test } from "./helpers";

test("BTN-17 BTN-02 WID-41 a text input inside `if st.button` vanishes when used, so Welcome is never shown", async ({ app }) => {
  await app.open("018_antipattern_widget_in_button");
  await expect(app.page.getByTestId("stTextInput")).toHaveCount(0);

  await app.click("Sign up");
  const name = app.textInput("Name");
  await expect(name).toBeVisible();

  await name.fill("Ada");
  await app.rerunBy(() => name.press("Enter"));
  await expect(app.page.getByTestId("stTextInput")).toHaveCount(0);
  await expect(app.main()).not.toContainText("Welcome");
  await expect(app.page.getByTestId("stAlert")).toHaveCount(0);
  await expect(app.button("Sign up")).toBeVisible();
});
