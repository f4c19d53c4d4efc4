// apps/001_button_temp_message.py (example 001): a message shown by magic
// inside `if st.button(...)`, for one run only.
import { expect, test } from "./helpers";

test("BTN-03 BTN-01 BTN-02 EXE-07 EXE-10 WID-41 temporary message: shown by the click, gone after the next edit", async ({ app }) => {
  await app.open("001_button_temp_message");
  const have = app.main().getByText("We have that animal!");
  const haveNot = app.main().getByText("We don't have that animal.");
  await expect(app.textInput("Type an animal")).toHaveValue("");
  await expect(app.button("Check availability")).toBeVisible();
  await expect(have).toHaveCount(0);

  await app.typeAndCommit("Type an animal", "Dog");
  await expect(have).toHaveCount(0);
  await app.click("Check availability");
  await expect(have).toBeVisible();
  await expect(haveNot).toHaveCount(0);

  // Editing the input reruns with the button False: the message goes away.
  await app.typeAndCommit("Type an animal", "cow");
  await expect(have).toHaveCount(0);
  await expect(haveNot).toHaveCount(0);
  await expect(app.textInput("Type an animal")).toHaveValue("cow");

  await app.click("Check availability");
  await expect(haveNot).toBeVisible();
  await expect(have).toHaveCount(0);
});
