// `wasmlit run`'s "File change." prompt and run-on-save (web/src/app/dev.ts,
// chrome/StatusWidget.tsx; CHECKLIST CHROME-03).
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BackMsg } from "../src/protocol.gen";
import { StatusWidget } from "../src/app/chrome/StatusWidget";
import { devMode, fileChanged, rerunChanged, runOnSaveChoice, runsOnSave } from "../src/app/dev";
import { SessionContext } from "../src/app/render";
import { Session } from "../src/app/session";

let host: HTMLElement;
let session: Session;
let sent: BackMsg[];

beforeEach(() => {
  sent = [];
  session = new Session((m) => sent.push(m));
  devMode.value = true;
  runOnSaveChoice.value = null;
  fileChanged.value = false;
  host = document.createElement("div");
  document.body.appendChild(host);
  act(() =>
    render(
      <SessionContext.Provider value={session}>
        <StatusWidget />
      </SessionContext.Provider>,
      host,
    ),
  );
});
afterEach(() => {
  render(null, host);
  host.remove();
  devMode.value = false;
});

function buttons(): string[] {
  return [...host.querySelectorAll("button")].map((b) => b.textContent ?? "");
}

describe("run on save", () => {
  it("CHROME-03 follows server.runOnSave until the page chooses", () => {
    expect(runsOnSave(session)).toBe(false); // Streamlit's default
    session.appConfig.value = { ...session.appConfig.value, run_on_save: true };
    expect(runsOnSave(session)).toBe(true);
    runOnSaveChoice.value = false; // Settings > Run on save, unticked
    expect(runsOnSave(session)).toBe(false);
  });

  it("CHROME-03 a saved file shows File change. with Rerun and Always rerun; Rerun reruns once", () => {
    expect(host.textContent).toBe("");
    act(() => {
      fileChanged.value = true;
    });
    expect(host.textContent).toContain("File change.");
    expect(buttons()).toEqual(["Rerun", "Always rerun"]);
    act(() => host.querySelector("button")?.click());
    expect(sent.map((m) => m.type)).toEqual(["rerun"]);
    expect(fileChanged.value).toBe(false);
    expect(runsOnSave(session)).toBe(false);
    expect(host.textContent).toBe("");
  });

  it("CHROME-03 Always rerun (or the A key) reruns and turns run-on-save on", () => {
    act(() => {
      fileChanged.value = true;
    });
    act(() => {
      document.dispatchEvent(new KeyboardEvent("keydown", { key: "a" }));
    });
    expect(sent.map((m) => m.type)).toEqual(["rerun"]);
    expect(runsOnSave(session)).toBe(true);
    expect(host.textContent).toBe("");
  });

  it("CHROME-03 the A key is text while typing, and server.allowRunOnSave = false offers Rerun only", () => {
    act(() => {
      fileChanged.value = true;
    });
    const input = document.createElement("input");
    document.body.appendChild(input);
    act(() => {
      input.dispatchEvent(new KeyboardEvent("keydown", { key: "a", bubbles: true }));
    });
    input.remove();
    expect(sent).toEqual([]);
    act(() => {
      session.appConfig.value = { ...session.appConfig.value, allow_run_on_save: false };
    });
    expect(buttons()).toEqual(["Rerun"]);
    act(() => {
      document.dispatchEvent(new KeyboardEvent("keydown", { key: "a" }));
    });
    expect(sent).toEqual([]);
    act(() => rerunChanged(session, true)); // what the missing button would do: a plain rerun
    expect(runsOnSave(session)).toBe(false);
  });
});
