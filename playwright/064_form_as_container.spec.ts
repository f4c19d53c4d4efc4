// apps/064_form_as_container.py (example 064): a form filled by calling
// methods on the object st.form returns.
import { comesBefore, expect, test } from "./helpers";

test("FORM-01 FORM-06 FORM-07 FORM-19 WID-34 WID-43 a form used as a container: the selectbox after it shows below it; the subheader shows on submit", async ({ app }) => {
  await app.open("064_form_as_container");
  const form = app.page.getByTestId("stForm");
  const sound = app.page.getByTestId("stSelectbox").filter({ hasText: "Sounds like" });
  await expect(sound).toBeVisible();
  expect(await comesBefore(form, sound)).toBe(true);
  await expect(form.getByTestId("stSelectbox")).toHaveCount(0);
  const submit = form.getByTestId("stFormSubmitButton").getByRole("button");
  await expect(submit).toHaveText("Say it with meow!");
  await expect(form.getByTestId("stTextInput").locator("input")).toHaveValue("Where's the tuna?");
  const heading = form.getByTestId("stHeading");
  await expect(heading).toHaveCount(1);
  expect((await heading.innerText()).trim()).toBe(""); // '&nbsp;'
  // The submit button comes first in the form (FORM-07).
  expect(await comesBefore(submit, form.getByTestId("stTextInput"))).toBe(true);

  await app.choose("Sounds like", "woof");
  await expect(submit).toHaveText("Say it with woof!");
  expect((await heading.innerText()).trim()).toBe("");

  await app.rerunBy(() => submit.click());
  await expect(heading).toHaveText("Where's the tuna, woof!");

  const sentence = form.getByTestId("stTextInput").locator("input");
  await sentence.fill("Hello there...");
  await app.rerunBy(() => sentence.press("Enter")); // Enter submits the form (FORM-09)
  await expect(heading).toHaveText("Hello there, woof!");
});
