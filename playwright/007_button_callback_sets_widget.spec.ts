// apps/007_button_callback_sets_widget.py (example 007): callbacks set a
// widget drawn above the buttons.
import { expect, test } from "./helpers";

test("SS-18 BTN-11 EXE-14 a callback sets the value of a widget drawn above its button", async ({ app }) => {
  await app.open("007_button_callback_sets_widget");
  const name = app.textInput("Name");
  await app.typeAndCommit("Name", "Ada");
  await app.click("Streamlit!");
  await expect(name).toHaveValue("Streamlit");
  await app.click("Clear name");
  await expect(name).toHaveValue("");
  // The user's own edits still win over the script's last value.
  await app.typeAndCommit("Name", "Grace");
  await expect(name).toHaveValue("Grace");
  await expect(app.page.getByTestId("stException")).toHaveCount(0);
});
