// apps/status_container.py: st.status with update() and its with-block.
import { expect, test } from "./helpers";

test("ANIM-07 st.status shows its state icon and updated label, and keeps its contents", async ({ app }) => {
  await app.open("status_container");
  const [done, failed] = [app.page.getByTestId("stExpander").nth(0), app.page.getByTestId("stExpander").nth(1)];
  await expect(done).toHaveAttribute("data-state", "complete");
  await expect(done.locator("summary")).toContainText("Download complete!");
  await expect(done.getByRole("img", { name: "complete" })).toBeVisible();
  await expect(done.getByTestId("stExpanderDetails")).toBeHidden(); // update(expanded=False)
  await done.locator("summary").click();
  await expect(done.getByTestId("stExpanderDetails")).toContainText("Searching for data...");
  await expect(done.getByTestId("stExpanderDetails")).toContainText("Found URL.");

  await expect(failed).toHaveAttribute("data-state", "error");
  await expect(failed.getByRole("img", { name: "error" })).toBeVisible();
  await app.click("Again");
  await expect(done).toHaveAttribute("data-state", "complete");
});
