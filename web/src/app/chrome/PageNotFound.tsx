// Streamlit's "Page not found" dialog: the URL named no page of the app, so
// the default page runs (CHECKLIST MPA-09, MPA-30).

import type { JSX } from "preact";
import type { Session } from "../session";
import "./pages.css";

export function pageNotFoundText(pageName: string): string {
  const what = pageName
    ? `You have requested page /${pageName}, but no corresponding file was found in the app's pages/ directory`
    : "The page that you have requested does not seem to exist";
  return `${what}. Running the app's main page.`;
}

export function PageNotFound({ session }: { session: Session }): JSX.Element | null {
  const name = session.pages.notFound.value;
  if (name === null) return null;
  const close = (): void => {
    session.pages.notFound.value = null;
  };
  return (
    <div class="wl-modal-backdrop" onClick={close}>
      <div
        class="wl-modal wl-page-not-found"
        role="dialog"
        aria-modal="true"
        aria-labelledby="wl-page-not-found"
        data-testid="stPageNotFound"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === "Escape") close();
        }}
      >
        <h2 id="wl-page-not-found">Page not found</h2>
        <p>{pageNotFoundText(name)}</p>
        <button type="button" class="wl-btn" onClick={close} autoFocus>
          Close
        </button>
      </div>
    </div>
  );
}
