// Multipage routing (Note [Route history] in routing.ts; CHECKLIST MPA-09, MPA-28, MPA-30, MPA-34).
import { describe, expect, it } from "vitest";
import type { Navigation } from "../src/protocol.gen";
import { formatHash, Pages, parseHash, type Locator } from "../src/app/routing";

function locator(hash = ""): Locator & { writes: [string, boolean][]; set(h: string): void } {
  let current = hash;
  const writes: [string, boolean][] = [];
  return {
    writes,
    hash: () => current,
    write(h, push) {
      current = h;
      writes.push([h, push]);
    },
    set(h) {
      current = h;
    },
  };
}

const nav = (current: string, notFound: string | null = null): Navigation => ({
  type: "navigation",
  pages: [
    { url_path: "", label: "home", icon: "", section: "", default: true },
    { url_path: "Second", label: "Second", icon: "🎈", section: "", default: false },
  ],
  position: "sidebar",
  current,
  not_found: notFound,
});

describe("URL hash", () => {
  it("reads #/page?query, with or without the slash, and writes it back", () => {
    expect(parseHash("#/Second?a=1&a=2")).toEqual({ page: "Second", query: "a=1&a=2" });
    expect(parseHash("#Second")).toEqual({ page: "Second", query: "" });
    expect(parseHash("")).toEqual({ page: "", query: "" });
    expect(parseHash("#/?x=1")).toEqual({ page: "", query: "x=1" });
    expect(formatHash({ page: "", query: "" })).toBe("");
    expect(formatHash({ page: "", query: "x=1" })).toBe("#/?x=1");
    expect(formatHash({ page: "a b", query: "" })).toBe("#/a%20b");
  });
});

describe("Pages", () => {
  it("stamps every rerun with the route from the URL", () => {
    const p = new Pages(locator("#/Second?q=1"));
    expect(p.addressed).toBe(true);
    expect(p.stamp({ type: "rerun", widgets: [], fragment_id: null, page: null, query_string: null, new_session: false })).toMatchObject({
      page: "Second",
      query_string: "q=1",
    });
    expect(p.stamp({ type: "stop" })).toEqual({ type: "stop" });
  });

  it("MPA-34: a page chosen or switched to is pushed; the query only replaced", () => {
    const loc = locator();
    const p = new Pages(loc);
    p.go("Second");
    p.handle({ type: "query_string", query_string: "a=1" });
    p.handle(nav("")); // st.switch_page back to the default page
    expect(loc.writes).toEqual([
      ["#/Second", true],
      ["#/Second?a=1", false],
      ["#/?a=1", true],
    ]);
  });

  it("MPA-13: the page running now is known (for the tab's title and icon)", () => {
    const p = new Pages(locator());
    expect(p.currentPage.value).toBeNull();
    p.handle(nav("Second"));
    expect(p.currentPage.value?.label).toBe("Second");
  });

  it("MPA-28: a page named in another case is the same page", () => {
    const loc = locator("#/second");
    const p = new Pages(loc);
    p.handle(nav("Second"));
    expect(loc.writes).toEqual([]);
  });

  it("MPA-09 MPA-30: an unknown page opens the dialog and is replaced by the default page", () => {
    const loc = locator("#/nope");
    const p = new Pages(loc);
    p.handle(nav("", "nope"));
    expect(p.notFound.value).toBe("nope");
    expect(loc.writes).toEqual([["", false]]);
    p.go("Second");
    expect(p.notFound.value).toBeNull();
  });

  it("Back and Forward: a changed URL asks for a rerun once", () => {
    const loc = locator("#/Second");
    const p = new Pages(loc);
    loc.set("");
    expect(p.sync()).toBe(true);
    expect(p.sync()).toBe(false);
    expect(p.current).toEqual({ page: "", query: "" });
  });
});
