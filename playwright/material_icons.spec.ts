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

test("MPA-13 MPA-14 a :material/ page_icon becomes the favicon, drawn from the font", async ({ app }) => {
  await app.open("material_favicon");
  await expect(app.page).toHaveTitle("Rockets");
  const href = () => app.page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? "");
  await expect.poll(href).toMatch(/^data:image\/png;base64,/);
  // Not an empty canvas: some pixels of the glyph are drawn.
  const inked = await app.page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext("2d");
    if (!ctx) return 0;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < px.length; i += 4) if ((px[i] ?? 0) > 0) n++;
    return n;
  }, await href());
  expect(inked).toBeGreaterThan(100);
});
