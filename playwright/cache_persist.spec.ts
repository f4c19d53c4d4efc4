// apps/cache_persist.py: st.cache_data(persist="disk") in the browser. A 2 s
// function that counts its runs in a file runs once; a rerun is a hit; after a
// page reload the entry comes back from IndexedDB and the function has still
// run only once. Two proofs, each needed: the spinner (shown only while the
// function computes) never appears after the reload, and the counter file
// (kept in the persisted folder too) still says 1.
import type { Page } from "@playwright/test";
import { BOOT_TIMEOUT, expect, test } from "./helpers";

/** Records, from the first byte of every page load, whether a spinner ever showed. */
async function watchSpinners(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { spinnerSeen: boolean };
    w.spinnerSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="stSpinner"]')) w.spinnerSeen = true;
    }).observe(document, { subtree: true, childList: true });
  });
}

const spinnerSeen = (page: Page): Promise<boolean> =>
  page.evaluate(() => (window as unknown as { spinnerSeen: boolean }).spinnerSeen);

test("CACHE-03 CACHE-13 CACHE-24 a persisted cache_data entry survives a page reload without recomputing", async ({ app }) => {
  const page = app.page;
  await watchSpinners(page);
  await page.goto(app.url("cache_persist"));
  // The miss shows the spinner with show_spinner's text while the function runs.
  await expect(page.getByTestId("stSpinner")).toContainText("Computing slowly...", { timeout: BOOT_TIMEOUT });
  await app.waitReady();
  await expect(app.main().getByText("value: 144")).toBeVisible();
  await expect(app.main().getByText("computed: 1 time(s)")).toBeVisible();
  await expect(app.main().getByText("Computed by slow_square")).toBeVisible();
  expect(await spinnerSeen(page)).toBe(true);

  await page.evaluate(() => {
    (window as unknown as { spinnerSeen: boolean }).spinnerSeen = false;
  });
  await app.click("Rerun");
  await expect(app.main().getByText("computed: 1 time(s)")).toBeVisible();
  await expect(app.main().getByText("Computed by slow_square")).toBeVisible(); // replayed on the hit
  expect(await spinnerSeen(page), "a rerun is a hit: nothing computes").toBe(false);

  await page.reload();
  await app.waitReady(BOOT_TIMEOUT);
  await expect(app.main().getByText("value: 144")).toBeVisible();
  await expect(app.main().getByText("computed: 1 time(s)")).toBeVisible();
  await expect(app.main().getByText("Computed by slow_square")).toBeVisible();
  expect(await spinnerSeen(page), "after a reload the entry comes from IndexedDB").toBe(false);
  expect(app.errors).toEqual([]);
});

test("CACHE-28 the C key and the menu's Clear cache empty the caches and rerun", async ({ app }) => {
  const page = app.page;
  await app.open("cache_persist");
  await expect(app.main().getByText("computed: 1 time(s)")).toBeVisible();

  await app.rerunBy(() => page.keyboard.press("c"));
  await expect(app.main().getByText("computed: 2 time(s)")).toBeVisible();

  await page.getByTestId("stMainMenu").getByRole("button", { name: "Main menu" }).click();
  await app.rerunBy(() => page.getByRole("menuitem", { name: /Clear cache/ }).click());
  await expect(app.main().getByText("computed: 3 time(s)")).toBeVisible();
  await expect(page.getByTestId("stMainMenuList")).toHaveCount(0);

  await app.rerunBy(() => page.keyboard.press("r")); // a plain rerun is a hit
  await expect(app.main().getByText("computed: 3 time(s)")).toBeVisible();
  expect(app.errors).toEqual([]);
});
