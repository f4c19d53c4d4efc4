// apps/021_custom_class_module/ (example 021, app.py as streamlit_app.py,
// with my_class.py): a class imported from a module next to the app is
// imported once.
import { expect, test } from "./helpers";
import { shownBools } from "./seed_helpers";

test("CLS-02 EXE-21 EXE-22 a class imported from the app's folder stays the same class on every rerun", async ({ app }) => {
  await app.open("021_custom_class_module");
  const shown = shownBools(app);
  await expect(shown).toHaveText(["True"]);
  await app.click("Rerun");
  await expect(shown).toHaveText(["True"]);
  await app.click("Rerun");
  await expect(shown).toHaveText(["True"]);
});
