// The status area: "Running..." with Stop while a run is in progress (it fades
// in after a short delay, in CSS, so fast reruns don't flash); under
// `wasmlit run`, "File change." with Rerun and Always rerun when a saved file
// has not run yet (web/src/app/dev.ts).

import type { JSX } from "preact";
import { useEffect } from "preact/hooks";
import { allowsRunOnSave, fileChanged, rerunChanged } from "../dev";
import { useSession } from "../render";
import { typing } from "./shortcuts";

export function StatusWidget(): JSX.Element | null {
  const session = useSession();
  const prompt = fileChanged.value && !session.running.value;
  const always = allowsRunOnSave(session);
  useEffect(() => {
    if (!prompt || !always) return undefined;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key.toLowerCase() !== "a" || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      e.preventDefault();
      rerunChanged(session, true);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [prompt, always, session]);
  if (prompt) {
    return (
      <div class="wl-status" style={{ animation: "none" }} data-testid="stStatusWidget" role="status">
        <span>File change.</span>
        <button type="button" class="wl-status-stop" onClick={() => rerunChanged(session, false)}>
          Rerun
        </button>
        {always ? (
          <button type="button" class="wl-status-stop" onClick={() => rerunChanged(session, true)}>
            Always rerun
          </button>
        ) : null}
      </div>
    );
  }
  if (!session.running.value) return null;
  return (
    <div class="wl-status" data-testid="stStatusWidget" role="status">
      <i class="wl-status-icon" aria-hidden="true" />
      <span>Running...</span>
      <button type="button" class="wl-status-stop" onClick={() => session.stop()}>
        Stop
      </button>
    </div>
  );
}
