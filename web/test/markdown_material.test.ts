// `:material/name:` in markdown (CHECKLIST MPA-14): a glyph of the bundled font.
import { describe, expect, it } from "vitest";
import { markdownToHtml } from "../src/app/markdown";

const inline = (s: string): string => markdownToHtml(s, false, true);

describe("material icons in markdown", () => {
  it("MPA-14 draws :material/name: as an icon span, in text and labels", () => {
    expect(inline(":material/login: Log in")).toBe(
      '<span class="wl-material-icon" data-testid="stIconMaterial">login</span> Log in',
    );
    expect(inline("**Tab** :material/thumb_up:")).toBe(
      '<strong>Tab</strong> <span class="wl-material-icon" data-testid="stIconMaterial">thumb_up</span>',
    );
  });

  it("leaves anything that is not a material shortcode alone", () => {
    expect(inline(":material/Not An Icon:")).toBe(":material/Not An Icon:");
    expect(inline(":materials/login:")).toBe(":materials/login:");
  });
});
