// apps/063_form_default_values.py (example 063): values of a form's widgets
// before and after the first submit.
import { expect, sliderValue, test } from "./helpers";

test("FORM-04 FORM-02 FORM-03 FORM-08 WID-23 WID-33 a form's widgets return their defaults until 'Submit my picks'", async ({ app }) => {
  await app.open("063_form_default_values");
  const form = app.page.getByTestId("stForm");
  await expect(form).toContainText("Inside the form");
  // The two writes after the form, outside it.
  const outside = app.main().locator('[data-testid="stElementContainer"]:not([data-testid="stForm"] *)');
  await expect(outside).toHaveText(["1", "red"]);

  const slider = app.slider("Pick a number");
  const runs = await app.page.getByTestId("stApp").getAttribute("data-test-run-count");
  await slider.focus();
  await slider.press("ArrowRight");
  await slider.press("ArrowRight");
  await expect.poll(() => sliderValue(slider)).toBe("3");
  const box = app.page.getByTestId("stSelectbox").filter({ hasText: "Pick a color" });
  const select = box.locator("select");
  if (await select.count()) {
    await select.selectOption({ label: "blue" });
    await expect(select).toHaveValue(/.+/);
    expect(await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)).toBe("blue");
  } else {
    await box.getByRole("combobox").click();
    await app.page.getByRole("option", { name: "blue", exact: true }).click();
    await expect(box).toContainText("blue");
  }
  // No rerun: the page still shows the defaults.
  await expect(app.page.getByTestId("stApp")).toHaveAttribute("data-test-run-count", runs ?? "");
  await expect(outside).toHaveText(["1", "red"]);

  await app.rerunBy(() => form.getByTestId("stFormSubmitButton").getByRole("button", { name: "Submit my picks" }).click());
  await expect(outside).toHaveText(["3", "blue"]);
});
