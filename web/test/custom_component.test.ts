// The render message a custom component gets (COMP-06, COMP-15, COMP-16):
// data arguments in `dfs` as Streamlit sends them, bytes in `args`.
import { describe, expect, it } from "vitest";
import type { CustomComponent } from "../src/protocol.gen";
import { componentValue, initialHeight, lateMessage, renderMessage, withStreamlitUrl } from "../src/app/elements/custom_component";

const theme = {
  base: "dark" as const,
  primaryColor: "#ff4b4b",
  backgroundColor: "#0e1117",
  secondaryBackgroundColor: "#262730",
  textColor: "#fafafa",
  font: '"Source Sans Pro", sans-serif',
};

function el(over: Partial<CustomComponent> = {}): CustomComponent {
  return {
    kind: "custom_component", id: "w", name: "__main__.c", url: "components/c/index.html",
    args: { n: 7 }, value: null, set_value: false, dfs: [], bytes_args: [], ...over,
  };
}

describe("renderMessage", () => {
  it("COMP-15 COMP-16 sends JSON args, the theme with the [theme] option names, not disabled", () => {
    expect(renderMessage(el(), theme)).toEqual({ type: "streamlit:render", args: { n: 7 }, dfs: [], disabled: false, theme });
    expect(Object.keys(theme).sort()).toEqual(
      ["backgroundColor", "base", "font", "primaryColor", "secondaryBackgroundColor", "textColor"],
    );
  });

  it("COMP-06 puts data arguments in dfs as {key, value: {data: {data, index, columns}}} and bytes in args", () => {
    const data = new Uint8Array([1, 2]);
    const index = new Uint8Array([3]);
    const columns = new Uint8Array([4]);
    const raw = new Uint8Array([0, 1]);
    const msg = renderMessage(el({ dfs: [{ key: "frame", data, index, columns, styler: null }], bytes_args: [{ key: "raw", data: raw }] }), theme);
    expect(msg["args"]).toEqual({ n: 7, raw });
    expect(msg["dfs"]).toEqual([{ key: "frame", value: { data: { data, index, columns } } }]);
  });

  it("COMP-06 COMP-13 sends a Styler's styling as the library's ArrowTable reads it (displayValues)", () => {
    const [data, index, columns, shown] = [new Uint8Array([1]), new Uint8Array([2]), new Uint8Array([3]), new Uint8Array([4])];
    const styler = { uuid: "abc", caption: "Fleet", styles: "#T_abc_row0_col1 { color: red }", display_values: shown };
    const msg = renderMessage(el({ dfs: [{ key: "s", data, index, columns, styler }] }), theme);
    expect(msg["dfs"]).toEqual([{
      key: "s",
      value: { data: { data, index, columns, styler: { uuid: "abc", caption: "Fleet", styles: "#T_abc_row0_col1 { color: red }", displayValues: shown } } },
    }]);
  });
});

describe("componentValue", () => {
  it("COMP-07 keeps JSON, tags a serialized ArrowTable and bytes", () => {
    expect(componentValue({ clicks: 3 }, "json")).toEqual({ clicks: 3 });
    expect(componentValue(3.14, undefined)).toBe(3.14);
    const data = new Uint8Array([1]);
    const index = new Uint8Array([2]).buffer;
    const columns = new Uint8Array([3]);
    expect(componentValue({ data, index, columns }, "dataframe")).toEqual({
      $component: "dataframe", data: new Uint8Array([1]), index: new Uint8Array([2]), columns: new Uint8Array([3]),
    });
    const typed = new Uint16Array([1]);
    expect(componentValue(typed, "bytes")).toEqual({ $component: "bytes", data: new Uint8Array(typed.buffer) });
    expect(componentValue(new Uint8Array([9]).buffer, "bytes")).toEqual({ $component: "bytes", data: new Uint8Array([9]) });
  });

  it("drops a malformed dataframe or bytes value", () => {
    expect(componentValue({ data: new Uint8Array([1]) }, "dataframe")).toBeUndefined();
    expect(componentValue("not bytes", "bytes")).toBeUndefined();
  });
});

describe("lateMessage", () => {
  it("COMP-09 COMP-20 is Streamlit's warning, with the dev server's address for a url= component", () => {
    const built = lateMessage("__main__.c", "components/c/index.html");
    expect(built).toMatch(/^Your app is having trouble loading the \*\*__main__\.c\*\* component\.\n\nIf this is an installed component/);
    expect(built).not.toContain("dev server");
    const dev = lateMessage("__main__.c", "http://localhost:3001");
    expect(dev).toContain("The app is attempting to load the component from **http://localhost:3001**,\nand hasn't received its `Streamlit.setComponentReady()` message.");
    expect(dev).toContain("If this is a development build, have you started the dev server?");
    for (const m of [built, dev]) {
      expect(m).toMatch(/\[Streamlit Component docs\]\(https:\/\/docs\.streamlit\.io\/develop\/concepts\/custom-components\) or visit our \[forums\]\(https:\/\/discuss\.streamlit\.io\)\.$/);
    }
  });
});

describe("withStreamlitUrl", () => {
  const page = { protocol: "https:", origin: "https://me.github.io", pathname: "/app/" };

  it("COMP-04 COMP-20 adds Streamlit's streamlitUrl (origin and path) to a component's address", () => {
    expect(withStreamlitUrl("components/c/index.html", page)).toBe(
      "components/c/index.html?streamlitUrl=https%3A%2F%2Fme.github.io%2Fapp%2F",
    );
    expect(withStreamlitUrl("http://localhost:3001/?a=1#x", page)).toBe(
      "http://localhost:3001/?a=1&streamlitUrl=https%3A%2F%2Fme.github.io%2Fapp%2F#x",
    );
  });

  it("leaves it off from file:// and for a single file's blob: frame", () => {
    expect(withStreamlitUrl("components/c/index.html", { protocol: "file:", origin: "null", pathname: "/a.html" })).toBe(
      "components/c/index.html",
    );
    expect(withStreamlitUrl("blob:https://me.github.io/1234", page)).toBe("blob:https://me.github.io/1234");
  });
});

describe("initialHeight", () => {
  it("COMP-12 is the call's height argument (a number or numeric string), else unset (0 under a skeleton)", () => {
    expect(initialHeight({ height: 300 })).toBe(300);
    expect(initialHeight({ height: "250" })).toBe(250);
    expect(initialHeight({ height: 0 })).toBe(0);
    expect(initialHeight({ height: "stretch" })).toBe(null);
    expect(initialHeight({ name: "x" })).toBe(null);
    expect(initialHeight(null)).toBe(null);
  });
});
