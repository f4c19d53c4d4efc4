import { describe, expect, it } from "vitest";
import { safeLinkUrl } from "../src/app/elements/inputs";
import { safeImageUrl } from "../src/app/elements/layout";

describe("st.link_button URLs", () => {
  it("follows web and mail links, relative ones against the page", () => {
    expect(safeLinkUrl("https://docs.streamlit.io/")).toBe("https://docs.streamlit.io/");
    expect(safeLinkUrl("mailto:a@b.c")).toBe("mailto:a@b.c");
    expect(safeLinkUrl("other/page")).toMatch(/^https?:\/\/.*\/other\/page$/);
  });

  it("never turns data into code: javascript: and data: URLs are not links", () => {
    expect(safeLinkUrl("javascript:alert(1)")).toBeNull();
    expect(safeLinkUrl(" JavaScript:alert(1)")).toBeNull();
    expect(safeLinkUrl("data:text/html,<script>alert(1)</script>")).toBeNull();
  });
});

describe("chat avatar images", () => {
  it("loads web images and inline image data, nothing else", () => {
    expect(safeImageUrl("https://example.com/a.png")).toBe("https://example.com/a.png");
    expect(safeImageUrl("data:image/png;base64,iVBOR")).toBe("data:image/png;base64,iVBOR");
    expect(safeImageUrl("data:text/html,<script>alert(1)</script>")).toBeNull();
    expect(safeImageUrl("javascript:alert(1)")).toBeNull();
  });
});
