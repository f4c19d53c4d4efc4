// apps/080_slider_bound_to_session_state.py (example 080): a slider whose
// value comes from session state set before it is created.
import { expect, sliderValue, test } from "./helpers";

test("SS-14 SS-13 WID-10 a slider starts at the session state value of its key and writes back to it", async ({ app }) => {
  await app.open("080_slider_bound_to_session_state");
  const slider = app.slider("Temperature in Celsius");
  expect(Number(await sliderValue(slider))).toBe(50);
  await expect(app.main()).toContainText("50.0");

  await app.nudge(slider);
  await expect.poll(async () => Number(await sliderValue(slider))).toBeGreaterThan(50);
  const now = Number(await sliderValue(slider));
  await expect(app.main()).toContainText(String(now));
});
