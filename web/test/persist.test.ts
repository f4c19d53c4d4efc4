// The persisted cache's store name: one IndexedDB store per bundle path.
import { describe, expect, it } from "vitest";
import { storeName } from "../src/worker/persist";

describe("storeName", () => {
  it("is stable for a path and differs between the apps of one origin", () => {
    expect(storeName("/site/app1/")).toBe(storeName("/site/app1/"));
    expect(storeName("/site/app1/")).not.toBe(storeName("/site/app2/"));
    expect(storeName("/")).toMatch(/^app-[0-9a-f]{8}$/);
  });
});
