// apps/078_counter_callback_kwargs.py (example 078): callbacks with kwargs.
import { expect, test } from "./helpers";

test("SS-34 SS-22 EXE-14 kwargs reach the callbacks: Increment adds 5, Decrement subtracts 1", async ({ app }) => {
  await app.open("078_counter_callback_kwargs");
  await expect(app.main()).toContainText(/Count =\s*0\b/);
  await app.click("Increment");
  await expect(app.main()).toContainText(/Count =\s*5\b/);
  await app.click("Decrement");
  await expect(app.main()).toContainText(/Count =\s*4\b/);
});
