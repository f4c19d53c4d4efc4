// apps/026_python_class_redefinition.py (example 026): plain Python with no
// `import streamlit`; magic still shows its two comparisons.
import { expect, test } from "./helpers";
import { shownBools } from "./seed_helpers";

test("CLS-07 EXE-07 EXE-08 two definitions of one dataclass: True, then False, even without importing streamlit", async ({ app }) => {
  await app.open("026_python_class_redefinition");
  await expect(shownBools(app)).toHaveText(["True", "False"]);
  await expect(app.page.getByTestId("stException")).toHaveCount(0);
});
