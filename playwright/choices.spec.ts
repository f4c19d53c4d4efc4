// apps/choices.py: st.toggle, st.radio, st.multiselect and st.text_area with
// mouse and keyboard. Each step waits for the values the script shows (the DOM), not for a run.
import { expect, test } from "./helpers";

test("toggle, radio, multiselect and text_area show their defaults", async ({ app }) => {
  await app.open("choices");
  const values = app.main().getByTestId("stText");
  await expect(values).toHaveText("values: dark=False size=None fruit=['banana'] bio='hi'");
  await expect(app.page.getByRole("switch", { name: "Dark mode" })).not.toBeChecked();
  const radio = app.page.getByTestId("stRadio");
  await expect(radio.getByRole("radio")).toHaveCount(3);
  await expect(radio.getByTestId("stCaptionContainer")).toHaveText(["small", "medium", "large"]);
  await expect(app.page.getByTestId("stMultiSelectTag")).toHaveText(["Banana×"]);
  await expect(app.page.getByTestId("stTextArea").locator("textarea")).toHaveValue("hi");
});

test("each of the four widgets changes with the mouse and the keyboard", async ({ app }) => {
  await app.open("choices");
  const values = app.main().getByTestId("stText");

  await app.page.getByTestId("stCheckbox").getByText("Dark mode").click();
  await expect(values).toContainText("dark=True size=None");

  const radio = app.page.getByTestId("stRadio");
  await radio.getByText("M", { exact: true }).click();
  await expect(values).toContainText("size=M fruit");
  await radio.getByRole("radio").nth(1).press("ArrowRight");
  await expect(values).toContainText("size=L fruit");

  const combo = app.page.getByTestId("stMultiSelect").getByRole("combobox");
  await combo.click();
  await combo.fill("ch");
  await expect(app.page.getByRole("option")).toHaveText(["Cherry"]);
  await combo.press("Enter");
  await expect(values).toContainText("fruit=['banana', 'cherry']");
  await combo.focus();
  await expect(app.page.getByRole("listbox")).toContainText("You can only select up to 2 options");
  await combo.press("Backspace");
  await expect(values).toContainText("fruit=['banana'] ");
  await app.page.getByRole("button", { name: "Delete Banana" }).click();
  await expect(values).toContainText("fruit=[] ");

  const bio = app.page.getByTestId("stTextArea").locator("textarea");
  await bio.fill("line one\nline two");
  await expect(app.page.getByTestId("stText")).toContainText("bio='hi'"); // typing alone sends nothing
  await bio.press("Control+Enter");
  await expect(values).toContainText("bio='line one\\nline two'");
  await bio.fill("blurred");
  await bio.blur();
  await expect(values).toHaveText("values: dark=True size=L fruit=[] bio='blurred'");
});
