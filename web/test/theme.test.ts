// The custom theme's variables (Note [Theme variables] in chrome/theme.ts).
import { describe, expect, it } from "vitest";
import { hasCustomTheme, themeVariables } from "../src/app/chrome/theme";
import type { Theme } from "../src/protocol.gen";

const NONE: Theme = { base: null, primary_color: null, background_color: null, secondary_background_color: null, text_color: null, font: null };

describe("themeVariables", () => {
  it("CFG-27 sets only the options the config names (the rest inherit from base)", () => {
    expect(themeVariables({ ...NONE, base: "dark", primary_color: "purple" })).toEqual({
      "--wl-primary": "purple",
      "--wl-primary-hover": "color-mix(in srgb, purple 85%, black)",
    });
    expect(themeVariables(NONE)).toEqual({});
    expect(hasCustomTheme(NONE)).toBe(false);
    expect(hasCustomTheme({ ...NONE, font: "serif" })).toBe(true);
  });

  it("CFG-23 CFG-24 CFG-25 CFG-26 colours and fonts map to the page's variables", () => {
    const vars = themeVariables({
      ...NONE, background_color: "#000", secondary_background_color: "#111", text_color: "#eee", font: "monospace",
    });
    expect(vars["--wl-bg"]).toBe("#000");
    expect(vars["--wl-bg2"]).toBe("#111");
    expect(vars["--wl-text"]).toBe("#eee");
    expect(vars["--wl-text-muted"]).toContain("#eee");
    expect(vars["--wl-font"]).toBe("var(--wl-mono)");
    expect(themeVariables({ ...NONE, font: "sans serif" })["--wl-font"]).toBeUndefined();
  });
});
