// The password form of an encrypted bundle (Note [Encrypted bundles] in
// py/wasmlit/build/crypto.py): shown over the boot screen when the worker
// asks, again with an error after a wrong password. The password goes to the
// worker only, which derives the key and decrypts.

import { render, type JSX } from "preact";
import { useState } from "preact/hooks";
import type { Session } from "../session";

function PasswordGate({ session }: { session: Session }): JSX.Element | null {
  const [value, setValue] = useState("");
  const ask = session.password.value;
  if (ask === null) return null;
  return (
    <div class="wl-password-gate" data-testid="stPasswordGate">
      <form
        class="wl-password-card"
        onSubmit={(e) => {
          e.preventDefault();
          if (value === "") return;
          session.unlock(value);
          setValue("");
        }}
      >
        <h1>This app is protected</h1>
        <label for="wl-password">Password</label>
        <input
          id="wl-password"
          type="password"
          autocomplete="current-password"
          autoFocus
          value={value}
          onInput={(e) => setValue(e.currentTarget.value)}
        />
        {ask.error !== null ? (
          <p class="wl-password-error" role="alert">
            {ask.error}
          </p>
        ) : null}
        <button type="submit" class="wl-btn" {...{ kind: "primary" } /* Streamlit's attribute; not in Preact's types */}>
          Open the app
        </button>
      </form>
    </div>
  );
}

export function mountPasswordGate(session: Session): void {
  const host = document.createElement("div");
  document.body.appendChild(host);
  render(<PasswordGate session={session} />, host);
}
