// Drives the static boot screen of index.html (see Note [Boot screen] there):
// stage and detail from `boot` messages, hidden once the first run draws
// something, removed when that run finishes (or when boot fails).

import { effect } from "@preact/signals";
import type { BootStage } from "../../protocol.gen";
import type { Session } from "../session";

/** Boot stages as the screen's steps ("app" is shown as part of "packages"). */
const STEP_OF: Record<BootStage, string> = {
  download: "download",
  python: "python",
  packages: "packages",
  app: "packages",
  run: "run",
};
const STEPS = ["download", "python", "packages", "run"];
const LABELS: Record<BootStage, string> = {
  download: "Downloading",
  python: "Starting Python",
  packages: "Loading packages",
  app: "Installing the app",
  run: "Running",
};

export function driveBootScreen(session: Session): void {
  const screen = document.getElementById("wl-boot");
  if (!screen) return;
  const detail = document.getElementById("wl-boot-detail");
  const bar = document.getElementById("wl-boot-bar");
  const dispose = effect(() => {
    const { stage, detail: text } = session.boot.value;
    const phase = session.phase.value;
    if (phase === "failed" || session.firstRunDone.value) {
      screen.remove();
      queueMicrotask(() => dispose());
      return;
    }
    screen.hidden = phase === "ready";
    screen.dataset["stage"] = stage;
    const now = STEPS.indexOf(STEP_OF[stage]);
    screen.querySelectorAll<HTMLElement>("li[data-step]").forEach((li) => {
      const i = STEPS.indexOf(li.dataset["step"] ?? "");
      li.className = i < now ? "wl-done" : i === now ? "wl-now" : "";
      if (li.dataset["step"] === "packages") {
        li.textContent = stage === "packages" && text ? `Loading packages: ${text}` : stage === "app" ? LABELS.app : "Loading packages";
      }
    });
    if (detail) detail.textContent = stage === "packages" ? "" : text;
    if (bar) bar.style.width = `${Math.round(((now + 0.5) / STEPS.length) * 100)}%`;
  });
}
