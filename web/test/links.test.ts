import { describe, expect, it } from "vitest";
import { safeLinkUrl } from "../src/app/elements/inputs";

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
