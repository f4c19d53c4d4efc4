// apps/024_dataclass_serialized_str.py (example 024): the dataclass kept as
// the string "1,5.5".
import { expect, test } from "./helpers";
import { shownBools } from "./seed_helpers";

test("CLS-05 EXE-08 a dataclass stored as a string and rebuilt compares equal on every run", async ({ app }) => {
  await app.open("024_dataclass_serialized_str");
  const shown = shownBools(app);
  await expect(shown).toHaveText(["True"]);
  await app.click("Rerun");
  await expect(shown).toHaveText(["True"]);
  await app.click("Rerun");
  await expect(shown).toHaveText(["True"]);
});
