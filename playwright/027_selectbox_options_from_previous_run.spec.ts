// apps/027_selectbox_options_from_previous_run.py (example 027): the
// "pathological example" of a selectbox whose options are dataclass instances.
import { expect, test } from "./helpers";
import { shownBools } from "./seed_helpers";

test("CLS-08 WID-27 WID-26 EXE-08 a selectbox returns the option object of the previous run", async ({ app }) => {
  await app.open("027_selectbox_options_from_previous_run");
  const shown = shownBools(app);
  await expect(shown).toHaveText(["True", "True"]);
  // Options are shown as str() of the objects.
  await expect(app.page.getByTestId("stSelectbox")).toContainText("Student(student_id=1, name='Marshall')");
  // Pick the second option: the rerun returns it from the previous run's
  // options, i.e. the Marshall_B kept in session state, which is not equal to
  // this run's Marshall_A (a new class) but is Marshall_B.
  const box = app.page.getByTestId("stSelectbox");
  const select = box.locator("select");
  if (await select.count()) await app.rerunBy(() => select.selectOption({ index: 1 }));
  else {
    // (Both options show the same text, so pick by position.)
    await box.getByRole("combobox").click();
    await app.rerunBy(() => app.page.getByRole("option").nth(1).click());
  }
  await expect(shown).toHaveText(["False", "True"]);
});
