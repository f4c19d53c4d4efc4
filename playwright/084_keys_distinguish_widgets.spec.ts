// apps/084_keys_distinguish_widgets.py (example 084): keys make two
// otherwise identical buttons two widgets.
import { expect, test } from "./helpers";

test("BTN-22 WID-03 two OK buttons with keys privacy and terms render without error", async ({ app }) => {
  await app.open("084_keys_distinguish_widgets");
  const ok = app.button("OK");
  await expect(ok).toHaveCount(2);
  await expect(app.page.getByTestId("stException")).toHaveCount(0);
  await app.rerunBy(() => ok.nth(1).click());
  await expect(ok).toHaveCount(2);
  await expect(app.page.getByTestId("stException")).toHaveCount(0);
});
