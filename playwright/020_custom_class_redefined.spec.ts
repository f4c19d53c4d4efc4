// apps/020_custom_class_redefined.py (example 020): a class defined in the
// script is a new class on every run.
import { expect, test } from "./helpers";
import { shownBools } from "./seed_helpers";

test("CLS-01 EXE-08 an instance stored on the first run is not an instance of the rerun's class", async ({ app }) => {
  await app.open("020_custom_class_redefined");
  const shown = shownBools(app);
  await expect(shown).toHaveText(["True"]);
  await app.click("Rerun");
  await expect(shown).toHaveText(["False"]);
  await app.click("Rerun");
  await expect(shown).toHaveText(["False"]);
});
