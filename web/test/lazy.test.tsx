// Note [Lazy renderers] and Note [Lazy markdown]: what a user sees before and
// after a renderer's chunk arrives, and when it cannot arrive.
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MarkdownHtml } from "../src/app/elements/common";
import { lazyRenderers } from "../src/app/lazy";

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});
function mount(node: preact.ComponentChild): HTMLElement {
  host = document.createElement("div");
  document.body.append(host);
  act(() => render(node, host!));
  return host;
}

type Mod = { shout: (p: { text: string }) => preact.JSX.Element };

describe("lazyRenderers", () => {
  it("draws a busy placeholder without the real test id, then the real renderer once its module loads", async () => {
    let resolve!: (m: Mod) => void;
    const load = vi.fn(() => new Promise<Mod>((r) => (resolve = r)));
    const { shout: Shout } = lazyRenderers<Mod>("shouting", load, ["shout"]);
    const root = mount(
      <>
        <Shout text="a" />
        <Shout text="b" />
      </>,
    );
    expect(root.querySelectorAll('[aria-busy="true"]').length).toBe(2);
    expect(root.querySelector("[data-testid]")).toBeNull();
    expect(load).toHaveBeenCalledTimes(1); // two elements, one import
    await act(async () => {
      resolve({ shout: ({ text }) => <b data-testid="stShout">{text.toUpperCase()}</b> });
      await Promise.resolve();
    });
    expect([...root.querySelectorAll('[data-testid="stShout"]')].map((e) => e.textContent)).toEqual(["A", "B"]);
    expect(root.querySelector('[aria-busy="true"]')).toBeNull();
  });

  it("says what could not be loaded and what to do when the chunk fails", async () => {
    const err = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { shout: Shout } = lazyRenderers<Mod>("the shouting widget", () => Promise.reject(new Error("offline")), ["shout"]);
    const root = mount(<Shout text="a" />);
    await act(async () => {
      await Promise.resolve();
      await Promise.resolve();
    });
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain("Could not load the shouting widget (offline)");
    expect(alert?.textContent).toContain("Reload the page");
    err.mockRestore();
  });
});

describe("MarkdownHtml", () => {
  it("renders markdown once the renderer is there (setup.ts loads it, as main.tsx does at start)", () => {
    const root = mount(<MarkdownHtml body={"**bold** and *more*"} testid="stMarkdown" />);
    expect(root.querySelector('[data-testid="stMarkdown"] strong')?.textContent).toBe("bold");
    expect(root.querySelector('[aria-busy="true"]')).toBeNull();
  });
});
