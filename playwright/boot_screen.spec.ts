// apps/boot_screen.py: the boot screen, and a bundle served like any static
// site (no COOP/COEP headers, under a sub-path).
import { BOOT_TIMEOUT, expect, test } from "./helpers";

test("boot screen: in index.html itself, visible before any script runs", async ({ app, browser }) => {
  const url = app.url("boot_screen");
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const boot = page.getByTestId("stBootScreen");
    await expect(boot).toBeVisible();
    await expect(boot).not.toHaveText("");
  } finally {
    await context.close();
  }
});

test("boot screen: shows progress, then goes away when the first run has finished", async ({ app }) => {
  const page = app.page;
  // Note every distinct state of the boot screen from the first byte on.
  await page.addInitScript(() => {
    const w = window as unknown as { __boot: string[] };
    w.__boot = [];
    const note = (): void => {
      const html = document.querySelector('[data-testid="stBootScreen"]')?.outerHTML;
      if (html !== undefined && w.__boot[w.__boot.length - 1] !== html) w.__boot.push(html);
    };
    new MutationObserver(note).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  });
  await page.goto(app.url("boot_screen"), { waitUntil: "domcontentloaded" });
  await expect(page.getByTestId("stBootScreen")).toBeVisible();
  await expect(page.getByText("Booted and ran.")).toBeVisible({ timeout: BOOT_TIMEOUT });
  await expect(page.getByTestId("stBootScreen")).toHaveCount(0);
  await expect(page.getByTestId("stStatusWidget")).toHaveCount(0);
  const states = await page.evaluate(() => (window as unknown as { __boot: string[] }).__boot);
  expect(states.length, "the boot screen changed at least once while booting").toBeGreaterThanOrEqual(2);
});

test("a plain static host is enough: no COOP/COEP, not cross-origin isolated, served under a sub-path", async ({ app }) => {
  const response = await app.page.goto(app.url("boot_screen"));
  expect(response?.headers()["cross-origin-opener-policy"]).toBeUndefined();
  expect(response?.headers()["cross-origin-embedder-policy"]).toBeUndefined();
  await app.waitReady(BOOT_TIMEOUT);
  await expect(app.page.getByText("Booted and ran.")).toBeVisible();
  expect(await app.page.evaluate(() => self.crossOriginIsolated)).toBe(false);
  expect(new URL(app.page.url()).pathname).toBe("/boot_screen/");
});
