// A pandas Styler in the grid and in st.table (Note [Styler in the grid] in
// py/wasmlit/dataframe/styler.py): display values, cell colours and the caption.
import { int64, tableFromArrays, tableToIPC, utf8 } from "@uwdata/flechette";
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import type { DataColumn } from "../src/protocol.gen";
import { DataGrid, StaticTable } from "../src/app/elements/data_grid";

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function column(name: string, over: Partial<DataColumn> = {}): DataColumn {
  return {
    name, label: name, type: "number", is_index: false, hidden: false, width: null, help: null,
    disabled: true, required: false, pinned: false, format: null, timezone: null,
    type_options: '{"is_int": true}', default: null, ...over,
  };
}

function styledIpc(): Uint8Array {
  const table = tableFromArrays(
    {
      price: [1n, 2n],
      __wl_display__price: ["$1.00", "$2.00"],
      __wl_css__price: [null, "background-color: yellow; color: rgb(255, 0, 0); background-image: url(x)"],
    },
    { types: { price: int64(), __wl_display__price: utf8(), __wl_css__price: utf8() } },
  );
  table.schema.metadata = new Map([["wasmlit.caption", "Prices"]]);
  return tableToIPC(table, { format: "stream" }) as Uint8Array;
}

function mount(node: preact.ComponentChild): void {
  host = document.createElement("div");
  document.body.appendChild(host);
  act(() => render(node, host));
}

describe("Styler cells", () => {
  it("the grid shows display values, the allowed colours and the caption", () => {
    mount(<DataGrid data={styledIpc()} columns={[column("price")]} width={null} height={null}
      useContainerWidth={false} editor={null} testid="stDataFrame" />);
    const cells = host.querySelectorAll<HTMLElement>('[role=gridcell][data-column="price"]');
    expect([...cells].map((c) => c.textContent)).toEqual(["$1.00", "$2.00"]);
    expect(cells[1]?.style.backgroundColor).toBe("yellow");
    expect(cells[1]?.style.color).toBe("rgb(255, 0, 0)");
    expect(cells[1]?.getAttribute("style")).not.toContain("url");
    expect(cells[0]?.style.backgroundColor).toBe("");
    expect(host.querySelector('[data-testid="stDataFrameCaption"]')?.textContent).toBe("Prices");
  });

  it("st.table shows them too", () => {
    mount(<StaticTable data={styledIpc()} columns={[column("price")]} />);
    const tds = host.querySelectorAll<HTMLElement>("td");
    expect([...tds].map((c) => c.textContent)).toEqual(["$1.00", "$2.00"]);
    expect(tds[1]?.style.backgroundColor).toBe("yellow");
    expect(host.querySelector("caption")?.textContent).toBe("Prices");
  });
});
