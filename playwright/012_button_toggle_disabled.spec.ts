// apps/012_button_toggle_disabled.py (example 012): a button toggles the
// slider's `disabled`, which is not part of the widget's identity.
import { expect, sliderValue, test } from "./helpers";

test("BTN-06 WID-02 toggling disabled keeps the slider's value", async ({ app }) => {
  await app.open("012_button_toggle_disabled");
  const slider = app.slider("Select a value");
  await expect(slider).toBeEnabled();
  for (let i = 0; i < 2; i++) {
    await app.rerunBy(async () => {
      await slider.focus();
      await slider.press("ArrowRight");
    });
  }
  await expect.poll(() => sliderValue(slider)).toBe("2");

  await app.click("Click me");
  await expect(slider).toBeDisabled();
  expect(await sliderValue(slider)).toBe("2");

  await app.click("Click me");
  await expect(slider).toBeEnabled();
  expect(await sliderValue(slider)).toBe("2");
});
