// The "Running..." indicator (with Stop), present only while a run is in
// progress. It fades in after a short delay (CSS) so fast reruns don't flash.

import type { JSX } from "preact";
import { useSession } from "../render";

export function StatusWidget(): JSX.Element | null {
  const session = useSession();
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
