// apps/086_widget_param_change_resets.py (example 086): changing a slider's
// min or max makes it a new widget, keyed or not.
import { expect, sliderValue, test } from "./helpers";

test("WID-07 WID-01 WID-06 WID-30 changing Minimum resets every slider: no default to the new min, value=5 to 5", async ({ app }) => {
  await app.open("086_widget_param_change_resets");
  const labels = ["No default, no key", "No default, with key", "With default, no key", "With default, with key"];
  const sliders = labels.map((l) => app.slider(l));
  const values = () => Promise.all(sliders.map((s) => sliderValue(s)));
  await expect.poll(values).toEqual(["1", "1", "5", "5"]);
  await expect(app.numberInput("Minimum").getByTestId("stNumberInputField")).toHaveValue("1");
  await expect(app.numberInput("Maximum").getByTestId("stNumberInputField")).toHaveValue("10");

  for (const s of sliders) {
    await app.nudge(s);
    await app.nudge(s);
  }
  await expect.poll(values).toEqual(["3", "3", "7", "7"]);

  await app.step("Minimum", "Up");
  await expect.poll(values).toEqual(["2", "2", "5", "5"]);
  for (const s of sliders) await expect(s).toHaveAttribute("min", "2");

  for (const s of sliders) await app.nudge(s);
  await expect.poll(values).toEqual(["3", "3", "6", "6"]);
  await app.step("Maximum", "Down");
  await expect.poll(values).toEqual(["2", "2", "5", "5"]);
  for (const s of sliders) await expect(s).toHaveAttribute("max", "9");
});
