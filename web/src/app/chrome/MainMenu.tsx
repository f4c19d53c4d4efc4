// The app menu, top right (Streamlit's main menu): "Rerun" (R) and "Clear
// cache" (C), which empties st.cache_data and st.cache_resource, persisted
// entries included, then reruns (CHECKLIST CACHE-28).

import type { JSX } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { useSession } from "../render";

export function MainMenu(): JSX.Element | null {
  const session = useSession();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const outside = (e: MouseEvent): void => {
      if (!(e.target instanceof Node) || !ref.current?.contains(e.target)) setOpen(false);
    };
    const escape = (e: KeyboardEvent): void => {
      if (e.key === "Escape") setOpen(false);
    };
    document.addEventListener("mousedown", outside);
    document.addEventListener("keydown", escape);
    return () => {
      document.removeEventListener("mousedown", outside);
      document.removeEventListener("keydown", escape);
    };
  }, [open]);

  if (session.phase.value !== "ready") return null;
  const item = (label: string, key: string, action: () => void): JSX.Element => (
    <button
      type="button"
      role="menuitem"
      class="wl-menu-item"
      data-testid="stMainMenuItem"
      onClick={() => {
        setOpen(false);
        action();
      }}
    >
      <span>{label}</span>
      <kbd>{key}</kbd>
    </button>
  );
  return (
    <div class="wl-menu" data-testid="stMainMenu" ref={ref}>
      <button
        type="button"
        class="wl-menu-button"
        aria-label="Main menu"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        ⋮
      </button>
      {open ? (
        <div class="wl-menu-list" role="menu" data-testid="stMainMenuList">
          {item("Rerun", "R", () => session.rerun())}
          {item("Clear cache", "C", () => session.clearCache())}
        </div>
      ) : null}
    </div>
  );
}
