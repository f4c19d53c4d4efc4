// apps/002_button_stateful_callback.py (example 002): on_click sets
// session state, so what the click reveals stays.
import { expect, sliderValue, test } from "./helpers";

test("BTN-04 EXE-14 SS-02 WID-33 stateful button: the message and slider appear and stay while the slider is used", async ({ app }) => {
  await app.open("002_button_stateful_callback");
  const clicked = app.main().getByText("Button clicked!");
  await expect(app.button("Click me")).toBeVisible();
  await expect(clicked).toHaveCount(0);
  await expect(app.page.getByTestId("stSlider")).toHaveCount(0);

  await app.click("Click me");
  await expect(clicked).toBeVisible();
  const slider = app.slider("Select a value");
  await expect(slider).toBeVisible();
  expect(await sliderValue(slider)).toBe("0");

  for (const expected of ["1", "2"]) {
    await app.nudge(slider);
    await expect.poll(() => sliderValue(slider)).toBe(expected);
    await expect(clicked).toBeVisible();
  }
  await expect(app.page.getByTestId("stSlider")).toHaveCount(1);
});
