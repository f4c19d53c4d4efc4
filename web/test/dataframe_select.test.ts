// The grid's selection state (issue #6, Note [Selections in the page]):
// st.dataframe(on_select=..., selection_mode=...) rows and columns.
import { describe, expect, it } from "vitest";
import {
  NO_SELECTION,
  parseSelection,
  selectionValue,
  toggleColumn,
  toggleRow,
} from "../src/app/elements/data_grid";

describe("dataframe selections (DF selection, issue #6)", () => {
  it("multi-row toggles rows on and off, kept in original-position order", () => {
    let s = toggleRow(NO_SELECTION, 3, ["multi-row"]);
    s = toggleRow(s, 1, ["multi-row"]);
    expect(s.rows).toEqual([1, 3]);
    s = toggleRow(s, 3, ["multi-row"]);
    expect(s).toEqual({ rows: [1], columns: [] });
  });

  it("single-row keeps at most one row", () => {
    let s = toggleRow(NO_SELECTION, 2, ["single-row"]);
    s = toggleRow(s, 5, ["single-row"]);
    expect(s.rows).toEqual([5]);
    expect(toggleRow(s, 5, ["single-row"]).rows).toEqual([]);
  });

  it("rows are not selectable in a column-only mode", () => {
    expect(toggleRow(NO_SELECTION, 0, ["multi-column"])).toBe(NO_SELECTION);
  });

  it("single- and multi-column select column names", () => {
    let s = toggleColumn(NO_SELECTION, "a", ["multi-column"]);
    s = toggleColumn(s, "b", ["multi-column"]);
    expect(s.columns).toEqual(["a", "b"]);
    s = toggleColumn(s, "a", ["multi-column"]);
    expect(s.columns).toEqual(["b"]);
    let one = toggleColumn(NO_SELECTION, "a", ["single-column", "multi-row"]);
    one = toggleColumn(one, "b", ["single-column", "multi-row"]);
    expect(one.columns).toEqual(["b"]);
    expect(toggleColumn(NO_SELECTION, "a", ["multi-row"])).toBe(NO_SELECTION);
  });

  it("the widget value round-trips as Streamlit's selection object", () => {
    const text = selectionValue({ rows: [0, 2], columns: ["x"] });
    expect(JSON.parse(text)).toEqual({ selection: { rows: [0, 2], columns: ["x"] } });
    expect(parseSelection(text)).toEqual({ rows: [0, 2], columns: ["x"] });
  });

  it("a missing or malformed value is an empty selection", () => {
    expect(parseSelection(null)).toEqual(NO_SELECTION);
    expect(parseSelection("{not json")).toEqual(NO_SELECTION);
    expect(parseSelection('{"selection":{"rows":["a",1.5,4],"columns":[1,"c"]}}')).toEqual({ rows: [4], columns: ["c"] });
  });
});

describe("DF-46: a selection inside a form waits for the submit", () => {
  it("a selection change in a form sends nothing until submit", async () => {
    const { Session } = await import("../src/app/session");
    const { blk, el } = await import("./helpers");
    const sent: unknown[] = [];
    const s = new Session((m) => sent.push(m));
    s.handle({ type: "script_started", run_id: 1, fragment_ids: [] });
    s.handle(blk(1, [0, 0], { kind: "form", form_id: "f", clear_on_submit: false, enter_to_submit: true, border: true }));
    s.handle(el(1, [0, 0, 0], {
      kind: "dataframe", data: new Uint8Array(0), columns: [], width: null, height: null,
      use_container_width: false, selection_mode: ["multi-row"], selection_id: "sel",
    }));
    s.handle({ type: "script_finished", run_id: 1, status: "ok" });
    expect(s.formOf("sel")?.block.form_id).toBe("f");
    s.change("sel", '{"selection":{"rows":[1],"columns":[]}}');
    expect(sent).toEqual([]);
    expect(s.widgets.hasUnsubmitted("f")).toBe(true);
  });
});
