// apps/062_form_map.py (example 062): a form of color pickers and sliders
// in columns that restyles a map of random points only on 'Update map'.
import { expect, sliderValue, test } from "./helpers";
import { submit } from "./seed_helpers";

test("FORM-20 FORM-05 FORM-02 FORM-03 WID-33 WID-36 the map changes only on Update map; Generate new points does not send the form's changes", async ({ app }) => {
  test.setTimeout(240_000); // numpy and pandas on a busy machine
  await app.page.goto(app.url("062_form_map"));
  await app.waitReady(200_000);
  const form = app.page.getByTestId("stForm");
  await expect(form.getByTestId("stHeading")).toHaveText(["Color", "Opacity", "Size"]);
  await expect(form.getByTestId("stColorPickerValue")).toHaveText([/^#0000FF$/i, /^#FF0000$/i]);
  const points = app.main().getByTestId("stDeckGlJsonChart").locator("g.mark-symbol path");
  await expect(points).toHaveCount(200);
  // Team A is every even row: blue with the 50% opacity as a 2-digit alpha (FORM-20).
  const first = points.first();
  await expect(first).toHaveAttribute("fill", /^#0000FF7f$/i);
  await expect(points.nth(1)).toHaveAttribute("fill", /^#FF00007f$/i);
  const where = () => first.getAttribute("transform");
  const before = await where();

  // Change A's opacity inside the form: no rerun, the map stays.
  const runs = await app.page.getByTestId("stApp").getAttribute("data-test-run-count");
  const opacity = app.slider("A opacity");
  await opacity.focus();
  await opacity.press("ArrowRight");
  await expect.poll(() => sliderValue(opacity)).toBe("51");
  await expect(app.page.getByTestId("stApp")).toHaveAttribute("data-test-run-count", runs ?? "");
  await expect(first).toHaveAttribute("fill", /^#0000FF7f$/i);

  // New points: a rerun that does not send the unsubmitted opacity (FORM-05).
  await app.click("Generate new points");
  await expect.poll(where).not.toBe(before);
  await expect(points).toHaveCount(200);
  await expect(first).toHaveAttribute("fill", /^#0000FF7f$/i);
  await expect.poll(() => sliderValue(opacity)).toBe("51"); // still pending in the form

  await submit(app, "Update map");
  await expect(first).toHaveAttribute("fill", /^#0000FF82$/i); // int(51*255/100) = 130 = 0x82
  await expect(points.nth(1)).toHaveAttribute("fill", /^#FF00007f$/i);
});
