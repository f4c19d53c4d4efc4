// `wasmlit run`, the page's side (Note [Run on save] in web/src/worker/dev.ts):
// only a page served by the dev server has the wasmlit-dev meta tag.
//
// As with `streamlit run`, a saved file reruns the app at once only when
// run-on-save is on (server.runOnSave, default off). Otherwise the status area
// says "File change." with "Rerun" and, when server.allowRunOnSave (default
// on), "Always rerun" (also the A key), which turns run-on-save on for this
// page, as does Settings > "Run on save" (CHROME-03). The saved files reach the
// worker at once either way, so the next run of any kind uses them.
import { effect, signal } from "@preact/signals";
import type { Channel } from "./channel";
import type { Session } from "./session";

/** Whether the page is served by `wasmlit run`. */
export const devMode = signal(false);
/** Run-on-save as set on this page; null: the config's server.runOnSave. */
export const runOnSaveChoice = signal<boolean | null>(null);
/** A saved file has not been run yet (the "File change." prompt). */
export const fileChanged = signal(false);

export function runsOnSave(session: Session): boolean {
  return runOnSaveChoice.value ?? session.appConfig.value.run_on_save;
}

export function allowsRunOnSave(session: Session): boolean {
  return devMode.value && session.appConfig.value.allow_run_on_save;
}

/** "Rerun" (always: false) or "Always rerun" (always: true) of the prompt. */
export function rerunChanged(session: Session, always: boolean): void {
  if (always && allowsRunOnSave(session)) runOnSaveChoice.value = true;
  fileChanged.value = false;
  session.rerun();
}

export function installDevReload(channel: Channel, session: Session): void {
  const meta = document.querySelector('meta[name="wasmlit-dev"]');
  if (!meta) return;
  devMode.value = true;
  let argv: unknown = [];
  try {
    argv = (JSON.parse(meta.getAttribute("content") ?? "{}") as { argv?: unknown }).argv ?? [];
  } catch {
    argv = [];
  }
  channel.post({ type: "dev", argv });
  effect(() => {
    if (session.running.value) fileChanged.value = false; // a run of any kind uses the saved files
  });
  const events = new EventSource(new URL("__wasmlit__/events", document.baseURI));
  events.addEventListener("change", (ev: MessageEvent<string>) => {
    const rerun = runsOnSave(session);
    channel.post({ type: "dev-files", files: JSON.parse(ev.data) as unknown, rerun });
    if (rerun) session.rerun();
    else fileChanged.value = true;
  });
}
