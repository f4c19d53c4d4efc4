// Streamlit's keyboard shortcut: "r" reruns the script (when no input has focus).

import type { Session } from "../session";

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function installShortcuts(session: Session): void {
  document.addEventListener("keydown", (e) => {
    if (e.key !== "r" && e.key !== "R") return;
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    if (session.phase.value !== "ready" || session.running.value) return;
    e.preventDefault();
    session.rerun();
  });
}
