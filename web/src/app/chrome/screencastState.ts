// The part of "Record a screencast" (CHECKLIST CHROME-05) that the app menu
// needs before the recorder has loaded: whether the browser can record, the
// current step (for the menu item's label and the red dot on the menu button)
// and the lazy loader of the recorder itself (screencast.tsx, Note [Screencast]).

import { signal } from "@preact/signals";
import type { ComponentType } from "preact";
import type { ModalFrame } from "./screencast";

/** Streamlit's steps (withScreencast), plus "starting" (the browser's picker is open) and "failed". */
export type ScreencastStep = "off" | "setup" | "starting" | "countdown" | "recording" | "preview" | "failed";

export const screencastStep = signal<ScreencastStep>("off");

/** The recorder's dialogs, once screencast.tsx has loaded (MainMenu renders them). */
export const ScreencastDialogs = signal<ComponentType<{ Modal: ModalFrame }> | null>(null);

/** Whether this browser can record the screen to WebM (the menu item is hidden otherwise). */
export function screencastSupported(): boolean {
  try {
    return (
      typeof navigator.mediaDevices?.getDisplayMedia === "function" &&
      typeof MediaRecorder === "function" &&
      MediaRecorder.isTypeSupported("video/webm")
    );
  } catch {
    return false;
  }
}

/** The menu item's label and shortcut in each step (Streamlit's SCREENCAST_LABEL). */
export function screencastMenuLabel(step: ScreencastStep): [string, string | null] {
  if (step === "countdown") return ["Cancel screencast", "Esc"];
  if (step === "recording") return ["Stop recording", "Esc"];
  return ["Record a screencast", null];
}

let recorder: Promise<typeof import("./screencast")> | null = null;

/** The menu item's action: opens the setup dialog, or stops (cancels) a recording. */
export function screencastMenuClick(appTitle: string): void {
  recorder ??= import("./screencast");
  recorder.then(
    (m) => {
      ScreencastDialogs.value = m.ScreencastDialogs;
      m.menuClick(appTitle);
    },
    (e: unknown) => {
      recorder = null; // a later click tries again
      console.error("wasmlit: could not load the screencast recorder", e);
      window.alert(`Could not load the screencast recorder (${e instanceof Error ? e.message : String(e)}).`);
    },
  );
}
