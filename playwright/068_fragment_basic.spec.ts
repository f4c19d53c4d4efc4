// apps/068_fragment_basic.py (example 068): the simplest fragment.
import { expect, test } from "./helpers";

test("FRAG-01 FRAG-02 clicking 'Hi!' reruns the fragment and shows 'Hi back!'", async ({ app }) => {
  await app.open("068_fragment_basic");
  await expect(app.element("Hi back!")).toHaveCount(0);
  await app.click("Hi!");
  await expect(app.element("Hi back!")).toBeVisible();
});
