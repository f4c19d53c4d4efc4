// apps/011_button_toggle_callback.py (example 011): on_click flips
// st.session_state.button; the page shows what the flag says.
import { expect, sliderValue, test } from "./helpers";

test("BTN-05 EXE-14 SS-08 WID-33 toggle button: each click flips on/off, and the slider shown when on stays usable", async ({ app }) => {
  await app.open("011_button_toggle_callback");
  const on = app.element("Button is on!");
  const off = app.element("Button is off!");
  await expect(off).toBeVisible();
  await expect(on).toHaveCount(0);
  await expect(app.page.getByTestId("stSlider")).toHaveCount(0);

  await app.click("Click me");
  await expect(on).toBeVisible();
  await expect(off).toHaveCount(0);
  const slider = app.slider("Select a value");
  await expect(slider).toBeVisible();
  await app.nudge(slider);
  await expect.poll(() => sliderValue(slider)).toBe("1");
  await expect(on).toBeVisible(); // using the slider keeps the button's state

  await app.click("Click me");
  await expect(off).toBeVisible();
  await expect(on).toHaveCount(0);
  await expect(app.page.getByTestId("stSlider")).toHaveCount(0);

  await app.click("Click me");
  await expect(on).toBeVisible();
  // The slider was not rendered for a run, so it is a new widget at its default (WID-17).
  await expect.poll(() => sliderValue(app.slider("Select a value"))).toBe("0");
});
