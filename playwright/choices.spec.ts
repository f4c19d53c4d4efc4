// apps/choices.py: st.toggle, st.radio, st.multiselect and st.text_area with
// mouse and keyboard.
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

  await app.rerunBy(() => app.page.getByTestId("stCheckbox").getByText("Dark mode").click());
  await expect(values).toContainText("dark=True size=None");

  const radio = app.page.getByTestId("stRadio");
  await app.rerunBy(() => radio.getByText("M", { exact: true }).click());
  await expect(values).toContainText("size=M fruit");
  await app.rerunBy(() => radio.getByRole("radio").nth(1).press("ArrowRight"));
  await expect(values).toContainText("size=L fruit");

  const combo = app.page.getByTestId("stMultiSelect").getByRole("combobox");
  await combo.click();
  await combo.fill("ch");
  await expect(app.page.getByRole("option")).toHaveText(["Cherry"]);
  await app.rerunBy(() => combo.press("Enter"));
  await expect(values).toContainText("fruit=['banana', 'cherry']");
  await combo.focus();
  await expect(app.page.getByRole("listbox")).toContainText("You can only select up to 2 options");
  await app.rerunBy(() => combo.press("Backspace"));
  await expect(values).toContainText("fruit=['banana'] ");
  await app.rerunBy(() => app.page.getByRole("button", { name: "Delete Banana" }).click());
  await expect(values).toContainText("fruit=[] ");

  const bio = app.page.getByTestId("stTextArea").locator("textarea");
  await bio.fill("line one\nline two");
  await expect(app.page.getByTestId("stText")).toContainText("bio='hi'"); // typing alone sends nothing
  await app.rerunBy(() => bio.press("Control+Enter"));
  await expect(values).toContainText("bio='line one\\nline two'");
  await bio.fill("blurred");
  await app.rerunBy(() => bio.blur());
  await expect(values).toHaveText("values: dark=True size=L fruit=[] bio='blurred'");
});
