// Note [Bulk bytes] in protocol.py: bytes travel beside the JSON, both ways.
import { describe, expect, it } from "vitest";
import { decodeForward, encodeBack } from "../src/app/channel";

describe("bulk bytes on the channel", () => {
  it("puts each buffer back where its placeholder was", () => {
    const json = new TextEncoder().encode(
      JSON.stringify({ type: "element", path: [0, 0], element: { kind: "download_button", data: { $bytes: 1 }, other: { $bytes: 0 } } }),
    );
    const buffers = [new Uint8Array([1]), new Uint8Array([2, 3])];
    const msg = decodeForward({ json, buffers }) as unknown as { element: { data: Uint8Array; other: Uint8Array } };
    expect(Array.from(msg.element.data)).toEqual([2, 3]);
    expect(Array.from(msg.element.other)).toEqual([1]);
  });

  it("reads plain JSON messages and rejects anything else", () => {
    expect(decodeForward(new TextEncoder().encode('{"type":"stop"}'))).toEqual({ type: "stop" });
    expect(decodeForward(42)).toBeNull();
    expect(decodeForward({ json: "not bytes", buffers: [] })).toBeNull();
  });

  it("sends a BackMsg's Uint8Arrays as copies beside its JSON", () => {
    const file = new Uint8Array([9, 8, 7]);
    const { json, buffers } = encodeBack({
      type: "rerun",
      fragment_id: null,
      widgets: [{ id: "up", value: file as unknown as null, trigger: false }],
      page: null,
      query_string: null,
      new_session: false,
    });
    expect(JSON.parse(json).widgets[0].value).toEqual({ $bytes: 0 });
    expect(Array.from(buffers[0] ?? [])).toEqual([9, 8, 7]);
    expect(buffers[0]?.buffer).not.toBe(file.buffer);
  });

  it("sends a BackMsg without bytes as plain JSON", () => {
    expect(encodeBack({ type: "stop" })).toEqual({ json: '{"type":"stop"}', buffers: [] });
  });
});
