// apps/023_dataclass_custom_eq.py (example 023): a value-based __eq__.
import { expect, test } from "./helpers";
import { shownBools } from "./seed_helpers";

test("CLS-04 EXE-08 a dataclass with a value-based __eq__ compares equal on every run", async ({ app }) => {
  await app.open("023_dataclass_custom_eq");
  const shown = shownBools(app);
  await expect(shown).toHaveText(["True"]);
  await app.click("Rerun");
  await expect(shown).toHaveText(["True"]);
  await app.click("Rerun");
  await expect(shown).toHaveText(["True"]);
});
