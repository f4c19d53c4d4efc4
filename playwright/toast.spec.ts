// apps/toast.py: st.toast in the corner, updated in place, closed by hand or by its duration.
import { expect, test } from "./helpers";

test("ANIM-08 a toast updates in place and closes with its button", async ({ app }) => {
  await app.open("toast");
  await app.click("Save");
  const toast = app.page.getByTestId("stToast");
  await expect(toast).toHaveCount(1);
  await expect(toast).toContainText("Saved!");
  await expect(toast.getByTestId("stToastDynamicIcon")).toHaveText("✅");
  await expect(app.page.getByTestId("stEvent")).toContainText("Saved!"); // not in the main column
  await expect(app.main()).not.toContainText("Saved!");
  await toast.getByRole("button", { name: "Close" }).click();
  await expect(toast).toHaveCount(0);
});

test("a toast with a duration goes away by itself", async ({ app }) => {
  await app.open("toast");
  await app.click("Flash");
  const toast = app.page.getByTestId("stToast");
  await expect(toast).toHaveText(/Gone in a second/);
  await expect(toast).toHaveCount(0, { timeout: 10_000 });
});

test("st.balloons and st.snow play once over the page and take no room", async ({ app }) => {
  await app.open("toast");
  const end = app.main().getByText("page end");
  const before = await end.boundingBox();
  await app.click("Celebrate");
  await expect(app.page.getByTestId("stBalloons")).toHaveCount(1);
  await expect(app.page.getByTestId("stSnow")).toHaveCount(1);
  expect((await end.boundingBox())?.y).toBe(before?.y);
  await expect(app.page.getByTestId("stBalloons")).toHaveCount(0, { timeout: 10_000 });
  await expect(app.page.getByTestId("stSnow")).toHaveCount(0);
});

test("st.link_button opens its URL in a new tab; a javascript: URL is not a link", async ({ app }) => {
  await app.open("toast");
  const docs = app.page.getByTestId("stLinkButton").filter({ hasText: "Streamlit docs" }).locator("a");
  await expect(docs).toHaveAttribute("href", "https://docs.streamlit.io/");
  await expect(docs).toHaveAttribute("target", "_blank");
  const sneaky = app.page.getByTestId("stLinkButton").filter({ hasText: "Sneaky" }).locator("a");
  await expect(sneaky).not.toHaveAttribute("href", /.*/);
  await expect(sneaky).toHaveAttribute("aria-disabled", "true");
});
