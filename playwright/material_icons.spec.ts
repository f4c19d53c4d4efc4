// apps/material_icons.py: `:material/<name>:` icons drawn from the Material
// Symbols font in the bundle (Note [Icon font] in web/src/app/styles.css).
import { expect, RUN_TIMEOUT, test } from "./helpers";

test("MPA-14 material icons are glyphs of the bundled font, fetched only once an icon shows", async ({ app }) => {
  const page = app.page;
  const fonts: string[] = [];
  page.on("request", (req) => {
    if (req.url().endsWith(".woff2")) fonts.push(req.url());
  });
  await app.open("material_icons");
  expect(fonts).toEqual([]); // no icon yet: the @font-face cost nothing

  await page.getByRole("button", { name: "Show icons" }).click();
  const icons = app.main().getByTestId("stIconMaterial");
  await expect(icons).toHaveCount(5, { timeout: RUN_TIMEOUT });
  // Ligature names, drawn as glyphs: icon= of a button, an alert and an expander,
  // then the shortcode in a tab label and in markdown.
  await expect(icons).toHaveText(["login", "thumb_up", "info", "home", "star"]);
  await expect.poll(() => page.evaluate(() => document.fonts.check('24px "Material Symbols Rounded"'))).toBe(true);
  expect(fonts).toHaveLength(1);
  expect(new URL(fonts[0] ?? "").pathname).toMatch(/\/assets\/material-symbols-rounded-[A-Z0-9]+\.woff2$/);
  // A glyph is about as wide as it is tall; the name "thumb_up" in a text font is far wider.
  for (let i = 0; i < 5; i++) {
    const box = await icons.nth(i).boundingBox();
    expect(box).not.toBeNull();
    if (box) expect(box.width).toBeLessThan(box.height * 1.5);
  }
});
