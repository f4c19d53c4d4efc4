import { describe, expect, it } from "vitest";
import { emojiMap } from "../src/app/emoji";
import { markdownToHtml, slugify } from "../src/app/markdown";

// Note: DOMPurify misbehaves under happy-dom (it keeps <script> and drops
// other tags), so these tests check marked's output before sanitizing;
// sanitizing is checked in Chromium (playwright/elements.spec.ts).
const renderMarkdown = (s: string, allowHtml = false): string => markdownToHtml(s, allowHtml, false);
const renderInline = (s: string): string => markdownToHtml(s, false, true);

describe("markdown", () => {
  it("renders GitHub-flavoured markdown", () => {
    const html = renderMarkdown("Some **bold** and ~~gone~~\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<del>gone</del>");
    expect(html).toContain("<table>");
  });

  it("escapes raw HTML unless allow_html", () => {
    const src = "<b>tags</b><script>window.x = 1</script>";
    const escaped = renderMarkdown(src);
    expect(escaped).not.toContain("<b>");
    expect(escaped).not.toContain("<script");
    expect(escaped).toContain("&lt;b&gt;tags&lt;/b&gt;");
    expect(renderMarkdown(src, true)).toContain("<b>tags</b>");
  });

  it("colours text with :color[...] and :color-background[...]", () => {
    expect(renderInline(":red[hot] and :blue-background[**cool**]")).toBe(
      '<span class="wl-fg-red">hot</span> and <span class="wl-bg-blue"><strong>cool</strong></span>',
    );
    expect(renderInline(":grey[x]")).toBe('<span class="wl-fg-gray">x</span>');
    expect(renderInline(":nocolor[x]")).toBe(":nocolor[x]");
  });

  it("replaces emoji shortcodes once the map is loaded", () => {
    emojiMap.value = { paw_prints: "\u{1F43E}", balloon: "\u{1F388}" };
    expect(renderInline("a :paw_prints: and :balloon: but :nope: and 12:30:45")).toBe(
      "a \u{1F43E} and \u{1F388} but :nope: and 12:30:45",
    );
  });

  it("gives headings anchors", () => {
    const html = renderMarkdown("## Hello, World!");
    expect(html).toContain('<h2 id="hello-world">');
    expect(html).toContain('href="#hello-world"');
    expect(slugify("Über  uns")).toBe("über-uns");
  });

});
