// "Record a screencast" in the app menu (CHECKLIST CHROME-05): the recorder
// and its dialogs. The page loads this module on the first click of the menu
// item (screencastState.ts), so it costs nothing at start-up.
//
// Note [Screencast]
// ~~~~~~~~~~~~~~~~~
// As Streamlit's withScreencast and ScreenCastRecorder: the menu item opens a
// setup dialog ("Also record audio", "Start recording!"); the browser then
// asks which tab, window or screen to share (getDisplayMedia) and, with audio,
// for the microphone (getUserMedia); after a 3-second countdown a
// MediaRecorder records WebM until Esc, "Stop recording" in the menu, or the
// user stops sharing from the browser's own bar (the video track's "ended"
// event). The "Next steps" dialog then previews the video, and "Save video
// to disk" downloads it as streamlit-<app title>-<date>.webm (Streamlit uses
// the script's name, which the page does not know; the title names the app).
// While recording, the menu item reads "Stop recording" and a red dot pulses
// on the menu button. The red circle on the browser tab is the browser's own
// capture indicator: Streamlit does not change the document title, nor do we.
//
// Where we differ from Streamlit, on purpose:
// - the menu item is hidden where recording cannot work (Streamlit shows it,
//   then an "unsupported browser" dialog);
// - a cancelled picker or a refused permission says what happened (Streamlit
//   shows its "unsupported browser" dialog for any failure), and stops the
//   tracks already granted;
// - stopping from the browser's bar keeps the video (Streamlit's recorder is
//   already inactive then, and it drops it), and cancelling the countdown
//   stops the tracks (Streamlit leaves them shared);
// - the date in the file name has minutes and seconds (Streamlit's moment
//   format "YYYY-MM-DD-HH-MM-SS" repeats the month and ends in centiseconds).

import { signal } from "@preact/signals";
import type { ComponentType, JSX } from "preact";
import { screencastStep } from "./screencastState";

/** MainMenu's dialog frame, passed in so that this chunk imports nothing of the menu's. */
export type ModalFrame = ComponentType<{ title: string; onClose: () => void; children: JSX.Element | JSX.Element[] }>;

const BLOB_TYPE = "video/webm";
const COUNTDOWN_SECONDS = 3;

interface Recording {
  readonly tracks: MediaStreamTrack[];
  readonly recorder: MediaRecorder;
  readonly chunks: Blob[];
  /** Resolves on the recorder's "stop" event (after its last "dataavailable"). */
  readonly stopped: Promise<void>;
}

const recordAudio = signal(false);
const countdown = signal(COUNTDOWN_SECONDS);
const failure = signal("");
const video = signal<{ url: string; fileName: string } | null>(null);
let fileName = "streamlit-screencast.webm";
let current: Recording | null = null;
let ticker: ReturnType<typeof setTimeout> | null = null;

/** streamlit-<app title>-<local date and time>.webm, without characters a file name cannot hold. */
export function screencastFileName(appTitle: string, now: Date): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  const date =
    `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}-` +
    `${p(now.getHours())}-${p(now.getMinutes())}-${p(now.getSeconds())}`;
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  const name = appTitle.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "-").trim().slice(0, 80) || "app";
  return `streamlit-${name}-${date}.webm`;
}

/** What the failure dialog says when getDisplayMedia, getUserMedia or MediaRecorder fails. */
export function failureMessage(e: unknown, source: "screen" | "microphone"): string {
  const name = typeof e === "object" && e !== null && "name" in e ? String(e.name) : "";
  const detail = e instanceof Error ? e.message : String(e);
  if (name === "NotAllowedError") {
    return source === "screen"
      ? "Sharing was cancelled, or the browser does not allow this page to record the screen."
      : 'The browser does not allow this page to use the microphone. Untick "Also record audio" to record without it.';
  }
  if (name === "NotFoundError") {
    return source === "screen"
      ? "The browser found nothing to share."
      : 'No microphone was found. Untick "Also record audio" to record without it.';
  }
  if (name === "NotReadableError") return `The browser could not read the ${source}: ${detail}`;
  return `The recording could not start: ${detail}`;
}

function fail(e: unknown, source: "screen" | "microphone", tracks: readonly MediaStreamTrack[]): void {
  for (const t of tracks) t.stop();
  console.warn("wasmlit: the screencast did not start", e);
  failure.value = failureMessage(e, source);
  screencastStep.value = "failed";
}

/** The menu item: opens the setup dialog, or stops the recording (cancels the countdown). */
export function menuClick(appTitle: string): void {
  const step = screencastStep.peek();
  if (step === "countdown" || step === "recording") {
    void stop();
  } else if (step === "off") {
    fileName = screencastFileName(appTitle, new Date());
    screencastStep.value = "setup";
  } // else a dialog or the browser's picker is open
}

/** "Start recording!": asks for the screen (and the microphone), then counts down. */
export async function start(): Promise<void> {
  if (screencastStep.peek() !== "setup") return;
  screencastStep.value = "starting";
  const tracks: MediaStreamTrack[] = [];
  let display: MediaStream;
  try {
    display = await navigator.mediaDevices.getDisplayMedia({ video: true });
  } catch (e) {
    fail(e, "screen", tracks);
    return;
  }
  tracks.push(...display.getTracks());
  if (recordAudio.peek()) {
    try {
      const mic = await navigator.mediaDevices.getUserMedia({ video: false, audio: true });
      tracks.push(...mic.getAudioTracks());
    } catch (e) {
      fail(e, "microphone", tracks);
      return;
    }
  }
  let recorder: MediaRecorder;
  try {
    const stream = tracks.length > display.getTracks().length ? new MediaStream(tracks) : display;
    recorder = new MediaRecorder(stream, { mimeType: BLOB_TYPE });
  } catch (e) {
    fail(e, "screen", tracks);
    return;
  }
  const chunks: Blob[] = [];
  recorder.addEventListener("dataavailable", (e) => {
    if (e.data.size > 0) chunks.push(e.data);
  });
  const stopped = new Promise<void>((resolve) => recorder.addEventListener("stop", () => resolve(), { once: true }));
  recorder.addEventListener("error", (e) => {
    console.warn("wasmlit: the screencast recorder failed", e);
    void stop();
  });
  // The user stopped sharing from the browser's own bar.
  for (const t of display.getVideoTracks()) t.addEventListener("ended", () => void stop(), { once: true });
  current = { tracks, recorder, chunks, stopped };
  countdown.value = COUNTDOWN_SECONDS;
  screencastStep.value = "countdown";
  tick();
}

function tick(delay = 1000): void {
  ticker = setTimeout(() => {
    ticker = null;
    const rec = current;
    if (screencastStep.peek() !== "countdown" || rec === null) return;
    if (countdown.peek() > 1) {
      countdown.value -= 1;
      tick();
      return;
    }
    if (countdown.peek() === 1) {
      // The "1" leaves the page before the recording starts, so that a recording of this tab does not begin with it.
      countdown.value = 0;
      tick(100);
      return;
    }
    try {
      rec.recorder.start();
    } catch (e) {
      current = null;
      fail(e, "screen", rec.tracks);
      return;
    }
    screencastStep.value = "recording";
  }, delay);
}

/** Esc, "Stop recording", or the end of sharing: the preview of what was recorded (the countdown: nothing). */
export async function stop(): Promise<void> {
  const rec = current;
  if (rec === null) return;
  current = null;
  if (ticker !== null) clearTimeout(ticker);
  ticker = null;
  if (screencastStep.peek() !== "recording") {
    for (const t of rec.tracks) t.stop();
    screencastStep.value = "off";
    return;
  }
  if (rec.recorder.state !== "inactive") rec.recorder.stop();
  for (const t of rec.tracks) t.stop();
  await rec.stopped;
  const blob = new Blob(rec.chunks, { type: BLOB_TYPE });
  if (blob.size === 0) {
    failure.value = "The browser recorded an empty video.";
    screencastStep.value = "failed";
    return;
  }
  const old = video.peek();
  if (old) URL.revokeObjectURL(old.url);
  video.value = { url: URL.createObjectURL(blob), fileName };
  screencastStep.value = "preview";
}

/** Closes whichever dialog is open. */
export function close(): void {
  screencastStep.value = "off";
}

function save(): void {
  const v = video.peek();
  if (v === null) return;
  // Downloads start from links: click a detached one.
  const a = document.createElement("a");
  a.href = v.url;
  a.download = v.fileName;
  a.click();
  close();
}

// Esc stops, as Streamlit's global hotkey, which ignores keys typed into a field.
document.addEventListener("keydown", (e) => {
  const step = screencastStep.peek();
  const t = e.target;
  const typing = t instanceof HTMLElement && (t.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(t.tagName));
  if (e.key === "Escape" && !typing && (step === "countdown" || step === "recording")) {
    e.preventDefault();
    void stop();
  }
});

function SetupDialog({ Modal }: { Modal: ModalFrame }): JSX.Element {
  return (
    <Modal title="Record a screencast" onClose={close}>
      <div class="wl-screencast">
        <p>This will record a video with the contents of your screen, so you can easily share what you're seeing with others.</p>
        <p>
          <label class="wl-screencast-audio" data-testid="stScreencastAudioCheckbox">
            <input
              type="checkbox"
              name="recordAudio"
              checked={recordAudio.value}
              onChange={(e) => {
                recordAudio.value = e.currentTarget.checked;
              }}
            />{" "}
            Also record audio
          </label>
        </p>
        <p class="wl-screencast-muted" data-testid="stScreencastInstruction">
          Press <kbd>Esc</kbd> any time to stop recording.
        </p>
        <div class="wl-screencast-foot">
          <button type="button" class="wl-btn" onClick={() => void start()}>
            Start recording!
          </button>
        </div>
      </div>
    </Modal>
  );
}

function PreviewDialog({ Modal, url }: { Modal: ModalFrame; url: string }): JSX.Element {
  return (
    <Modal title="Next steps" onClose={close}>
      <div class="wl-screencast-steps" data-testid="stVideoRecordedDialog">
        <div class="wl-screencast-step">
          <b>Step 1</b>
          <div>
            <p>Preview your video below:</p>
            <video src={url} controls />
          </div>
        </div>
        <div class="wl-screencast-step">
          <b>Step 2</b>
          <div>
            <button type="button" class="wl-btn" onClick={save}>
              Save video to disk
            </button>
            <p class="wl-screencast-muted">
              This video is encoded in the{" "}
              <a href="https://www.webmproject.org/" target="_blank" rel="noopener noreferrer">
                WebM format
              </a>
              , which is only supported by newer video players. You can also play it by dragging the file directly into
              your browser.
            </p>
          </div>
        </div>
        <div class="wl-screencast-step">
          <b>Step 3</b>
          <div>
            Share your video with the world on Twitter, LinkedIn, YouTube, or just plain email!{" "}
            <span role="img" aria-label="Happy">
              😀
            </span>
          </div>
        </div>
      </div>
    </Modal>
  );
}

/** The dialog (or countdown) of the current step; MainMenu renders it once this module has loaded. */
export function ScreencastDialogs({ Modal }: { Modal: ModalFrame }): JSX.Element | null {
  const step = screencastStep.value;
  if (step === "setup") return <SetupDialog Modal={Modal} />;
  if (step === "countdown") {
    if (countdown.value === 0) return null;
    return (
      <div class="wl-countdown" data-testid="stCountdown" aria-live="assertive">
        <span key={countdown.value}>{countdown.value}</span>
      </div>
    );
  }
  const v = video.value;
  if (step === "preview" && v !== null) return <PreviewDialog Modal={Modal} url={v.url} />;
  if (step === "failed") {
    return (
      <Modal title="Record a screencast" onClose={close}>
        <div class="wl-screencast" role="alert" data-testid="stScreencastError">
          <p>
            <b>Nothing is being recorded.</b>
          </p>
          <p>{failure.value}</p>
        </div>
      </Modal>
    );
  }
  return null;
}
