// apps/025_cache_resource_staticmethod.py (example 025): no visible output.
import { expect, test } from "./helpers";

test("CLS-06 a cache_resource staticmethod factory runs without error and shows nothing", async ({ app }) => {
  await app.open("025_cache_resource_staticmethod");
  await expect(app.main()).toHaveText("");
  await expect(app.page.getByTestId("stException")).toHaveCount(0);
  expect(app.errors).toEqual([]);
});
