// apps/083_duplicate_widget_id.py (example 083, NEGATIVE): two identical
// buttons without keys.
import { expect, test } from "./helpers";

test("BTN-22 WID-03 EXE-24 two identical buttons without keys raise a duplicate widget ID error", async ({ app }) => {
  await app.open("083_duplicate_widget_id");
  const exception = app.page.getByTestId("stException");
  await expect(exception).toHaveCount(1);
  await expect(exception).toContainText(/DuplicateWidgetID|StreamlitAPIException/);
  await expect(exception).toContainText(/multiple\s+`?button`?\s+widgets with the same generated key/);
  await expect(app.button("OK")).toHaveCount(1); // the first one, drawn before the error
});
