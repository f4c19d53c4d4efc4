// The shared label and help renderer (elements/common.tsx): label_visibility,
// markdown labels, and the keyboard-focusable help tooltip.
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import { Help, Icon, WidgetLabel } from "../src/app/elements/common";

let host: HTMLElement;
function mount(node: preact.ComponentChild): HTMLElement {
  host = document.createElement("div");
  document.body.appendChild(host);
  act(() => render(node, host));
  return host;
}
afterEach(() => {
  render(null, host);
  host.remove();
});

describe("WidgetLabel", () => {
  it.each(["visible", "hidden", "collapsed"] as const)("marks label_visibility=%s for the stylesheet", (vis) => {
    const root = mount(<WidgetLabel label="Name" help={null} visibility={vis} />);
    const label = root.querySelector('[data-testid="stWidgetLabel"]');
    expect(label?.getAttribute("data-visibility")).toBe(vis);
    expect(label?.textContent).toBe("Name");
  });

  it("renders the label as inline markdown, sanitized", () => {
    const root = mount(<WidgetLabel label={"**Bold** <img src=x onerror=alert(1)>"} help={null} visibility="visible" />);
    const label = root.querySelector('[data-testid="stWidgetLabel"]');
    expect(label?.textContent).toContain("Bold");
    expect(label?.textContent).not.toContain("**");
    expect(label?.querySelector("img")).toBeNull();
  });

  it("points at its input and shows the help icon only when there is help", () => {
    let root = mount(<WidgetLabel label="A" help={null} visibility="visible" htmlFor="in-1" />);
    expect(root.querySelector("label")?.getAttribute("for")).toBe("in-1");
    expect(root.querySelector('[data-testid="stTooltipIcon"]')).toBeNull();
    render(null, host);
    host.remove();
    root = mount(<WidgetLabel label="A" help="Some *help*" visibility="visible" />);
    expect(root.querySelector('[data-testid="stTooltipIcon"]')).not.toBeNull();
  });
});

describe("Help tooltip", () => {
  it("is focusable and shows its markdown on focus, hides on blur and Escape", () => {
    const root = mount(<Help text={"Pick **one** number"} />);
    const icon = root.querySelector<HTMLElement>('[data-testid="stTooltipIcon"]');
    expect(icon?.tabIndex).toBe(0);
    expect(root.querySelector('[data-testid="stTooltipContent"]')).toBeNull();
    act(() => {
      icon?.dispatchEvent(new FocusEvent("focus"));
    });
    const tip = root.querySelector('[data-testid="stTooltipContent"]');
    expect(tip?.querySelector("strong")?.textContent).toBe("one");
    act(() => {
      icon?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    });
    expect(root.querySelector('[data-testid="stTooltipContent"]')).toBeNull();
    act(() => {
      icon?.dispatchEvent(new MouseEvent("mouseenter"));
    });
    expect(root.querySelector('[data-testid="stTooltipContent"]')).not.toBeNull();
    act(() => {
      icon?.dispatchEvent(new FocusEvent("blur"));
    });
    expect(root.querySelector('[data-testid="stTooltipContent"]')).toBeNull();
  });

  it("sanitizes the help markdown", () => {
    const root = mount(<Help text={"<script>alert(1)</script>hi"} />);
    const icon = root.querySelector<HTMLElement>('[data-testid="stTooltipIcon"]');
    act(() => {
      icon?.dispatchEvent(new FocusEvent("focus"));
    });
    expect(root.querySelector("script")).toBeNull();
  });

  it("renders nothing without text", () => {
    const root = mount(<Help text={null} />);
    expect(root.innerHTML).toBe("");
  });
});

describe("Icon", () => {
  it("shows an emoji as text and a Material shortcode as an icon name", () => {
    const root = mount(
      <div>
        <Icon icon="🔥" />
        <Icon icon=":material/thumb_up:" />
      </div>,
    );
    expect(root.querySelector('[data-testid="stIconEmoji"]')?.textContent).toBe("🔥");
    expect(root.querySelector('[data-testid="stIconMaterial"]')?.textContent).toBe("thumb_up");
  });
});
