// apps/104_run_counter.py: a run counter in session state, seen across tabs,
// reloads and manual reruns.
import { App, BOOT_TIMEOUT, expect, test } from "./helpers";

test("EXE-01 EXE-05 EXE-06 each tab has its own session; a reload starts a new one", async ({ app }) => {
  await app.open("104_run_counter");
  const header = app.page.getByTestId("stHeading");
  await app.click("Run it again");
  await expect(header).toHaveText("This page has run 2 times.");

  const other = new App(await app.page.context().newPage(), []);
  await other.open("104_run_counter");
  await expect(other.page.getByTestId("stHeading")).toHaveText("This page has run 1 times.");
  await expect(header).toHaveText("This page has run 2 times.");

  await app.page.reload();
  await app.waitReady(BOOT_TIMEOUT);
  await expect(header).toHaveText("This page has run 1 times.");
});

test("EXE-27 the R key reruns and keeps session state", async ({ app }) => {
  await app.open("104_run_counter");
  const header = app.page.getByTestId("stHeading");
  await app.click("Run it again");
  await expect(header).toHaveText("This page has run 2 times.");
  await app.rerunBy(() => app.page.keyboard.press("r"));
  await expect(header).toHaveText("This page has run 3 times.");
});
