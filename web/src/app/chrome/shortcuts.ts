// Streamlit's keyboard shortcuts (when no input has focus): "r" reruns the
// script, "c" clears the caches and reruns (CHECKLIST CACHE-28) when the
// developer options are shown (client.toolbarMode, MainMenu.tsx).

import type { Session } from "../session";
import { showsDeveloperOptions } from "./MainMenu";

export function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function installShortcuts(session: Session): void {
  document.addEventListener("keydown", (e) => {
    const key = e.key.toLowerCase();
    if (key !== "r" && key !== "c") return;
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    if (session.phase.value !== "ready" || session.running.value) return;
    if (key === "c" && !showsDeveloperOptions(session)) return;
    e.preventDefault();
    if (key === "c") session.clearCache();
    else session.rerun();
  });
}
