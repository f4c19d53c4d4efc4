// The fatal error screen: the app cannot run (boot failed, runtime crashed).

import type { JSX } from "preact";
import type { Fatal } from "../../protocol.gen";

export function FatalScreen({ fatal }: { fatal: Fatal }): JSX.Element {
  return (
    <div class="wl-fatal" data-testid="stFatalError" role="alert">
      <div class="wl-fatal-card">
        <h1>This app could not start</h1>
        <p class="wl-fatal-message">{fatal.message}</p>
        {fatal.detail ? (
          <details class="wl-fatal-detail">
            <summary>Details</summary>
            <pre>{fatal.detail}</pre>
          </details>
        ) : null}
      </div>
    </div>
  );
}
