// apps/cache_persist.py with no room in IndexedDB: Chromium's DevTools
// protocol sets the origin's storage quota to 1 byte (Storage.overrideQuotaForOrigin;
// a quotaSize of 0 would mean "reset to the default"), so every write of the
// worker's IndexedDB fails with QuotaExceededError, as on a full disk or in a
// storage-starved private window. No test hook in the shipped code. persist="disk" must then degrade to the in-memory cache
// (Note [Persisted cache in IndexedDB] in web/src/worker/persist.ts): the app
// runs, a rerun is still a hit, exactly one console warning per page view says
// so however many writes fail, and a reload computes again because nothing
// could be stored.
import type { Page } from "@playwright/test";
import { BOOT_TIMEOUT, expect, test } from "./helpers";

const WARNING = 'wasmlit: persist="disk" cache storage is unavailable';

async function starveStorage(page: Page, origin: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Storage.overrideQuotaForOrigin", { origin, quotaSize: 1 });
}

test("CACHE-03 CACHE-28 (issue 5) persist=\"disk\" with no IndexedDB quota degrades to memory with one console warning", async ({ app }) => {
  const page = app.page;
  const url = app.url("cache_persist");
  await starveStorage(page, new URL(url).origin);
  // Playwright reports a worker's console message to the page's listener too: count the worker's.
  const warnings = (): string[] => app.log.filter((line) => line.startsWith("[worker warning]") && line.includes(WARNING));

  await page.goto(url);
  await app.waitReady(BOOT_TIMEOUT);
  await expect(app.main().getByText("value: 144")).toBeVisible();
  await expect(app.main().getByText("computed: 1 time(s)")).toBeVisible();
  await expect(app.main().getByText("Computed by slow_square")).toBeVisible();
  await expect.poll(warnings, { message: "the worker warns that storage is unavailable" }).toHaveLength(1);

  // The in-memory cache still serves reruns, and the warning is not repeated.
  await app.click("Rerun");
  await expect(app.main().getByText("computed: 1 time(s)")).toBeVisible();
  await app.click("Rerun");
  await expect(app.main().getByText("computed: 1 time(s)")).toBeVisible();
  expect(warnings()).toHaveLength(1);
  expect(warnings()[0]).toContain("QuotaExceededError");

  // Clearing the cache (the C key) computes and stores again: that write fails too, silently.
  await app.rerunBy(() => page.keyboard.press("c"));
  await expect(app.main().getByText("computed: 2 time(s)")).toBeVisible();
  await app.click("Rerun");
  await expect(app.main().getByText("computed: 2 time(s)")).toBeVisible();
  expect(warnings()).toHaveLength(1);

  // Nothing was stored: a reload computes again (the spinner shows), and warns once more.
  await page.reload();
  await expect(page.getByTestId("stSpinner")).toContainText("Computing slowly...", { timeout: BOOT_TIMEOUT });
  await app.waitReady();
  await expect(app.main().getByText("value: 144")).toBeVisible();
  await expect(app.main().getByText("computed: 1 time(s)")).toBeVisible();
  await expect.poll(warnings).toHaveLength(2);
  await expect(page.getByTestId("stFatalError")).toHaveCount(0);
  expect(app.errors).toEqual([]);
});
