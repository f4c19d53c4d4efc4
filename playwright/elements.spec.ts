// apps/elements.py: the display elements and layout blocks of the skeleton.
import { comesBefore, expect, test } from "./helpers";

test("EL-01 EL-02 EL-04 EL-05 headings, caption, text, code and divider", async ({ app }) => {
  await app.open("elements");
  const main = app.main();
  await expect(main.getByTestId("stHeading")).toHaveText(["Elements title", "Elements header", "Elements subheader"]);
  await expect(main.locator("h1")).toContainText("Elements title");
  await expect(main.locator("h2")).toContainText("Elements header");
  await expect(main.locator("h3")).toContainText("Elements subheader");
  await expect(main.getByTestId("stCaptionContainer")).toContainText("A caption");
  await expect(main.getByTestId("stText")).toHaveText("fixed-width text");
  await expect(main.getByTestId("stCode")).toContainText("print('hello')");
  await expect(main.locator("hr")).toHaveCount(1);
});

test("EL-03 markdown: bold, italic, code, emoji shortcodes; HTML sanitized", async ({ app }) => {
  await app.open("elements");
  const first = app.main().getByTestId("stMarkdown").filter({ hasText: "Some" });
  await expect(first.getByTestId("stMarkdownContainer")).toHaveCount(1);
  await expect(first.locator("strong")).toHaveText("bold");
  await expect(first.locator("em")).toHaveText("italic");
  await expect(first.locator("code")).toHaveText("code");
  await expect(first).toContainText("😄");
  await expect(first).not.toContainText(":smile:");

  // Without unsafe_allow_html no tag is rendered; with it, tags are but no script runs.
  const escaped = app.main().getByTestId("stMarkdown").filter({ hasText: "Escaped" });
  await expect(escaped.locator("b, script")).toHaveCount(0);
  const allowed = app.main().getByTestId("stMarkdown").filter({ hasText: "allowed html" });
  await expect(allowed.locator("i")).toHaveText("allowed html");
  await expect(allowed.locator("[onerror]")).toHaveCount(0);
  expect(await app.page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
});

test("EL-06 EL-08 st.write of strings, numbers, lists, dicts and exceptions; alerts", async ({ app }) => {
  await app.open("elements");
  const main = app.main();
  await expect(main.getByTestId("stMarkdown").filter({ hasText: "A string with" }).locator("strong")).toHaveText("markdown");
  await expect(main).toContainText("42");
  await expect(main).toContainText("key");
  await expect(main).toContainText("value");
  const written = main.getByTestId("stException");
  await expect(written).toContainText("ValueError");
  await expect(written).toContainText("written, not raised");
  await expect(main.getByTestId("stAlert")).toHaveText([/a success/, /an info/, /a warning/, /an error/]);
});

test("EL-17 EL-18 EL-26 columns with relative widths, filled through the returned containers", async ({ app }) => {
  await app.open("elements");
  const row = app.main().getByTestId("stHorizontalBlock");
  await expect(row).toHaveCount(1);
  const cols = row.getByTestId("stColumn");
  await expect(cols).toHaveCount(3);
  await expect(cols.nth(0)).toHaveText("first column");
  await expect(cols.nth(1)).toHaveText("");
  await expect(cols.nth(2)).toHaveText("third column");
  const [w0, w2] = await Promise.all([cols.nth(0).boundingBox(), cols.nth(2).boundingBox()]);
  expect(w2!.width / w0!.width, "column widths follow [1, 2, 2]").toBeGreaterThan(1.5);
});

test("ANIM-01 ANIM-02 EL-19 EL-22 st.empty holds one element; a container shows what is written into it later at its place", async ({ app }) => {
  await app.open("elements");
  const main = app.main();
  await expect(main.getByText("placeholder second")).toBeVisible();
  await expect(main.getByText("placeholder first")).toHaveCount(0);
  await expect(main.getByText("will be cleared")).toHaveCount(0);
  const later = main.getByText("written last, shown first");
  expect(await comesBefore(later, main.getByText("written second, shown after")), "the container's content comes first").toBe(true);
});

test("EL-20 EL-21 sidebar and expander", async ({ app }) => {
  await app.open("elements");
  await expect(app.page.getByTestId("stSidebar")).toContainText("in the sidebar");
  await expect(app.main()).not.toContainText("in the sidebar");
  const expander = app.main().getByTestId("stExpander");
  await expect(expander).toContainText("Expander label");
  const inside = expander.getByText("inside the expander");
  await expect(inside).toBeHidden();
  await expander.getByText("Expander label").click();
  await expect(inside).toBeVisible();
});
