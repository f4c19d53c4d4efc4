// apps/fragments.py: fragment reruns in the browser (CHECKLIST FRAG).
import { expect, test } from "./helpers";

test("FRAG-02 FRAG-10: a click inside a fragment updates only the fragment", async ({ app }) => {
  await app.open("fragments");
  const full = app.element(/^Full runs: /);
  await expect(full).toHaveText("Full runs: 1");
  await app.click("Click me");
  await expect(app.element(/^Fragment clicks: /)).toHaveText("Fragment clicks: 1");
  await app.click("Click me");
  await expect(app.element(/^Fragment clicks: /)).toHaveText("Fragment clicks: 2");
  // The script outside the fragment did not run again, and what the fragment
  // wrote into the outside container accumulated.
  await expect(full).toHaveText("Full runs: 1");
  await expect(app.element(/^logged click/)).toHaveText(["logged click 1", "logged click 2"]);
  // A widget outside every fragment reruns the whole script (FRAG-03), which
  // clears the accumulated writes.
  await app.click("Rerun everything");
  await expect(full).toHaveText("Full runs: 2");
  await expect(app.element(/^logged click/)).toHaveCount(0);
  await expect(app.element(/^Fragment clicks: /)).toHaveText("Fragment clicks: 2");
});

test("FRAG-14 ANIM-10: run_every advances a fragment by itself", async ({ app }) => {
  await app.open("fragments");
  await expect(app.element("Clock stopped")).toBeVisible();
  const tick = app.element(/^Clock tick: /);
  await expect(tick).toHaveCount(1);
  expect(Number((await tick.innerText()).replace("Clock tick: ", ""))).toBeGreaterThanOrEqual(4);
  await expect(app.element(/^Full runs: /)).toHaveText("Full runs: 1");
  expect(app.errors).toEqual([]);
});

test("FRAG-02: while a fragment runs, only its body is dimmed", async ({ app }) => {
  await app.open("fragments");
  const inside = app.element(/^Fragment clicks: /);
  const outside = app.element(/^Full runs: /);
  await app.rerunBy(async () => {
    await app.button("Slow click").click();
    await expect(inside).toHaveAttribute("data-stale", "true");
    await expect(outside).not.toHaveAttribute("data-stale", "true");
    await expect(app.button("Rerun everything")).toBeVisible();
  });
  await expect(inside).not.toHaveAttribute("data-stale", "true");
  await expect(outside).toHaveText("Full runs: 1");
});
