// The app menu, top right (Streamlit's main menu, CHECKLIST CHROME-01..08):
// "Rerun" (R), "Settings" (wide mode, theme), "Print", "Record a screencast"
// (CHROME-05, where the browser can record; screencast.tsx), the links that
// st.set_page_config(menu_items=...) names, "About", and the developer
// option "Clear cache" (C), which empties st.cache_data and
// st.cache_resource, persisted entries included, then reruns (CACHE-28).
//
// client.toolbarMode (CFG-14, CHROME-07): "developer" shows the developer
// options to everyone, "viewer" to no one, "auto" (the default) only when the
// app is opened from this machine (localhost), as Streamlit does; "minimal"
// shows only the items set through st.set_page_config.

import { cloneElement, type JSX } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { MenuItems } from "../../protocol.gen";
import { MarkdownHtml } from "../elements/common";
import { allowsRunOnSave, runOnSaveChoice, runsOnSave } from "../dev";
import { useSession } from "../render";
import type { Session } from "../session";
import { DeployButton } from "./DeployButton";
import { ScreencastDialogs, screencastMenuClick, screencastMenuLabel, screencastStep, screencastSupported } from "./screencastState";
import { activeChoice, hasCustomTheme, saveSettings, themeChoice, wideMode, type ThemeChoice } from "./theme";

export function isLocalhost(host: string): boolean {
  return host === "localhost" || host === "[::1]" || host.startsWith("127.");
}

/** Whether the developer options are shown (Note at the top of this file). */
export function showsDeveloperOptions(session: Session): boolean {
  const mode = session.appConfig.value.toolbar_mode;
  return mode === "developer" || (mode === "auto" && isLocalhost(location.hostname));
}

type Dialog = "settings" | "about" | null;

export function Modal({ title, onClose, children }: { title: string; onClose: () => void; children: JSX.Element | JSX.Element[] }): JSX.Element {
  useEffect(() => {
    const escape = (e: KeyboardEvent): void => {
      if (e.key === "Escape") onClose();
    };
    document.addEventListener("keydown", escape);
    return () => document.removeEventListener("keydown", escape);
  }, [onClose]);
  return (
    <div class="wl-modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div class="wl-modal" role="dialog" aria-modal="true" aria-label={title} data-testid="stDialog">
        <div class="wl-modal-head">
          <h2>{title}</h2>
          <button type="button" class="wl-icon-btn" aria-label="Close" onClick={onClose}>
            ✕
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}

const THEME_LABELS: Record<ThemeChoice, string> = {
  custom: "Custom Theme",
  light: "Light",
  dark: "Dark",
  system: "Use system setting",
};

function SettingsDialog({ onClose }: { onClose: () => void }): JSX.Element {
  const session = useSession();
  const choices: ThemeChoice[] = hasCustomTheme(session.appConfig.value.theme)
    ? ["custom", "system", "light", "dark"]
    : ["system", "light", "dark"];
  return (
    <Modal title="Settings" onClose={onClose}>
      <div class="wl-settings">
        {allowsRunOnSave(session) ? (
          <label class="wl-settings-row">
            <input
              type="checkbox"
              data-testid="stSettingsRunOnSave"
              checked={runsOnSave(session)}
              onChange={(e) => {
                runOnSaveChoice.value = e.currentTarget.checked;
              }}
            />
            <span>
              <b>Run on save</b>
              <br />
              <small>Automatically updates the app when the underlying code is updated.</small>
            </span>
          </label>
        ) : null}
        <label class="wl-settings-row">
          <input
            type="checkbox"
            data-testid="stSettingsWideMode"
            checked={wideMode.value}
            onChange={(e) => {
              wideMode.value = e.currentTarget.checked;
              saveSettings();
            }}
          />
          <span>
            <b>Wide mode</b>
            <br />
            <small>Turn on to make this app occupy the entire width of the screen.</small>
          </span>
        </label>
        <label class="wl-settings-theme">
          <span>Choose app theme, colors and fonts</span>
          <select
            data-testid="stSettingsTheme"
            value={activeChoice(session)}
            onChange={(e) => {
              themeChoice.value = e.currentTarget.value as ThemeChoice; // cast: the options are ThemeChoices
              saveSettings();
            }}
          >
            {choices.map((c) => (
              <option key={c} value={c}>
                {THEME_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </Modal>
  );
}

function AboutDialog({ items, onClose }: { items: MenuItems | null; onClose: () => void }): JSX.Element {
  const about = items?.about ?? null;
  return (
    <Modal title="About" onClose={onClose}>
      <div class="wl-about" data-testid="stAboutDialog">
        {about !== null ? <MarkdownHtml class="wl-md" body={about} /> : null}
        <p class="wl-about-made">
          Made with wasmlit, following Streamlit 1.41: Python runs in this browser tab (Pyodide).
        </p>
      </div>
    </Modal>
  );
}

export function MainMenu(): JSX.Element | null {
  const session = useSession();
  const [open, setOpen] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
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
  const items = session.pageConfig.value.menu_items;
  const minimal = session.appConfig.value.toolbar_mode === "minimal";
  const dev = showsDeveloperOptions(session);
  const item = (label: string, key: string | null, action: () => void): JSX.Element => (
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
      {key ? <kbd>{key}</kbd> : null}
    </button>
  );
  const link = (label: string, href: string): JSX.Element => (
    <a role="menuitem" class="wl-menu-item" data-testid="stMainMenuItem" href={href} target="_blank" rel="noopener noreferrer" onClick={() => setOpen(false)}>
      <span>{label}</span>
    </a>
  );
  // "Record a screencast" (CHROME-05, Note [Screencast] in screencast.tsx): "Stop recording" in red while recording.
  const castStep = screencastStep.value;
  const [castLabel, castKey] = screencastMenuLabel(castStep);
  const castItem = item(castLabel, castKey, () => screencastMenuClick(document.title));
  const screencastItem = castKey ? cloneElement(castItem, { class: "wl-menu-item wl-menu-recording" }) : castItem;
  const CastDialogs = ScreencastDialogs.value;
  const links: JSX.Element[] = [];
  if (items?.get_help) links.push(link("Get help", items.get_help));
  if (items?.report_a_bug) links.push(link("Report a bug", items.report_a_bug));
  const entries: JSX.Element[] = minimal
    ? [...links, ...(items?.about ? [item("About", null, () => setDialog("about"))] : [])]
    : [
        item("Rerun", "R", () => session.rerun()),
        item("Settings", null, () => setDialog("settings")),
        item("Print", null, () => window.print()),
        ...(screencastSupported() ? [screencastItem] : []),
        ...links,
        item("About", null, () => setDialog("about")),
      ];
  if (dev && !minimal) {
    entries.push(
      <div class="wl-menu-divider" role="separator" key="dev" data-testid="stMainMenuDivider">
        Developer options
      </div>,
      item("Clear cache", "C", () => session.clearCache()),
    );
  }
  if (entries.length === 0 && dialog === null) return null;
  return (
    <div class="wl-menu" data-testid="stMainMenu" ref={ref}>
      {dev && !minimal ? <DeployButton Modal={Modal} /> : null}
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
      {castStep === "recording" ? <span class="wl-recording-dot" data-testid="stRecordingIndicator" title="Recording" /> : null}
      {open ? (
        <div class="wl-menu-list" role="menu" data-testid="stMainMenuList">
          {entries}
        </div>
      ) : null}
      {dialog === "settings" ? <SettingsDialog onClose={() => setDialog(null)} /> : null}
      {dialog === "about" ? <AboutDialog items={items} onClose={() => setDialog(null)} /> : null}
      {CastDialogs ? <CastDialogs Modal={Modal} /> : null}
    </div>
  );
}
