// apps/chrome_clear_cache.py: the developer option "Clear cache" and the C key.
import { expect, test } from "./helpers";

test("CHROME-08 Clear cache and the C key (not while typing) clear cache_data and cache_resource", async ({ app }) => {
  const page = app.page;
  await app.open("chrome_clear_cache");
  const counts = (n: number) => app.main().getByText(`data runs: ${n}, resource runs: ${n}`);
  await expect(counts(1)).toBeVisible();

  // In an input, C is a letter: typed, no clearing, no rerun.
  const input = page.getByTestId("stTextInput").locator("input");
  await input.click();
  await input.press("c");
  await expect(input).toHaveValue("c");
  await expect(app.page.getByTestId("stApp")).toHaveAttribute("data-test-script-state", "notRunning");
  await expect(counts(1)).toBeVisible();

  // Focus elsewhere: C clears both caches and reruns (the input's value is sent with it).
  await app.rerunBy(() => input.blur());
  await app.rerunBy(() => page.keyboard.press("c"));
  await expect(counts(2)).toBeVisible();

  await page.getByTestId("stMainMenu").getByRole("button", { name: "Main menu" }).click();
  await app.rerunBy(() => page.getByRole("menuitem", { name: /Clear cache/ }).click());
  await expect(counts(3)).toBeVisible();

  await app.rerunBy(() => page.keyboard.press("r")); // a plain rerun hits both caches
  await expect(counts(3)).toBeVisible();
  expect(app.errors).toEqual([]);
});
