// apps/085_form_callback_attendance.py (example 085): a form callback that
// writes to the page.
import { comesBefore, expect, test } from "./helpers";
import { submit } from "./seed_helpers";

test("FORM-21 SS-25 SS-09 EXE-17 a name submitted twice shows 'has already been counted' from the callback, at the top, for one run", async ({ app }) => {
  await app.open("085_form_callback_attendance");
  const info = app.page.getByTestId("stAlert");
  const name = app.textInput("Name");
  await name.fill("Ada");
  await submit(app, "I'm here!");
  await expect(info).toHaveCount(0);

  await submit(app, "I'm here!");
  await expect(info).toHaveText("Ada has already been counted.");
  expect(await comesBefore(info, app.page.getByTestId("stForm"))).toBe(true);

  // A new name is counted silently; the callback's message is gone.
  await name.fill("Grace");
  await app.rerunBy(() => name.press("Enter"));
  await expect(info).toHaveCount(0);
  await name.fill("Ada");
  await submit(app, "I'm here!");
  await expect(info).toHaveText("Ada has already been counted.");
});
