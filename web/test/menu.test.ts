// client.toolbarMode and the developer options (chrome/MainMenu.tsx).
import { describe, expect, it } from "vitest";
import { isLocalhost, showsDeveloperOptions } from "../src/app/chrome/MainMenu";
import type { Session } from "../src/app/session";

function session(mode: "auto" | "developer" | "viewer" | "minimal"): Session {
  // Cast: showsDeveloperOptions reads only appConfig.value.toolbar_mode.
  return { appConfig: { value: { toolbar_mode: mode } } } as unknown as Session;
}

describe("developer options", () => {
  it("CFG-14 CHROME-07 follow client.toolbarMode", () => {
    expect(isLocalhost(location.hostname)).toBe(true); // vitest's page is on localhost
    expect(showsDeveloperOptions(session("auto"))).toBe(true);
    expect(showsDeveloperOptions(session("developer"))).toBe(true);
    expect(showsDeveloperOptions(session("viewer"))).toBe(false);
    expect(showsDeveloperOptions(session("minimal"))).toBe(false);
  });

  it("CHROME-07 auto hides them away from this machine", () => {
    expect(isLocalhost("localhost") && isLocalhost("127.0.0.1") && isLocalhost("[::1]")).toBe(true);
    expect(isLocalhost("example.github.io")).toBe(false);
  });
});
