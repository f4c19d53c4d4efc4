// apps/widgets.py: each widget's default, and the value the script and
// session state see after the user changes it.
import { expect, sliderValue, test } from "./helpers";

const DEFAULTS = "agree=False name=Ada count=2 ratio=0.0 level=5 window=(20, 80) color=None";

test("WID-23 WID-25 WID-30 WID-31 WID-33 WID-34 SS-13 widgets start at their defaults, mirrored in session state", async ({ app }) => {
  await app.open("widgets");
  const text = app.main().getByTestId("stText");
  await expect(text).toHaveText([`values: ${DEFAULTS}`, `state: ${DEFAULTS.replace(" ratio=0.0", "")}`]);

  await expect(app.checkbox("I agree").getByRole("checkbox")).not.toBeChecked();
  await expect(app.textInput("Name")).toHaveValue("Ada");
  await expect(app.numberInput("Count").locator("input")).toHaveValue("2");
  await expect(app.numberInput("Ratio").locator("input")).toHaveValue(/^0(\.0+)?$/);
  expect(await sliderValue(app.slider("Level"))).toBe("5");
  await expect(app.slider("Window")).toHaveCount(2);
  expect(await sliderValue(app.slider("Window").first())).toBe("20");
  expect(await sliderValue(app.slider("Window").last())).toBe("80");
  await expect(app.page.getByTestId("stSelectbox")).toContainText("Pick a color");
  await expect(app.textInput("Locked")).toBeDisabled();
  await expect(app.textInput("Locked")).toHaveValue("fixed");
});

test("WID-25 help= shows a tooltip icon; every widget has its label", async ({ app }) => {
  await app.open("widgets");
  await expect(app.checkbox("I agree").getByTestId("stTooltipIcon")).toHaveCount(1);
  for (const label of ["Name", "Count", "Ratio", "Level", "Window", "Color", "Locked"]) {
    await expect(app.page.getByTestId("stWidgetLabel").filter({ hasText: label }).first(), label).toBeVisible();
  }
});

test("SS-13 WID-14 WID-32 WID-38 WID-41 each change reaches the script and session state; other widgets keep theirs", async ({ app }) => {
  await app.open("widgets");
  const values = app.main().getByTestId("stText").first();

  await app.toggle("I agree");
  await expect(values).toContainText("agree=True name=Ada");

  await app.typeAndCommit("Name", "Grace");
  await expect(values).toContainText("agree=True name=Grace count=2");

  await app.step("Count", "Down");
  await expect(values).toContainText("count=1 ");
  await app.step("Count");
  await app.step("Count");
  await expect(values).toContainText("count=3 ");
  await expect(app.numberInput("Count").locator("input")).toHaveValue("3");

  await app.nudge(app.slider("Level"));
  await expect(values).toContainText("level=6 window=(20, 80)");

  await app.nudge(app.slider("Window").first());
  await expect(values).toContainText("window=(21, 80)");

  await app.choose("Color", "green");
  await expect(values).toHaveText("values: agree=True name=Grace count=3 ratio=0.0 level=6 window=(21, 80) color=green");
  await expect(app.main().getByTestId("stText").last()).toHaveText(
    "state: agree=True name=Grace count=3 level=6 window=(21, 80) color=green",
  );
});
