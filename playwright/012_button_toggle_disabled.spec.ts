// apps/012_button_toggle_disabled.py (example 012): a button toggles the
// slider's `disabled`, which is not part of the widget's identity.
import { expect, sliderValue, test } from "./helpers";

test("BTN-06 WID-02 toggling disabled keeps the slider's value", async ({ app }) => {
  await app.open("012_button_toggle_disabled");
  const slider = app.slider("Select a value");
  await expect(slider).toBeEnabled();
  await app.nudge(slider);
  await app.nudge(slider);
  await expect.poll(() => sliderValue(slider)).toBe("2");

  await app.click("Click me");
  await expect(slider).toBeDisabled();
  expect(await sliderValue(slider)).toBe("2");

  await app.click("Click me");
  await expect(slider).toBeEnabled();
  expect(await sliderValue(slider)).toBe("2");
});
