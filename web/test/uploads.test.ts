import { describe, expect, it } from "vitest";
import { filesOf, rejection, sizeDisplay } from "../src/app/elements/uploads_view";
import type { JSONValue } from "../src/protocol.gen";

describe("st.file_uploader on the page", () => {
  it("shows sizes as Streamlit does", () => {
    expect(sizeDisplay(16)).toBe("16.0B");
    expect(sizeDisplay(1536)).toBe("1.5KB");
    expect(sizeDisplay(200 * 1024 * 1024)).toBe("200.0MB");
    expect(sizeDisplay(200 * 1024 * 1024, 0)).toBe("200MB");
  });

  it("rejects a wrong type or a file over the limit with Streamlit's messages", () => {
    const csv = [".csv"];
    expect(rejection({ name: "a.CSV", type: "text/csv", size: 3 }, csv, 200)).toBeNull();
    expect(rejection({ name: "a.txt", type: "text/plain", size: 3 }, csv, 200)).toBe("text/plain files are not allowed.");
    expect(rejection({ name: "a.xyz", type: "", size: 3 }, csv, 200)).toBe(".xyz files are not allowed.");
    expect(rejection({ name: "a.bin", type: "", size: 3 }, [], 200)).toBeNull();
    expect(rejection({ name: "big.csv", type: "text/csv", size: 201 * 1024 * 1024 }, csv, 200)).toBe(
      "File must be 200.0MB or smaller.",
    );
  });

  it("reads the files a widget value lists, ignoring anything malformed", () => {
    const value: JSONValue = { max_file_id: 3, files: [{ file_id: 2, name: "a.csv", type: "text/csv", size: 4 }, { file_id: "x" }] };
    expect(filesOf(value)).toEqual([{ file_id: 2, name: "a.csv", type: "text/csv", size: 4 }]);
    expect(filesOf(null)).toEqual([]);
    expect(filesOf([1, 2])).toEqual([]);
  });
});
