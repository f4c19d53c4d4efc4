// The theme (CHECKLIST CFG-19..28) and the Settings that the app menu edits.
//
// Note [Theme variables]
// ~~~~~~~~~~~~~~~~~~~~~~
// Every colour in styles.css is a `--wl-*` variable; `[data-theme="dark"]` on
// <html> switches the built-in Dark set. A custom theme from config.toml
// (`[theme]`) sets only the variables of the options it names, inline on
// <html>, over its `base` (light unless "dark"), so an unset option inherits
// from the base (CFG-27); the variables derived from a colour (muted text,
// borders, hover) are mixed from it with color-mix. The viewer's choice in
// Settings (Custom, Light, Dark, Use system setting) is kept in localStorage,
// per app (the page's path), beside "Wide mode".

import { computed, effect, signal } from "@preact/signals";
import type { Theme } from "../../protocol.gen";
import type { Session } from "../session";

export type ThemeChoice = "custom" | "light" | "dark" | "system";

const KEY = `wasmlit:settings:${typeof location === "undefined" ? "" : location.pathname}`;

type Stored = { theme?: ThemeChoice; wide?: boolean };

function load(): Stored {
  try {
    const raw = localStorage.getItem(KEY);
    const v: unknown = raw ? JSON.parse(raw) : {};
    return typeof v === "object" && v !== null ? (v as Stored) : {}; // cast: our own JSON
  } catch {
    return {};
  }
}

const stored = load();
/** The viewer's theme choice; null: the default (custom when configured, else system). */
export const themeChoice = signal<ThemeChoice | null>(stored.theme ?? null);
/** Settings → "Wide mode": wide even if the script did not ask for it (CHROME-03). */
export const wideMode = signal<boolean>(stored.wide === true);

export function saveSettings(): void {
  const value: Stored = { wide: wideMode.value };
  if (themeChoice.value !== null) value.theme = themeChoice.value;
  try {
    localStorage.setItem(KEY, JSON.stringify(value));
  } catch {
    // storage disabled: the choice lasts for this page view
  }
}

export function hasCustomTheme(theme: Theme): boolean {
  return Object.values(theme).some((v) => v !== null);
}

// "sans serif" is the stylesheet's own --wl-font.
const FONTS: Record<string, string> = {
  serif: '"Source Serif Pro", "Source Serif 4", Georgia, "Times New Roman", serif',
  monospace: "var(--wl-mono)",
};

/** The inline variables of a custom theme (Note [Theme variables]). */
export function themeVariables(theme: Theme): Record<string, string> {
  const vars: Record<string, string> = {};
  if (theme.primary_color) {
    vars["--wl-primary"] = theme.primary_color;
    vars["--wl-primary-hover"] = `color-mix(in srgb, ${theme.primary_color} 85%, black)`;
  }
  if (theme.background_color) vars["--wl-bg"] = theme.background_color;
  if (theme.secondary_background_color) vars["--wl-bg2"] = theme.secondary_background_color;
  if (theme.text_color) {
    vars["--wl-text"] = theme.text_color;
    vars["--wl-text-muted"] = `color-mix(in srgb, ${theme.text_color} 60%, transparent)`;
    vars["--wl-border"] = `color-mix(in srgb, ${theme.text_color} 20%, transparent)`;
  }
  const font = theme.font ? FONTS[theme.font] : undefined;
  if (font) vars["--wl-font"] = font;
  return vars;
}

/** What the page shows: "custom" only when config.toml has a theme. */
export function activeChoice(session: Session): ThemeChoice {
  const custom = hasCustomTheme(session.appConfig.value.theme);
  const choice = themeChoice.value;
  if (choice === null || (choice === "custom" && !custom)) return custom ? "custom" : "system";
  return choice;
}

const systemDark = signal(false);

/**
 * A theme the host page set (Note [Embedding] in ../embed.ts: `embed_options=
 * light_theme|dark_theme`, or a `set_theme` message): over everything else
 * while set, never stored, and applied with no rerun. Null: none.
 */
export const hostTheme = signal<Theme | null>(null);

export function driveTheme(session: Session): void {
  if (typeof matchMedia === "function") {
    const q = matchMedia("(prefers-color-scheme: dark)");
    systemDark.value = q.matches;
    q.addEventListener("change", () => (systemDark.value = q.matches));
  }
  const applied = new Set<string>();
  const base = computed(() => {
    const host = hostTheme.value;
    if (host !== null) return host.base === "dark" ? "dark" : "light";
    const choice = activeChoice(session);
    if (choice === "custom") return session.appConfig.value.theme.base ?? "light";
    if (choice === "system") return systemDark.value ? "dark" : "light";
    return choice;
  });
  effect(() => {
    const html = document.documentElement;
    html.dataset["theme"] = base.value;
    const host = hostTheme.value;
    const vars = host !== null ? themeVariables(host) : activeChoice(session) === "custom" ? themeVariables(session.appConfig.value.theme) : {};
    for (const name of applied) if (!(name in vars)) html.style.removeProperty(name);
    applied.clear();
    for (const [name, value] of Object.entries(vars)) {
      html.style.setProperty(name, value);
      applied.add(name);
    }
  });
}

/**
 * The active theme as Streamlit sends it to custom components (CHECKLIST
 * CFG-29, COMP-15..17): resolved from the page's variables, so it is the
 * theme the viewer sees (Settings included).
 */
export function componentTheme(): { base: "light" | "dark"; primaryColor: string; backgroundColor: string; secondaryBackgroundColor: string; textColor: string; font: string } {
  const html = document.documentElement;
  const css = getComputedStyle(html);
  const v = (name: string): string => css.getPropertyValue(name).trim();
  return {
    base: html.dataset["theme"] === "dark" ? "dark" : "light",
    primaryColor: v("--wl-primary"),
    backgroundColor: v("--wl-bg"),
    secondaryBackgroundColor: v("--wl-bg2"),
    textColor: v("--wl-text"),
    font: v("--wl-font"),
  };
}
