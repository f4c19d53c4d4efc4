// apps/013_button_process_stages.py (example 013): stages driven by
// on_click / on_change callbacks with args.
import { expect, test } from "./helpers";

test("BTN-07 SS-21 SS-22 WID-26 staged process: Begin, name, color, Start Over", async ({ app }) => {
  await app.open("013_button_process_stages");
  await expect(app.page.getByTestId("stTextInput")).toHaveCount(0);
  await app.click("Begin");
  await expect(app.button("Begin")).toHaveCount(0);

  await app.typeAndCommit("Name", "Ada");
  await expect(app.main().getByText("Hello Ada!")).toBeVisible();
  const color = app.page.getByTestId("stSelectbox").filter({ hasText: "Pick a Color" });
  await expect(color).toContainText("None");
  await expect(app.main().getByText("Thank you!")).toHaveCount(0);

  await app.choose("Pick a Color", "green");
  const thanks = app.main().getByText("Thank you!", { exact: true });
  await expect(thanks).toBeVisible();
  await expect(app.main()).not.toContainText(":green[");
  await expect(app.button("Start Over")).toBeVisible();

  await app.click("Start Over");
  await expect(app.button("Begin")).toBeVisible();
  await expect(app.page.getByTestId("stTextInput")).toHaveCount(0);
  await expect(app.page.getByTestId("stSelectbox")).toHaveCount(0);
});
