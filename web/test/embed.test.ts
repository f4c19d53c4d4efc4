// The host page's theme message (Note [Embedding] in app/embed.ts).
import { describe, expect, it } from "vitest";
import { parseHostTheme } from "../src/app/embed";

describe("parseHostTheme", () => {
  it("takes Streamlit's component theme fields (COMP-15), each optional, base light unless dark", () => {
    expect(parseHostTheme({ base: "dark", primaryColor: "#ff00aa" })).toEqual({
      base: "dark", primary_color: "#ff00aa", background_color: null, secondary_background_color: null, text_color: null, font: null,
    });
    expect(parseHostTheme({ backgroundColor: "rgb(1, 2, 3)", textColor: "white", font: "serif" })).toMatchObject({
      base: "light", background_color: "rgb(1, 2, 3)", text_color: "white", font: "serif",
    });
  });

  it("null clears; a non-object is not a theme", () => {
    expect(parseHostTheme(null)).toBeNull();
    expect(parseHostTheme("dark")).toBeUndefined();
    expect(parseHostTheme(undefined)).toBeUndefined();
  });

  it("drops values that could escape a CSS declaration, and unknown fonts", () => {
    const t = parseHostTheme({ primaryColor: "red; background: url(//x)", textColor: "}", font: "Comic Sans" });
    expect(t).toMatchObject({ primary_color: null, text_color: null, font: null });
  });
});
