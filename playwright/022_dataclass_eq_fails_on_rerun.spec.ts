// apps/022_dataclass_eq_fails_on_rerun.py (example 022): a stored dataclass
// belongs to the first run's class.
import { expect, test } from "./helpers";
import { shownBools } from "./seed_helpers";

test("CLS-03 EXE-08 a stored dataclass equals a new one on the first run only", async ({ app }) => {
  await app.open("022_dataclass_eq_fails_on_rerun");
  const shown = shownBools(app);
  await expect(shown).toHaveText(["True"]);
  await app.click("Rerun");
  await expect(shown).toHaveText(["False"]);
});
