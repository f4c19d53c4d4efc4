// apps/progress_sleep.py: time.sleep in a loop yields, so every
// bar.progress(...) reaches the page while the script still runs.
import { expect, RUN_TIMEOUT, test } from "./helpers";

const BAR = '[data-testid="stProgress"] [aria-valuenow], [data-testid="stProgress"][aria-valuenow]';

test("ANIM-06 ANIM-09 EXE-18 EL-11 a progress bar driven by a time.sleep loop visibly advances during the run", async ({ app }) => {
  await app.open("progress_sleep");
  const page = app.page;
  await app.button("Start").click();
  // Every animation frame, note the bar's value while the run is in progress.
  const seen = await page.waitForFunction(
    ([bar, status]) => {
      const w = window as unknown as { __seen?: Set<string> };
      const seen = (w.__seen ??= new Set<string>());
      const value = document.querySelector(bar)?.getAttribute("aria-valuenow");
      if (value != null && document.querySelector(status) !== null) seen.add(value);
      return seen.size >= 3 ? [...seen] : null;
    },
    [BAR, '[data-testid="stStatusWidget"]'] as const,
    { polling: "raf", timeout: RUN_TIMEOUT },
  );
  const values = (await seen.jsonValue()) ?? [];
  expect(new Set(values).size, `aria-valuenow values seen: ${values.join(", ")}`).toBeGreaterThanOrEqual(3);

  await expect(page.getByTestId("stProgress")).toContainText("Step 40 of 40", { timeout: RUN_TIMEOUT });
  await expect(page.locator(BAR)).toHaveAttribute("aria-valuenow", "100");
  await expect(app.page.getByTestId("stAlert")).toContainText("Done", { timeout: RUN_TIMEOUT });
  await app.waitReady();
});

test("EL-10 EXE-18 st.spinner shows its text while its block runs, then goes away", async ({ app }) => {
  await app.open("progress_sleep");
  await app.button("Start").click();
  const spinner = app.page.getByTestId("stSpinner");
  await expect(spinner).toBeVisible({ timeout: RUN_TIMEOUT });
  await expect(spinner).toContainText("Finishing up...");
  await expect(app.page.getByTestId("stAlert")).toContainText("Done", { timeout: RUN_TIMEOUT });
  await app.waitReady();
  await expect(spinner).toHaveCount(0);
});
