// apps/interrupt.py: a widget change while a 20 s loop runs stops that run at
// its next time.sleep and starts a new one at once.
import { expect, RUN_TIMEOUT, test } from "./helpers";

test("EXE-02 EXE-29 EXE-18 a widget change interrupts a running script; only the new run's output remains", async ({ app }) => {
  await app.open("interrupt");
  const page = app.page;
  await expect(app.main().getByText("Idle")).toBeVisible();

  await app.button("Start the long run").click();
  await expect(app.main().getByText("Run long started")).toBeVisible({ timeout: RUN_TIMEOUT });
  // The long loop is running (and streaming): a few steps are done.
  await expect(page.getByTestId("stProgress")).toContainText(/long: step ([5-9]|\d\d+) of 200/, { timeout: RUN_TIMEOUT });
  await expect(page.getByTestId("stStatusWidget")).toHaveCount(1);

  const started = Date.now();
  await app.checkbox("Interrupt with a short run").getByText("Interrupt with a short run", { exact: true }).click();
  // The long run had >= 19 s to go; the new run must start well before that.
  await expect(app.main().getByText("Run short started")).toBeVisible({ timeout: 8_000 });
  const latency = Date.now() - started;
  expect(latency, "ms from the click to the new run's first output").toBeLessThan(8_000);

  // While the short run is in progress, what only the long run wrote is stale.
  const longOnly = app.element("Written only by the long run");
  await expect(longOnly).toHaveAttribute("data-stale", "true", { timeout: 3_000 });

  await expect(app.main().getByText("Run short finished")).toBeVisible({ timeout: RUN_TIMEOUT });
  await app.waitReady();
  expect(Date.now() - started, "the long loop did not go on to its end").toBeLessThan(15_000);

  // Only the new run's output: nothing of the long run, nothing stale.
  await expect(app.main().getByText(/Run long/)).toHaveCount(0);
  await expect(longOnly).toHaveCount(0);
  await expect(app.stale()).toHaveCount(0);
  await expect(page.getByTestId("stProgress")).toHaveCount(1);
  await expect(page.getByTestId("stProgress")).toContainText("short: step 40 of 40");
  await expect(app.checkbox("Interrupt with a short run").getByRole("checkbox")).toBeChecked();
});
