// apps/087_dummy_key_preserve_value.py (example 087, seed bug kept).
import { expect, test } from "./helpers";

test("ERR-05 SS-06 SS-30 the dummy-key example as written raises on its first run: my_key is uninitialised", async ({ app }) => {
  await app.open("087_dummy_key_preserve_value");
  const exception = app.page.getByTestId("stException");
  await expect(exception).toHaveCount(1);
  await expect(exception).toContainText("KeyError");
  await expect(exception).toContainText('st.session_state has no key "my_key". Did you forget to initialize it?');
  await expect(app.page.getByTestId("stNumberInput")).toHaveCount(0);
});
