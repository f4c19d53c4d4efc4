// apps/forms.py: a form's widgets change on the page without a rerun and reach
// Python all at once, in the one rerun its submit button causes.
import { expect, test } from "./helpers";

const DEFAULTS = "got: name= level=3 agree=False sent=False";

test("FORM-02 FORM-04 FORM-05 FORM-23 FORM-24 changes inside a form do not rerun and are not sent by other reruns", async ({ app }) => {
  await app.open("forms");
  const texts = app.main().getByTestId("stText");
  await expect(texts.nth(0)).toHaveText("runs: 1");
  await expect(texts.nth(1)).toHaveText(DEFAULTS);

  await app.textInput("Name").fill("Ada");
  await app.textInput("Name").blur(); // focus leaves the widget: still no rerun (FORM-02)
  const level = app.slider("Level");
  await level.focus();
  await level.press("ArrowRight");
  await app.checkbox("Agree").getByText("Agree", { exact: true }).click();
  await expect(app.checkbox("Agree").getByRole("checkbox")).toBeChecked();
  await expect(app.textInput("Name")).toHaveValue("Ada");

  // A rerun from outside the form: the count shows no run happened in between,
  // and the form's unsubmitted values were not sent (FORM-05, FORM-24).
  await app.checkbox("Outside").getByText("Outside", { exact: true }).click();
  await expect(texts.nth(0)).toHaveText("runs: 2");
  await expect(texts.nth(1)).toHaveText(DEFAULTS);
  await expect(texts.nth(2)).toHaveText("state: name= level=3 agree=False");
  await expect(app.textInput("Name")).toHaveValue("Ada"); // still shown, still pending
});

test("FORM-03 FORM-08 submit sends every value of the form in one rerun", async ({ app }) => {
  await app.open("forms");
  const texts = app.main().getByTestId("stText");
  await app.textInput("Name").fill("Ada");
  const level = app.slider("Level");
  await level.focus();
  // Each step as a user sees it: the thumb shows the new value before the next key.
  await level.press("ArrowRight");
  await expect(level).toHaveAttribute("aria-valuetext", "4");
  await level.press("ArrowRight");
  await expect(level).toHaveAttribute("aria-valuetext", "5");
  await app.checkbox("Agree").getByText("Agree", { exact: true }).click();

  await app.page.getByTestId("stFormSubmitButton").getByRole("button", { name: "Save" }).click();
  await expect(texts.nth(0)).toHaveText("runs: 2");
  await expect(texts.nth(1)).toHaveText("got: name=Ada level=5 agree=True sent=True");
  await expect(texts.nth(2)).toHaveText("state: name=Ada level=5 agree=True");

  await app.checkbox("Outside").getByText("Outside", { exact: true }).click(); // the submit button is True for that one run only
  await expect(texts.nth(1)).toHaveText("got: name=Ada level=5 agree=True sent=False");
});

test("FORM-09 Enter in a text input and Ctrl+Enter in a text area submit their form; clear_on_submit", async ({ app }) => {
  await app.open("forms");
  const texts = app.main().getByTestId("stText");
  const name = app.textInput("Name");
  await name.fill("Grace");
  await expect(app.page.getByTestId("stTextInput").filter({ hasText: "Name" }).getByTestId("InputInstructions")).toHaveText(
    "Press Enter to submit form",
  );
  await name.press("Enter");
  await expect(texts.nth(1)).toHaveText("got: name=Grace level=3 agree=False sent=True");

  const note = app.page.getByTestId("stTextArea").locator("textarea");
  await note.fill("hello\nworld");
  await note.press("Control+Enter");
  await expect(app.element("posted:")).toHaveText("posted: hello\nworld");
  await expect(note).toHaveValue(""); // clear_on_submit: back to the default
  await expect(texts.nth(1)).toHaveText("got: name=Grace level=3 agree=False sent=False");
});

test("FORM-10 a form without a submit button shows Streamlit's warning", async ({ app }) => {
  await app.open("forms");
  const forms = app.page.getByTestId("stForm");
  await expect(forms).toHaveCount(4);
  const warning = forms.filter({ hasText: "Lonely" }).getByTestId("stAlert");
  await expect(warning).toContainText("Missing Submit Button");
  await expect(warning).toContainText("st.form_submit_button()");
  await expect(forms.nth(0).getByTestId("stAlert")).toHaveCount(0);
});

test("FORM-15 a widget that depends on another in the same form changes only after submit", async ({ app }) => {
  await app.open("forms");
  const form = app.page.getByTestId("stForm").filter({ hasText: "Top" });
  const max = form.getByTestId("stSliderTickBarMax");
  await expect(max).toHaveText("10");
  await form.getByTestId("stNumberInputStepUp").click();
  await expect(form.getByTestId("stNumberInputField")).toHaveValue("11");
  await expect(max).toHaveText("10");
  await form.getByRole("button", { name: "Apply" }).click();
  await expect(max).toHaveText("11");
  await expect(app.main().getByTestId("stText").nth(0)).toHaveText("runs: 2");
});

test("FORM-13 a callback on a widget inside a form is an error in the browser", async ({ app }) => {
  await app.open("forms_strict");
  await expect(app.page.getByTestId("stException")).toContainText(
    "With forms, callbacks can only be defined on the `st.form_submit_button`. Defining callbacks on other widgets inside a form is not allowed.",
  );
  await expect(app.main().getByTestId("stText")).toHaveText("before the form");
});
