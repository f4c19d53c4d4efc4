// apps/089_retain_state_on_param_change.py (example 089): the slider's value
// is re-saved in session state (clamped) every run, so it survives.
import { expect, sliderValue, test } from "./helpers";

test("WID-22 WID-19 SS-14 WID-10 a slider keyed 'a' keeps its value, clamped, when Min and Max change", async ({ app }) => {
  await app.open("089_retain_state_on_param_change");
  const a = app.slider("A");
  await expect.poll(() => sliderValue(a)).toBe("5");
  await app.nudge(a);
  await app.nudge(a);
  await expect.poll(() => sliderValue(a)).toBe("7");

  await app.step("Min", "Up");
  await expect(a).toHaveAttribute("min", "2");
  await expect.poll(() => sliderValue(a)).toBe("7"); // kept, not reset

  for (const max of ["9", "8"]) {
    await app.step("Max", "Down");
    await expect(a).toHaveAttribute("max", max);
    await expect.poll(() => sliderValue(a)).toBe("7");
  }
  await app.step("Max", "Down");
  await app.step("Max", "Down");
  await expect(a).toHaveAttribute("max", "6");
  await expect.poll(() => sliderValue(a)).toBe("6"); // clamped into [min, max]
  await expect(app.page.getByTestId("stException")).toHaveCount(0);
});
