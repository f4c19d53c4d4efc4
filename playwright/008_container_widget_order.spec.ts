// apps/008_container_widget_order.py (example 008): the input is created
// last but drawn first, in a container reserved at the top.
import { comesBefore, expect, test } from "./helpers";

test("BTN-13 EL-19 SS-19 a widget written into an earlier container is drawn first and set without error", async ({ app }) => {
  await app.open("008_container_widget_order");
  const name = app.textInput("Name");
  expect(await comesBefore(name, app.button("Clear name")), "the Name input comes before the buttons").toBe(true);
  await app.click("Streamlit!");
  await expect(name).toHaveValue("Streamlit");
  await app.click("Clear name");
  await expect(name).toHaveValue("");
});
