// media.tsx: which URLs from the script the page may load (EL-16).
import { describe, expect, it } from "vitest";
import { safeMediaUrl } from "../src/app/elements/media";
import { STREAMLIT_CATEGORY, STREAMLIT_THEME } from "../src/app/elements/charts_theme";

describe("safeMediaUrl", () => {
  it("passes web URLs and inline data of the element's own type", () => {
    expect(safeMediaUrl("https://example.com/a.png", "image")).toBe("https://example.com/a.png");
    expect(safeMediaUrl(" http://x/y.mp4", "video")).toBe("http://x/y.mp4");
    expect(safeMediaUrl("data:image/png;base64,AAAA", "image")).toBe("data:image/png;base64,AAAA");
    expect(safeMediaUrl("data:audio/wav;base64,AAAA", "audio")).toBe("data:audio/wav;base64,AAAA");
  });
  it("refuses script URLs and data of another type", () => {
    expect(safeMediaUrl("javascript:alert(1)", "image")).toBeNull();
    expect(safeMediaUrl("data:text/html,<script>", "image")).toBeNull();
    expect(safeMediaUrl("data:image/png;base64,AAAA", "video")).toBeNull();
    expect(safeMediaUrl("file:///etc/passwd", "audio")).toBeNull();
  });
});

describe("the streamlit chart theme", () => {
  it("uses Streamlit's categorical palette", () => {
    expect(STREAMLIT_CATEGORY[0]).toBe("#0068c9");
    expect(STREAMLIT_THEME.range?.category).toEqual([...STREAMLIT_CATEGORY]);
  });
});
