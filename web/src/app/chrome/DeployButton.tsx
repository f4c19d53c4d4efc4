// The developer option "Deploy" (CHECKLIST CHROME-09): a button next to the
// app menu, shown only under `wasmlit run` (the dev server's wasmlit-dev meta
// tag, web/src/app/dev.ts) and only where the developer options are shown
// (MainMenu.tsx). Its dialog (DeployDialog.tsx) loads on the first click
// (Note [Lazy renderers] in ../lazy.tsx): a built bundle never pays for it.

import type { JSX } from "preact";
import { useState } from "preact/hooks";
import { lazyRenderers } from "../lazy";
import type { Modal as ModalType } from "./MainMenu";
import "./deploy.css";

const { DeployDialog } = lazyRenderers("the deploy dialog", () => import("./DeployDialog"), ["DeployDialog"]);

/** Whether the page is served by `wasmlit run`. */
export function isDevServer(): boolean {
  return document.querySelector('meta[name="wasmlit-dev"]') !== null;
}

/** `Modal`: MainMenu's dialog frame, which the dialog uses. */
export function DeployButton({ Modal }: { Modal: typeof ModalType }): JSX.Element | null {
  const [open, setOpen] = useState(false);
  if (!isDevServer()) return null;
  return (
    <div class="stAppDeployButton wl-deploy" data-testid="stAppDeployButton">
      <button type="button" class="wl-deploy-button" onClick={() => setOpen(true)}>
        Deploy
      </button>
      {open ? <DeployDialog onClose={() => setOpen(false)} Modal={Modal} /> : null}
    </div>
  );
}
