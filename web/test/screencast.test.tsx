// "Record a screencast" (CHECKLIST CHROME-05; chrome/screencast.tsx, Note
// [Screencast]): the file name, the menu's label, and the steps from the setup
// dialog to the preview, with a fake getDisplayMedia / getUserMedia /
// MediaRecorder (playwright/screencast.spec.ts records for real in Chromium).
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  close,
  failureMessage,
  menuClick,
  screencastFileName,
  ScreencastDialogs,
  start,
  stop,
} from "../src/app/chrome/screencast";
import { screencastMenuLabel, screencastStep, screencastSupported } from "../src/app/chrome/screencastState";
import { MainMenu, Modal } from "../src/app/chrome/MainMenu";
import { SessionContext } from "../src/app/render";
import { Session } from "../src/app/session";

class FakeTrack extends EventTarget {
  stopped = false;
  constructor(readonly kind: "video" | "audio") {
    super();
  }
  stop(): void {
    this.stopped = true;
  }
}

class FakeStream {
  constructor(readonly tracks: FakeTrack[]) {}
  getTracks(): FakeTrack[] {
    return this.tracks;
  }
  getVideoTracks(): FakeTrack[] {
    return this.tracks.filter((t) => t.kind === "video");
  }
  getAudioTracks(): FakeTrack[] {
    return this.tracks.filter((t) => t.kind === "audio");
  }
}

const recorders: FakeRecorder[] = [];

class FakeRecorder extends EventTarget {
  static isTypeSupported(type: string): boolean {
    return type === "video/webm";
  }
  state: "inactive" | "recording" = "inactive";
  constructor(
    readonly stream: FakeStream,
    readonly options: { mimeType: string },
  ) {
    super();
    recorders.push(this);
  }
  start(): void {
    this.state = "recording";
  }
  stop(): void {
    this.state = "inactive";
    queueMicrotask(() => {
      const e = Object.assign(new Event("dataavailable"), { data: new Blob([new Uint8Array([0x1a, 0x45, 0xdf, 0xa3])]) });
      this.dispatchEvent(e);
      this.dispatchEvent(new Event("stop"));
    });
  }
}

const denied = (): Error => Object.assign(new Error("Permission denied"), { name: "NotAllowedError" });

let screen: FakeTrack;
let mic: FakeTrack;
const getDisplayMedia = vi.fn();
const getUserMedia = vi.fn();

beforeEach(() => {
  recorders.length = 0;
  screen = new FakeTrack("video");
  mic = new FakeTrack("audio");
  getDisplayMedia.mockReset().mockImplementation(() => Promise.resolve(new FakeStream([screen])));
  getUserMedia.mockReset().mockImplementation(() => Promise.resolve(new FakeStream([mic])));
  Object.defineProperty(navigator, "mediaDevices", { value: { getDisplayMedia, getUserMedia }, configurable: true });
  vi.stubGlobal("MediaRecorder", FakeRecorder);
  vi.stubGlobal("MediaStream", FakeStream);
  vi.useFakeTimers();
});

afterEach(async () => {
  await stop();
  close();
  menuClick("");
  setAudio(false);
  close();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, "mediaDevices");
});

/** The steps up to a running recording: the menu item, the setup dialog's button, the countdown. */
async function record(): Promise<FakeRecorder> {
  menuClick("My app");
  expect(screencastStep.value).toBe("setup");
  await start();
  expect(screencastStep.value).toBe("countdown");
  const host = document.body.appendChild(document.createElement("div"));
  const shown = (): string | null | undefined => {
    act(() => render(<ScreencastDialogs Modal={Modal} />, host));
    return host.querySelector('[data-testid="stCountdown"]')?.textContent;
  };
  expect(shown()).toBe("3");
  await vi.advanceTimersByTimeAsync(1000);
  expect(shown()).toBe("2");
  await vi.advanceTimersByTimeAsync(1000);
  expect(shown()).toBe("1");
  await vi.advanceTimersByTimeAsync(1000);
  // The "1" has gone before the recorder starts (a recording of this tab does not begin with it).
  expect(shown()).toBeUndefined();
  expect(screencastStep.value).toBe("countdown");
  expect(recorders.at(-1)?.state).toBe("inactive");
  await vi.advanceTimersByTimeAsync(100);
  expect(screencastStep.value).toBe("recording");
  render(null, host);
  host.remove();
  const rec = recorders.at(-1);
  if (rec === undefined) throw new Error("no MediaRecorder");
  expect(rec.state).toBe("recording");
  return rec;
}

/** Ticks or unticks "Also record audio" in the setup dialog (the choice outlives the dialog, as in Streamlit); returns what it was. */
function setAudio(on: boolean): boolean {
  const host = document.body.appendChild(document.createElement("div"));
  act(() => render(<ScreencastDialogs Modal={Modal} />, host));
  const box = host.querySelector<HTMLInputElement>('[data-testid="stScreencastAudioCheckbox"] input');
  if (box === null) throw new Error("no setup dialog");
  const was = box.checked;
  if (was !== on) act(() => box.click());
  expect(box.checked).toBe(on);
  render(null, host);
  host.remove();
  return was;
}

async function until(step: string): Promise<void> {
  await vi.waitFor(() => expect(screencastStep.value).toBe(step));
}

describe("screencast", () => {
  it("CHROME-05 names the file after the app and the local time, without characters file names cannot hold", () => {
    const at = new Date(2026, 10, 28, 9, 5, 7);
    expect(screencastFileName("Sales dashboard", at)).toBe("streamlit-Sales dashboard-2026-11-28-09-05-07.webm");
    expect(screencastFileName('a/b:c*"d"', at)).toBe("streamlit-a-b-c-d--2026-11-28-09-05-07.webm");
    expect(screencastFileName("  ", at)).toBe("streamlit-app-2026-11-28-09-05-07.webm");
  });

  it("CHROME-05 the menu item reads as Streamlit's in each step", () => {
    expect(screencastMenuLabel("off")).toEqual(["Record a screencast", null]);
    expect(screencastMenuLabel("countdown")).toEqual(["Cancel screencast", "Esc"]);
    expect(screencastMenuLabel("recording")).toEqual(["Stop recording", "Esc"]);
  });

  it("CHROME-05 is offered only where the browser can record WebM", () => {
    expect(screencastSupported()).toBe(true);
    vi.stubGlobal("MediaRecorder", undefined);
    expect(screencastSupported()).toBe(false);
    vi.stubGlobal("MediaRecorder", FakeRecorder);
    Reflect.deleteProperty(navigator, "mediaDevices");
    expect(screencastSupported()).toBe(false);
  });

  it("CHROME-05 Esc stops the recording, releases the screen and previews a WebM video", async () => {
    const rec = await record();
    expect(getDisplayMedia).toHaveBeenCalledWith({ video: true });
    expect(getUserMedia).not.toHaveBeenCalled();
    expect(rec.options).toEqual({ mimeType: "video/webm" });
    const field = document.body.appendChild(document.createElement("input"));
    field.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true })); // Esc in a field is the field's
    expect(screencastStep.value).toBe("recording");
    field.remove();
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    await until("preview");
    expect(rec.state).toBe("inactive");
    expect(screen.stopped).toBe(true);
  });

  it("CHROME-05 'Stop recording' in the menu stops it too", async () => {
    await record();
    menuClick("My app");
    await until("preview");
    expect(screen.stopped).toBe(true);
  });

  it("CHROME-05 stopping the share from the browser's own bar (the track ends) keeps the video", async () => {
    await record();
    screen.dispatchEvent(new Event("ended"));
    await until("preview");
  });

  it("CHROME-05 cancelling the countdown records nothing and releases the screen", async () => {
    menuClick("My app");
    await start();
    expect(screencastMenuLabel(screencastStep.value)[0]).toBe("Cancel screencast");
    menuClick("My app");
    expect(screencastStep.value).toBe("off");
    expect(screen.stopped).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(recorders[0]?.state).toBe("inactive");
    expect(screencastStep.value).toBe("off");
  });

  it("CHROME-05 'Also record audio' adds the microphone's track", async () => {
    menuClick("My app");
    expect(setAudio(false)).toBe(false);
    setAudio(true);
    await start();
    expect(getUserMedia).toHaveBeenCalledWith({ video: false, audio: true });
    expect(recorders[0]?.stream.getTracks()).toEqual([screen, mic]);
    await stop();
    expect(mic.stopped && screen.stopped).toBe(true);
  });

  it("CHROME-05 a cancelled picker says so and leaves the menu usable", async () => {
    getDisplayMedia.mockImplementation(() => Promise.reject(denied()));
    menuClick("My app");
    await start();
    expect(screencastStep.value).toBe("failed");
    const host = document.body.appendChild(document.createElement("div"));
    act(() => render(<ScreencastDialogs Modal={Modal} />, host));
    expect(host.querySelector('[data-testid="stScreencastError"]')?.textContent).toContain("Sharing was cancelled");
    act(() => host.querySelector<HTMLButtonElement>('button[aria-label="Close"]')?.click());
    expect(screencastStep.value).toBe("off");
    menuClick("My app");
    expect(screencastStep.value).toBe("setup");
    render(null, host);
    host.remove();
  });

  it("CHROME-05 a refused microphone releases the screen already shared", async () => {
    getUserMedia.mockImplementation(() => Promise.reject(denied()));
    menuClick("My app");
    setAudio(true);
    await start();
    expect(screencastStep.value).toBe("failed");
    expect(screen.stopped).toBe(true);
    expect(recorders).toEqual([]);
  });

  it("CHROME-05 failure messages name what went wrong", () => {
    const err = (name: string): Error => Object.assign(new Error("detail"), { name });
    expect(failureMessage(err("NotAllowedError"), "microphone")).toContain("microphone");
    expect(failureMessage(err("NotFoundError"), "microphone")).toContain("No microphone was found");
    expect(failureMessage(err("NotReadableError"), "screen")).toBe("The browser could not read the screen: detail");
    expect(failureMessage(err("TypeError"), "screen")).toBe("The recording could not start: detail");
  });

  it("CHROME-05 'Save video to disk' downloads the preview under the file name", async () => {
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    await record();
    await stop();
    expect(screencastStep.value).toBe("preview");
    const host = document.body.appendChild(document.createElement("div"));
    act(() => render(<ScreencastDialogs Modal={Modal} />, host));
    const dialog = host.querySelector('[data-testid="stVideoRecordedDialog"]');
    expect(dialog?.querySelector("video")?.getAttribute("src")).toMatch(/^blob:/);
    const save = [...host.querySelectorAll("button")].find((b) => b.textContent === "Save video to disk");
    act(() => save?.click());
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toMatch(/^streamlit-My app-\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d\.webm$/);
    expect(screencastStep.value).toBe("off");
    click.mockRestore();
    render(null, host);
    host.remove();
  });
});

describe("the app menu's screencast item", () => {
  let host: HTMLElement;
  afterEach(() => {
    render(null, host);
    host.remove();
  });

  function menu(mode: "auto" | "minimal"): Session {
    const session = new Session(() => undefined);
    session.phase.value = "ready";
    session.appConfig.value = { ...session.appConfig.value, toolbar_mode: mode };
    host = document.body.appendChild(document.createElement("div"));
    act(() =>
      render(
        <SessionContext.Provider value={session}>
          <MainMenu />
        </SessionContext.Provider>,
        host,
      ),
    );
    act(() => host.querySelector<HTMLButtonElement>('button[aria-label="Main menu"]')?.click());
    return session;
  }

  const labels = (): string[] => [...host.querySelectorAll('[role="menuitem"]')].map((e) => e.textContent ?? "");

  it("CHROME-05 sits after Print, reads 'Stop recording' and shows the red dot while recording", () => {
    menu("auto");
    expect(labels().slice(0, 4)).toEqual(["RerunR", "Settings", "Print", "Record a screencast"]);
    expect(host.querySelector('[data-testid="stRecordingIndicator"]')).toBeNull();
    act(() => {
      screencastStep.value = "recording";
    });
    expect(labels()[3]).toBe("Stop recordingEsc");
    expect(host.querySelector('[data-testid="stRecordingIndicator"]')).not.toBeNull();
    act(() => {
      screencastStep.value = "off";
    });
  });

  it("CHROME-05 CHROME-07 is hidden in toolbarMode minimal and where the browser cannot record", () => {
    menu("minimal");
    expect(labels()).not.toContain("Record a screencast");
    render(null, host);
    host.remove();
    Reflect.deleteProperty(navigator, "mediaDevices");
    menu("auto");
    expect(labels()).not.toContain("Record a screencast");
  });
});
