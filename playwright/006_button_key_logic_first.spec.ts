// apps/006_button_key_logic_first.py (example 006): keyed buttons read
// through session state before the widget whose value they set.
import { expect, test } from "./helpers";

test("BTN-12 SS-19 SS-20 keyed buttons read first set the Name input through session state", async ({ app }) => {
  await app.open("006_button_key_logic_first");
  const name = app.textInput("Name");
  await app.typeAndCommit("Name", "Ada");
  await app.click("Streamlit!");
  await expect(name).toHaveValue("Streamlit");
  await app.click("Clear name");
  await expect(name).toHaveValue("");
  await expect(app.page.getByTestId("stException")).toHaveCount(0);
});
